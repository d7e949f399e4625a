// Text for completion and hover: Markdown escaping, YAML scalars safe to insert, snippet escaping.

/** Escapes a string from the playbook for Markdown, so that it shows as written and cannot add links, HTML or table cells. */
export function md(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|#~&]/g, (c) => `\\${c}`);
}

/** A string as inline code, for values shown verbatim; falls back to escaped text when it holds a backtick. */
export function code(text: string): string {
  const line = text.replace(/\r?\n|\r/g, ' ');
  return line.includes('`') || line.trim() === '' ? md(line) : `\`${line}\``;
}

/** YAML 1.1 and 1.2 words and numbers that a plain scalar would not read back as the same string. */
const SPECIAL = /^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.\d+(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan))$/i;

/** Whether a string can be written as a plain YAML scalar, in a block or (`flow`) inside `[…]`. */
function plainSafe(value: string, flow: boolean): boolean {
  if (value === '' || value.trim() !== value || /[\n\r\t]/.test(value)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) || /: |:$| #/.test(value)) return false;
  if (flow && /[,[\]{}]/.test(value)) return false;
  return !SPECIAL.test(value);
}

/** A string as YAML text that reads back as the same string: plain when that is safe, else double-quoted. */
export function yamlScalar(value: string, flow = false): string {
  return plainSafe(value, flow) ? value : JSON.stringify(value);
}

/** Text inside a VS Code snippet, where `$`, `}` and `\` are syntax. */
export function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** A sort key that keeps numeric order as text. */
export function sortKey(group: number, index: number): string {
  return `${group}${String(index).padStart(4, '0')}`;
}
