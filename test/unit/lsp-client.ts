// A minimal Language Server Protocol client for tests: JSON-RPC 2.0 over a child process's stdio, each message
// framed with a Content-Length header. Requests resolve with their result, notifications are kept and can be
// awaited, and requests from the server are answered by a handler (null unless the test says otherwise).

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

interface Pending {
  method: string;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface Waiter {
  method: string;
  accept: (params: unknown) => boolean;
  resolve: (params: unknown) => void;
}

/** An error response from the server, with its JSON-RPC code (-32601: no such method). */
export class ResponseError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** Answers a request from the server; the returned value (or promise) is the response's result. */
export type RequestHandler = (method: string, params: unknown) => unknown;

const HEADER_END = Buffer.from('\r\n\r\n');

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private waiters: Waiter[] = [];
  private exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly exitPromise: Promise<void>;
  /** Every notification the server sent, in order. */
  readonly notifications: { method: string; params: unknown }[] = [];
  /** Every request the server sent, in order. */
  readonly serverRequests: { method: string; params: unknown }[] = [];
  /** What the server wrote to stderr, for failure messages. */
  stderr = '';

  constructor(
    command: string,
    args: string[],
    cwd: string,
    private readonly onRequest: RequestHandler = () => null,
  ) {
    this.child = spawn(command, args, { cwd, stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.child.stdin.on('error', () => undefined); // a write racing the server's exit; the exit is reported below
    this.exitPromise = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.exit = { code, signal };
        for (const p of this.pending.values()) {
          clearTimeout(p.timer);
          p.reject(new Error(`server exited before answering ${p.method}; stderr:\n${this.stderr}`));
        }
        this.pending.clear();
        resolve();
      });
    });
  }

  /** Sends a request and resolves with its result; rejects on an error response or after `timeoutMs`. */
  request<T>(method: string, params: unknown, timeoutMs = 10_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms; stderr:\n${this.stderr}`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (r: unknown) => void, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /**
   * Resolves with the params of the first notification of `method` that `accept` takes and that arrives after
   * this call; rejects after `timeoutMs`, naming `what` was awaited.
   */
  waitFor<P>(method: string, accept: (params: P) => boolean, what: string, timeoutMs = 10_000): Promise<P> {
    return new Promise<P>((resolve, reject) => {
      const waiter: Waiter = {
        method,
        accept: accept as (params: unknown) => boolean,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params as P);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; stderr:\n${this.stderr}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /**
   * Asks the server to shut down and exit; kills it if it has not exited within `timeoutMs`. Resolves with how
   * it ended: code 0 and no signal when it exited by itself after a shutdown.
   */
  async close(timeoutMs = 5_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.exit) {
      try {
        await this.request('shutdown', null, timeoutMs);
        this.notify('exit', null);
      } catch {
        // no answer: killed below
      }
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
      const kill = await Promise.race([this.exitPromise.then(() => false), timedOut]);
      clearTimeout(timer);
      if (kill) this.child.kill('SIGKILL');
      await this.exitPromise;
    }
    return this.exit!;
  }

  /** Writes bytes as they are, framing and all: for tests of what a server does with a malformed stream. */
  sendRaw(bytes: string | Buffer): void {
    if (!this.exit) this.child.stdin.write(bytes);
  }

  /** Ends the server's stdin, as a client that goes away without a word. */
  endInput(): void {
    this.child.stdin.end();
  }

  /** How the server ended, once it has (without asking it to). */
  async exited(timeoutMs = 5_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`the server did not exit within ${timeoutMs} ms`)), timeoutMs)));
    try {
      await Promise.race([this.exitPromise, timedOut]);
    } finally {
      clearTimeout(timer);
    }
    return this.exit!;
  }

  private send(message: Message): void {
    if (this.exit) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) return;
      const header = this.buffer.subarray(0, end).toString('ascii');
      const match = /^Content-Length: *(\d+)$/im.exec(header);
      if (!match) {
        // Not LSP framing: nothing after it can be trusted. Stop the server; pending requests fail with this.
        this.stderr += `\n[lsp-client] header without Content-Length: ${header}`;
        this.buffer = Buffer.alloc(0);
        this.child.kill('SIGKILL');
        return;
      }
      const start = end + HEADER_END.length;
      const length = Number(match[1]);
      if (this.buffer.length < start + length) return;
      const body = this.buffer.subarray(start, start + length).toString('utf8');
      this.buffer = this.buffer.subarray(start + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      this.serverRequests.push({ method: message.method, params: message.params });
      const { id, method, params } = message;
      Promise.resolve()
        .then(() => this.onRequest(method, params))
        .then(
          (result) => this.send({ jsonrpc: '2.0', id, result: result ?? null }),
          (err: unknown) => this.send({ jsonrpc: '2.0', id, error: { code: -32603, message: String(err) } }),
        );
    } else if (message.method !== undefined) {
      this.notifications.push({ method: message.method, params: message.params });
      for (const waiter of this.waiters.filter((w) => w.method === message.method)) {
        if (!waiter.accept(message.params)) continue;
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(message.params);
      }
    } else if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.error) pending.reject(new ResponseError(`${pending.method} failed: ${message.error.message}`, message.error.code));
      else pending.resolve(message.result);
    }
  }
}
