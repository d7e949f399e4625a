// Code lenses on each brief: its stage, its days there against the stage's SLA, and its problems.

import { currentEntry, readBrief, slaOverrun } from '../domain/brief';
import type { Workspace } from '../engine/workspace';
import type { Brief } from '../generated';
import { valueRange, objectRange } from '../model/locate';
import { fields } from '../model/readers';
import type { Finding, Range } from '../model/types';
import type { NavLens } from './types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 errors · 1 warning", or "no problems". */
function problems(findings: readonly Finding[]): string {
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning'), `${count('info')} info`].filter((p) => !p.startsWith('0 '));
  return parts.length ? parts.join(' · ') : 'no problems';
}

/**
 * On each Brief's `id:` line: "stage: review"; "12 days in review · SLA 10 · over by 2" (the days since its
 * history entered the stage, as brief/sla-overdue counts them from the workspace's today); and its findings
 * ("2 errors · 1 warning", "no problems").
 */
export function codeLenses(workspace: Workspace, path: string): NavLens[] {
  const file = workspace.parsed(path);
  if (!file?.isMops) return [];
  const briefs = file.documents.filter((d) => d.kind === 'Brief');
  if (briefs.length === 0) return [];
  const findings = workspace.findings(path);
  const index = workspace.view();
  const today = workspace.today;
  return briefs.flatMap((doc) => {
    const range: Range | undefined = valueRange(doc.yaml, doc.lines, ['id']) ?? objectRange(doc.yaml, doc.lines, []);
    if (!range) return [];
    const data = fields<Brief>(doc.value);
    const state = readBrief(data, index);
    const lenses: NavLens[] = [];
    const stage = typeof data.stage === 'string' ? data.stage : undefined;
    if (stage !== undefined) lenses.push({ range, title: `stage: ${stage}` });
    const entry = currentEntry(state);
    if (entry && state.stage) {
      const days = today - entry.entered;
      const sla = state.stage.slaDays;
      const over = slaOverrun(state, today);
      const parts = [`${plural(days, 'day')} in ${state.stage.id}`];
      if (sla !== undefined) parts.push(`SLA ${sla}`);
      if (over) parts.push(`over by ${over.over}`);
      lenses.push({ range, title: parts.join(' · ') });
    }
    const [first, last] = [doc.lines.position(doc.start).line, doc.lines.position(doc.end).line];
    lenses.push({ range, title: problems(findings.filter((f) => f.range.start.line >= first && f.range.start.line <= last)) });
    return lenses;
  });
}
