// Types of scripts/hostile/corpus.mjs, for the tests that build the hostile corpus with it.
export const referencePlaybook: string;
export const OUTSIDE_MARKERS: string[];
export const EXECUTED_MARKER: string;
export const PAYLOADS: string[];

export interface ExpectedFinding {
  file: string;
  rule: string;
  /** The 0-based line the finding starts on, or the first and last line it may start on. */
  line?: number | [number, number];
}

export interface Corpus {
  dir: string;
  outside: string;
  expected: ExpectedFinding[];
  ordinary: { file: string; rule: string; line: number };
  /** The reference playbook's files, which the corpus holds too and which must stay clean. */
  referenceFiles: string[];
}

export function writeCorpus(
  dir: string,
  options?: { reference?: string; outside?: string; variant?: 'globs'; bigBytes?: number; sparseBytes?: number },
): Corpus;
