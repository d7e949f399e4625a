// Words as spreadsheets write them and as the playbook keeps them: headers compared loosely, slugs, spaces.

/** Letters without their accents (José → Jose), for comparing and for ids. */
export function plainLetters(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** A header or value compared loosely: lower case, no accents, words separated by single spaces. */
export function loose(text: string): string {
  return plainLetters(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** A slug as naming conventions spell them (`Existing Customers – NA` → `existing-customers-na`), cut at `max` on a word boundary. */
export function slugify(text: string, max = Infinity): string {
  const slug = plainLetters(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 0 ? cut.slice(0, dash) : slug.slice(0, max)).replace(/-+$/, '');
}

/** Spaces of every kind (no-break, thin, tabs, line breaks) that spreadsheets leave around a value. */
const SPACES = /^[\s\u00a0\u2007\u202f\ufeff]+|[\s\u00a0\u2007\u202f\ufeff]+$/g;

export function trimCell(text: string): string {
  return text.replace(SPACES, '');
}

/** A value shown in a message: quoted, one line, cut when long. */
export function shown(value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const line = text.replace(/\r?\n/g, ' ⏎ ');
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 57)}…` : line);
}
