// GitHub Actions workflow commands, which annotate the pull request's diff (1-based positions).

import type { Formatter } from './types';
import { stateOf } from './types';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escaping as the Actions runner decodes it: data escapes %, CR, LF; properties also : and ,. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (result) =>
  result.findings
    .map((f) => {
      const { start, end } = f.range;
      // With --changed-since, the annotation's title says whether the revision had the finding.
      const state = stateOf(result, f);
      const title = state === undefined ? f.rule : `${f.rule} (${state} since ${result.since!.rev})`;
      const props = [
        `file=${escapeProperty(f.file)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(title)}`,
      ].join(',');
      return `::${LEVEL[f.severity]} ${props}::${escapeData(f.message)}\n`;
    })
    .join('');
