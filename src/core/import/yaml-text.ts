// New documents written the way the playbook's own files are: plain scalars unless they need quotes, flow
// lists of words (`channels: [email, social]`), block lists of entries, block text for several lines.

import { scalarText } from '../model/write-scalar';

export type YamlValue = string | number | boolean | YamlValue[] | { [key: string]: YamlValue | undefined };

const isMap = (v: YamlValue): v is { [key: string]: YamlValue | undefined } => typeof v === 'object' && !Array.isArray(v);

/** Words that read as booleans or null in YAML 1.1 or 1.2 when written plain. */
const RESERVED = /^(y|n|yes|no|on|off|true|false|null)$/i;

/**
 * Text that scalarText would write plain, known without parsing it: it starts with a letter (so it is no
 * number, date or indicator), has only letters, digits, spaces and `._/-`, ends with neither a space nor
 * a colon, and is no reserved word. Ten thousand rows are written in a fraction of the time that parsing
 * each value takes; anything else goes through scalarText, remembered per value.
 */
const PLAIN = /^[A-Za-z][A-Za-z0-9 ._/-]*$/;
/**
 * Ids such as `2027q1-na-email-spring`: digits first, then lower-case letters, digits and hyphens, with a
 * letter no number has (not e, as in 1e-5), and no 0x, 0o or 0b of a hex, octal or binary number.
 */
const ID = /^[0-9][0-9a-z-]*$/;
const plainId = (value: string) => ID.test(value) && /[a-df-z]/.test(value) && !/^0[xob]/.test(value);
const known = new Map<string, string>();

function scalar(value: string | number | boolean, inFlow = false): string {
  if (typeof value !== 'string') return String(value);
  if ((PLAIN.test(value) && !value.endsWith(' ') && !RESERVED.test(value)) || plainId(value)) return value;
  const key = `${inFlow ? 'f' : 'b'}${value}`;
  let text = known.get(key);
  if (text === undefined) {
    text = scalarText(value, undefined, inFlow);
    if (known.size < 50_000) known.set(key, text);
  }
  return text;
}

function lines(key: string, value: YamlValue, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}${key}: []`];
    if (value.every((v) => !isMap(v) && !Array.isArray(v))) return [`${indent}${key}: [${value.map((v) => scalar(v as string, true)).join(', ')}]`];
    const out = [`${indent}${key}:`];
    for (const item of value) {
      const entry = isMap(item) ? mapLines(item, `${indent}    `) : [`${indent}    ${scalar(item as string)}`];
      out.push(`${indent}  - ${entry[0].trimStart()}`, ...entry.slice(1));
    }
    return out;
  }
  if (isMap(value)) return [`${indent}${key}:`, ...mapLines(value, `${indent}  `)];
  if (typeof value === 'string' && value.includes('\n') && !/^\s/.test(value) && !/[^\S\n]$/m.test(value)) {
    const text = value.replace(/\r\n?/g, '\n');
    const chomp = text.endsWith('\n') ? '' : '-';
    return [`${indent}${key}: |${chomp}`, ...text.replace(/\n$/, '').split('\n').map((l) => (l === '' ? '' : `${indent}  ${l}`))];
  }
  return [`${indent}${key}: ${scalar(value)}`];
}

function mapLines(map: { [key: string]: YamlValue | undefined }, indent: string): string[] {
  return Object.entries(map).flatMap(([k, v]) => (v === undefined ? [] : lines(k, v, indent)));
}

/** A YAML document: comment lines first, then the entries in their order (undefined ones left out). */
export function documentText(comments: string[], map: { [key: string]: YamlValue | undefined }): string {
  return [...comments.map((c) => `# ${c}`), ...mapLines(map, '')].join('\n') + '\n';
}

/** A list entry's value written inside a flow or block entry: a list of words as `[a, b]`. */
export function flowList(values: string[]): string {
  return `[${values.map((v) => scalar(v, true)).join(', ')}]`;
}
