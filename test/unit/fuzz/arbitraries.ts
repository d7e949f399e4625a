// The fuzzers' inputs (arbitrary text and bytes, mutations of the reference playbook) and how many runs to make.

import fc from 'fast-check';
import { KINDS } from '../../../src/core';
import { readTree, REFERENCE } from '../../helpers';
import { encodeText, type Encoding } from './oracle';

export const REFERENCE_FILES: Readonly<Record<string, string>> = readTree(REFERENCE);
export const REFERENCE_PATHS = Object.keys(REFERENCE_FILES).sort();

const envNumber = (name: string): number | undefined => {
  const value = process.env[name];
  return value !== undefined && /^-?\d+$/.test(value) ? Number(value) : undefined;
};

/** Runs of a property of unit cost: small for `npm test`, 20 times more under `npm run fuzz`. */
export const FUZZ_RUNS = envNumber('MOPS_FUZZ_RUNS') ?? 100;

/** The seed of `npm test`'s runs. */
const DEFAULT_SEED = 20_261_129;

/**
 * fast-check parameters for a property that costs `cost` times a unit one. MOPS_FUZZ_SEED (and
 * MOPS_FUZZ_PATH, both printed by a failure) replay a run. `npm test` uses a fixed seed, so CI is
 * deterministic; `npm run fuzz` sets a new seed each time, to explore.
 * A property that runs (or shrinks) far longer than it should, a hang between runs, fails with its seed
 * rather than keep CI waiting: the limit is some twenty times what the runs take.
 */
export function fuzzParameters<T>(cost = 1): fc.Parameters<T> {
  const seed = envNumber('MOPS_FUZZ_SEED') ?? DEFAULT_SEED;
  const path = process.env.MOPS_FUZZ_PATH;
  return {
    numRuns: Math.max(1, Math.round(FUZZ_RUNS / cost)),
    plugins: [fc.interruptAfterTimeLimit(Math.max(120_000, 1_200 * FUZZ_RUNS), { failOnInterrupt: true }) as fc.Plugin<T>],
    seed,
    ...(path ? { path, endOnFailure: true } : {}),
  };
}

/**
 * Characters that trouble text handling: astral and combining, right-to-left and bidi controls, NUL,
 * lone surrogates, line breaks other than \n, a BOM mid-text, and letters whose case mapping changes length.
 */
const AWKWARD = [
  '😀', '𝔘', '👩‍👩‍👧', 'e\u0301', '\u0327\u0301', '\u202E', '\u200F', 'א', 'عربي', '\u0000', '\uD800', '\uDC00',
  '\uFEFF', '\r', '\r\n', '\u0085', '\u2028', '\u2029', '\t', '\u000B', '\u000C', '\u007F', '\u00A0', '\u3000', 'İ', 'ß', 'ﬀ', 'ǅ',
];

/** Every `key:` of the reference files: text made of them reaches the schemas and rules, not just the parser. */
const KEYS = [...new Set(Object.values(REFERENCE_FILES).flatMap((t) => [...t.matchAll(/([A-Za-z_][\w.-]*):/g)].map((m) => `${m[1]}: `)))];

/** Pieces of YAML syntax and mops vocabulary, to build text the parser reads further than random noise. */
const TOKENS = [
  '\n', '\n', '\n', ' ', '  ', '    ', '- ', ': ', ':', '#', '"', "'", '[', ']', '{', '}', ', ', '&a ', '*a', '!!str ', '!x ', '|\n', '>-\n',
  '---\n', '...\n', '? ', '%YAML 1.2\n', '~', 'true', 'null', '0', '-1', '1e309', '.nan', '2026-11-20', '2026-02-30', 'x',
  'https://example.com/?utm_source=Email&utm_medium=%20x', 'apiVersion: mops/v1\n', ...KINDS.map((k) => `kind: ${k}\n`), ...KEYS,
];

