// Reads LSP messages from a byte stream (`Content-Length` framing) without trusting the sender: a header with
// no length, a length that is negative, not a number or over the limit, garbage between messages, or a body
// that is not a JSON object is reported and skipped, and reading resumes at the next `Content-Length` header.
// vscode-jsonrpc's own reader waits forever for a 10^15-byte body and reads a negative length as a slice from
// the end, so one bad message would end the session.

import { AbstractMessageReader, Disposable, type DataCallback, type Message, type MessageReader } from 'vscode-languageserver/node';

/** The largest message read: a didOpen of a file at mops's largest size limit, as JSON, fits. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** The longest header section: the spec's two headers take well under a hundred bytes. */
const MAX_HEADER_BYTES = 8 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');
const HEADER_START = /content-(?:length|type)\s*:/i;

export class BoundedMessageReader extends AbstractMessageReader implements MessageReader {
  private buffer: Buffer = Buffer.alloc(0);
  /** The length of the body being waited for, once its header is read. */
  private bodyLength?: number;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    /** Told of each problem with the input, for the log. */
    private readonly problem: (message: string) => void,
    private readonly maxMessageBytes = MAX_MESSAGE_BYTES,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer | string) => this.receive(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, callback);
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('close', onClose);
    this.readable.on('end', onClose);
    return Disposable.create(() => {
      this.readable.off('data', onData);
      this.readable.off('error', onError);
      this.readable.off('close', onClose);
      this.readable.off('end', onClose);
    });
  }

  private receive(chunk: Buffer, callback: DataCallback): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.bodyLength === undefined && !this.readHeader()) return;
      const length = this.bodyLength as number;
      if (this.buffer.length < length) return;
      const body = this.buffer.subarray(0, length);
      this.buffer = this.buffer.subarray(length);
      this.bodyLength = undefined;
      const message = this.parse(body);
      if (message) callback(message);
    }
  }

  /** Reads the next header section; false when more bytes are needed. */
  private readHeader(): boolean {
    for (;;) {
      this.skipToHeader();
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) {
        if (this.buffer.length > MAX_HEADER_BYTES) {
          this.problem(`a header of over ${MAX_HEADER_BYTES} bytes; skipped`);
          this.buffer = this.buffer.subarray(1);
          continue;
        }
        return false;
      }
      const header = this.buffer.subarray(0, end).toString('latin1');
      this.buffer = this.buffer.subarray(end + HEADER_END.length);
      const lengths = header.split('\r\n').flatMap((line) => {
        const match = /^content-length\s*:\s*(.*?)\s*$/i.exec(line);
        return match ? [match[1]] : [];
      });
      const value = lengths.length === 1 ? lengths[0] : undefined;
      const length = value !== undefined && /^\d{1,20}$/.test(value) ? Number(value) : undefined;
      if (length === undefined) {
        this.problem(`a header without one valid Content-Length (${JSON.stringify(header.slice(0, 200))}); skipped`);
        continue;
      }
      if (length > this.maxMessageBytes) {
        this.problem(`a message of ${length} bytes, over the limit of ${this.maxMessageBytes}; skipped`);
        continue;
      }
      this.bodyLength = length;
      return true;
    }
  }

  /** Drops anything before the next header (garbage between messages, or the body of a skipped one). */
  private skipToHeader(): void {
    if (this.buffer.length === 0) return;
    // Headers are ASCII: latin1 keeps byte offsets.
    const text = this.buffer.toString('latin1', 0, Math.min(this.buffer.length, MAX_HEADER_BYTES * 8));
    const at = text.search(HEADER_START);
    if (at > 0) {
      this.problem(`${at} bytes that are not a message; skipped`);
      this.buffer = this.buffer.subarray(at);
    } else if (at < 0) {
      // Keep a tail that may be the start of a header still arriving.
      const keep = 16;
      if (this.buffer.length > keep && text.length === this.buffer.length) {
        this.problem(`${this.buffer.length - keep} bytes that are not a message; skipped`);
        this.buffer = this.buffer.subarray(this.buffer.length - keep);
      } else if (text.length < this.buffer.length) {
        this.buffer = this.buffer.subarray(text.length - keep);
      }
    }
  }

  private parse(body: Buffer): Message | undefined {
    let value: unknown;
    try {
      value = JSON.parse(body.toString('utf8'));
    } catch (error) {
      this.problem(`a message that is not JSON (${error instanceof Error ? error.message : String(error)}); skipped`);
      return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.problem('a message that is not a JSON object; skipped');
      return undefined;
    }
    return value as Message;
  }
}
