// Bytes as base64 text and back, for moving a file's bytes through JSON (the language server reading a
// playbook through its client). atob and btoa exist in Node, browsers and their workers alike.

// The core is typed without Node's or the DOM's globals: these two, present in both, are declared here.
declare function atob(data: string): string;
declare function btoa(data: string): string;

/** Bytes per String.fromCharCode call: large enough to be quick, small enough for any engine's argument limit. */
const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The bytes of base64 text; throws on text that is not base64. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