/** A mops document header of any kind (or none of them), so that text reaches the kind's schema and rules. */
const header = fc.constantFrom(...KINDS, 'Nope').map((kind) => `apiVersion: mops/v1\nkind: ${kind}\n`);

/** Text of every sort: any code points (lone surrogates included), graphemes, and soups of YAML tokens and awkward characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...TOKENS, ...AWKWARD), maxLength: 200 }),
  fc.tuple(header, fc.string({ unit: fc.constantFrom(...TOKENS, ...AWKWARD), maxLength: 200 })).map(([h, t]) => h + t),
  fc.tuple(header, fc.string({ unit: 'binary', maxLength: 200 })).map(([h, t]) => h + t),
);

/** File bytes of every sort: random, behind each byte-order mark, and text in UTF-8, UTF-16LE and UTF-16BE. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 300 })).map(([bom, rest]) => new Uint8Array([...bom, ...rest])),
  fc.tuple(anyText, fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be')).map(([t, encoding]) => encodeText(t, encoding)),
);

/** Where an arbitrary file goes: in place of a reference file (the config among them) or as a new one. */
export const anyPath = fc.oneof(fc.constantFrom(...REFERENCE_PATHS), fc.constantFrom('new.yaml', 'campaigns/new.yml', 'deep/er/x.yaml', 'ä ö/𝔘.yaml'));

/** Values of every YAML type and shape, inline or as a block below the key, including ones no schema allows. */
const VALUES = [
  '~', 'null', '""', "''", '0', '-1', '3.5', '1e309', '.inf', '0x1F', 'true', 'false', 'no', '[]', '{}', '[1, [2, {a: b}]]', '{x: [y]}',
  '"2026-02-30"', '2026-11-20', '2026-11-20T10:00:00Z', 'https://x', '&a [*a]', '*undefined', '!!binary aGk=', '!!str 1', '!custom x',
  '"\\u0000"', "'it''s'", 'x\ty', '- nested', '|\n  block\n  text', '>-\n  folded', '\n  - a\n  - b', '\n  k: v\n  l: [1]', '\n  - {id: x}\n  -', '? a\n: b',
];

/** One change to one line of a file (numbers pick the line and the variant, modulo what there is). */
export type Mutation =
  | { op: 'delete' | 'indent' | 'tabs' | 'scalar' | 'crlf-line' | 'lone-cr' | 'truncate'; line: number }
  | { op: 'duplicate'; line: number; times: number }
  | { op: 'swap'; line: number; other: number }
  | { op: 'value'; line: number; value: number }
  | { op: 'unicode'; line: number; at: number; char: number }
  | { op: 'long'; line: number; filler: number; where: number }
  | { op: 'repeat'; line: number; size: number; times: number; number?: number }
  | { op: 'borrow'; line: number; file: number; from: number }
  | { op: 'bom' | 'crlf' | 'all-tabs' };

/** Fillers for very long lines: few, so that long values in different files can meet (and be compared). */
const FILLERS = ['x', 'ab-', 'é', '😀', ' ', '%20'];
const LONG_LINE = 100_000;
/** The most characters a repeated block grows a file to: under the default limit of 1 MiB, so that it is still checked. */
const MAX_GROWN = 900_000;

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constantFrom('delete', 'indent', 'tabs', 'scalar', 'crlf-line', 'lone-cr', 'truncate'), line: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate'), line: fc.nat(), times: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('swap'), line: fc.nat(), other: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('value'), line: fc.nat(), value: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('unicode'), line: fc.nat(), at: fc.nat(), char: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('long'), line: fc.nat(), filler: fc.nat(), where: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('repeat'), line: fc.nat(), size: fc.nat({ max: 7 }), times: fc.integer({ min: 2, max: 300 }), number: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('borrow'), line: fc.nat(), file: fc.nat(), from: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constantFrom('bom', 'crlf', 'all-tabs') }) },
);

