// Turns a file's bytes into text, or into the reason it is not text (binary, broken encoding).

import type { FileContent } from './content';

interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options: { fatal: boolean }) => Decoder;

// TextDecoder exists in Node, browsers and web workers alike; the core declares only what it uses.
const TextDecoderImpl = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;

function decode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoderImpl(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeText(bytes: Uint8Array): FileContent {
  let text: string | undefined;
  let encoding = 'UTF-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'UTF-16LE';
    text = decode('utf-16le', bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'UTF-16BE';
    text = decode('utf-16be', bytes.subarray(2));
  } else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    if (bytes.subarray(start, start + 8192).includes(0)) {
      return { type: 'skipped', rule: 'file/encoding', message: 'This file looks binary (it contains NUL bytes), so it is not parsed.' };
    }
    text = decode('utf-8', bytes.subarray(start));
  }
  if (text === undefined) {
    return { type: 'skipped', rule: 'file/encoding', message: `This file is not valid ${encoding} text, so it is not parsed.` };
  }
  return { type: 'text', text };
}