const KEY_LINE = /^(\s*(?:- )?[^\s:#][^:#]*?:)(?:[ \t]+(.*))?$/;
const indentOf = (line: string) => /^[ \t]*/.exec(line)?.[0].length ?? 0;

/** The value of a `key: value` or `- item` line, and the text before it. */
function splitValue(line: string): [string, string] | undefined {
  const keyed = KEY_LINE.exec(line);
  if (keyed) return [keyed[1], keyed[2] ?? ''];
  const item = /^(\s*- )(.*)$/.exec(line);
  return item ? [item[1], item[2]] : undefined;
}

/**
 * A repeated line as copy `k`: the same (`how` 0), with its key numbered (1: a mapping of many distinct
 * keys), or with its plain value numbered (2: many documents with distinct ids, many distinct references).
 */
function numbered(line: string, k: number, how: number): string {
  const parts = splitValue(line);
  if (!parts || how % 3 === 0) return line;
  if (how % 3 === 1) return line.replace(/^(\s*(?:- )?[^\s:#][^:#]*?):/, `$1_${k}:`);
  return /^[\w.-]+$/.test(parts[1]) ? `${parts[0]} ${parts[1]}-${k}` : line;
}

/** Applies one mutation to a file's text. */
export function mutate(text: string, m: Mutation): string {
  switch (m.op) {
    case 'bom':
      return `\uFEFF${text}`;
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'all-tabs':
      return text.replace(/^( {2})+/gm, (s) => '\t'.repeat(s.length / 2));
  }
  const lines = text.split('\n');
  const i = m.line % lines.length;
  const line = lines[i];
  switch (m.op) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, ...Array<string>(m.times).fill(line));
      break;
    case 'swap': {
      const j = m.other % lines.length;
      [lines[i], lines[j]] = [lines[j], line];
      break;
    }
    case 'indent':
      lines[i] = `  ${line}`;
      break;
    case 'tabs':
      lines[i] = line.replace(/^ +/, (s) => '\t'.repeat(Math.max(1, s.length >> 1)));
      break;
    case 'crlf-line':
      lines[i] = `${line}\r`;
      break;
    case 'lone-cr':
      if (i + 1 < lines.length) lines.splice(i, 2, `${line}\r${lines[i + 1]}`);
      break;
    case 'truncate':
      return text.slice(0, Math.min(text.length, m.line % (text.length + 1)));
    case 'value': {
      const parts = splitValue(line);
      const value = VALUES[m.value % VALUES.length];
      lines[i] = parts ? `${parts[0]} ${value}` : `${line} ${value}`;
      break;
    }
    case 'scalar': {
      // A block (map or list) below a key becomes one scalar: the key's more-indented lines go.
      let end = i + 1;
      while (end < lines.length && (lines[end].trim() === '' || indentOf(lines[end]) > indentOf(line))) end++;
      const parts = splitValue(line);
      lines.splice(i, end - i, parts ? `${parts[0]} scalar` : 'scalar');
      break;
    }
    case 'unicode': {
      const char = AWKWARD[m.char % AWKWARD.length];
      const at = m.at % (line.length + 1);
      lines[i] = line.slice(0, at) + char + line.slice(at);
      break;
    }
    case 'long': {
      const filler = FILLERS[m.filler % FILLERS.length];
      const long = filler.repeat(Math.ceil(LONG_LINE / filler.length)).slice(0, LONG_LINE);
      const parts = splitValue(line);
      // In the value (keeping its start, so it still names what it named), as a comment, or as a key.
      if (m.where % 3 === 0 && parts) lines[i] = `${parts[0]} ${parts[1]}${long}`;
      else if (m.where % 3 === 1) lines[i] = `${line} # ${long}`;
      else lines[i] = `${' '.repeat(indentOf(line))}${long}: x`;
      break;
    }
    case 'repeat': {
      // The lines from i on (a whole document, say), up to `size` of them, repeated up to a size a file may have.
      const block = lines.slice(i, i + 1 + (m.size % (lines.length - i)));
      const times = Math.min(m.times, Math.floor(MAX_GROWN / (block.join('\n').length + 8 * block.length)));
      lines.splice(i, 0, ...Array.from({ length: times - 1 }, (_, k) => block.map((l) => numbered(l, k, m.number ?? 0))).flat());
      break;
    }
    case 'borrow': {
      // A value from elsewhere in the playbook: ids, people and dates that other files refer to.
      const source = REFERENCE_FILES[REFERENCE_PATHS[m.file % REFERENCE_PATHS.length]].split('\n').map(splitValue).filter((p) => p && p[1] !== '');
      const parts = splitValue(line);
      const borrowed = source[m.from % source.length];
      if (parts && borrowed) lines[i] = `${parts[0]} ${borrowed[1]}`;
      break;
    }
  }
  return lines.join('\n');
}

/** Names the files refer to each other by: people, tools, stages, workflows, programs, categories, ids. */
const NAMES = [
  ...new Set(
    Object.values(REFERENCE_FILES).flatMap((t) =>
      [...t.matchAll(/^\s*(?:- )?(?:id|program|workflow|owner|approver|requester|stage|gate|category): ([\w.-]{3,})\r?$/gm)].map((m) => m[1]),
    ),
  ),
];

/**
 * Makes a name very long everywhere it is written, so that the files still agree on it, but for one place
 * (`typo`-th, counted over all files) where one character differs: a near miss between two long strings,
 * which is what a "did you mean" compares.
 */
function lengthen(files: Record<string, string>, name: string, length: number, typo: number): void {
  const long = name + FILLERS[typo % FILLERS.length].repeat(length).slice(0, length);
  const pattern = new RegExp(`(?<![\\w.-])${name.replace(/[.-]/g, '\\$&')}(?![\\w.-])`, 'g');
  const count = REFERENCE_PATHS.reduce((n, p) => n + (files[p].match(pattern)?.length ?? 0), 0);
  let seen = 0;
  for (const path of REFERENCE_PATHS) {
    files[path] = files[path].replace(pattern, () => {
      if (seen++ !== typo % Math.max(1, count)) return long;
      const at = typo % long.length;
      return long.slice(0, at) + (long[at] === 'z' ? 'y' : 'z') + long.slice(at + 1);
    });
  }
}

/** A whole playbook changed: names made long, mutations of some files, some files deleted, some copied under new names. */
export interface PlaybookChange {
  longNames?: Array<{ name: number; length: number; typo: number }>;
  edits: Array<{ file: number; mutation: Mutation }>;
  deleted: number[];
  copied: number[];
}

export const playbookChange: fc.Arbitrary<PlaybookChange> = fc.record({
  longNames: fc.array(fc.record({ name: fc.nat(), length: fc.constantFrom(30, 3_000, 30_000), typo: fc.nat() }), { maxLength: 2 }),
  edits: fc.array(fc.record({ file: fc.nat(), mutation }), { minLength: 1, maxLength: 12 }),
  deleted: fc.array(fc.nat(), { maxLength: 2 }),
  copied: fc.array(fc.nat(), { maxLength: 2 }),
});

/** The reference playbook with a change applied. */
export function changedPlaybook(change: PlaybookChange): Record<string, string> {
  const files: Record<string, string> = { ...REFERENCE_FILES };
  for (const { name, length, typo } of change.longNames ?? []) lengthen(files, NAMES[name % NAMES.length], length, typo);
  for (const { file, mutation: m } of change.edits) {
    const path = REFERENCE_PATHS[file % REFERENCE_PATHS.length];
    files[path] = mutate(files[path], m);
  }
  for (const n of change.copied) {
    const path = REFERENCE_PATHS[n % REFERENCE_PATHS.length];
    files[`copies/${n}-${path.replace(/\//g, '-')}`] = files[path];
  }
  for (const n of change.deleted) delete files[REFERENCE_PATHS[n % REFERENCE_PATHS.length]];
  return files;
}
