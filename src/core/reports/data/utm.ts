// The UTM report's data: every tracked link with its parsed parameters and the verdicts `mops check` gives it.

import { rangeIn } from '../../engine/context';
import type { Position, Range, Severity } from '../../model/types';
import { rec, records, str } from '../../model/readers';
import { formatDay } from '../../text/dates';
import { clickId } from '../../utm/click-ids';
import { removalSpans, withoutSpans } from '../../utm/link';
import { trackedLinks } from '../../utm/links';
import { briefsOf, type ReportInput } from '../facts';

export type Verdict = 'ok' | Severity;

export interface UtmLink {
  brief: string;
  briefStatus: string;
  file: string;
  name: string | null;
  /** The URL as the brief has it, less any click identifiers (fbclid, gclid…): the export is for ad platforms. */
  url: string;
  /** The click identifiers left out of `url`, as written; utm/click-id reports them on the brief. */
  droppedClickIds: string[];
  /** The URL parses as an http(s) address. */
  valid: boolean;
  host: string | null;
  path: string | null;
  source: string | null;
  medium: string | null;
  campaign: string | null;
  content: string | null;
  term: string | null;
  /** Every query parameter but click identifiers, decoded, in URL order. */
  params: Array<{ name: string; value: string }>;
  /** The worst severity among the link's findings, or ok. */
  verdict: Verdict;
  /** The findings `mops check` reports on the link's url value (rule severities and disable comments applied). */
  problems: Array<{ rule: string; severity: Severity; message: string }>;
}

export interface UtmData {
  today: string;
  links: UtmLink[];
  totals: { links: number; briefs: number; ok: number; warnings: number; errors: number };
  /** Links per source / medium pair, most used first. */
  sourceMedium: Array<{ source: string; medium: string; links: number }>;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);
const RANK: Record<Verdict, number> = { ok: 0, info: 1, warning: 2, error: 3 };

export function buildUtm(input: ReportInput): UtmData {
  const links: UtmLink[] = [];
  const briefs = new Set<string>();
  for (const brief of briefsOf(input)) {
    const findings = input.workspace.findings(brief.file);
    const names = new Map(records(brief.data.links).map(([raw, i]) => [i, str(rec(raw).name)]));
    for (const { index, url, link } of trackedLinks(brief.doc)) {
      briefs.add(brief.id);
      const at = rangeIn(brief.doc, ['links', index, 'url']);
      const problems = at ? findings.filter((f) => inside(f.range, at)).map((f) => ({ rule: f.rule, severity: f.severity, message: f.message })) : [];
      const verdict = problems.reduce<Verdict>((worst, p) => (RANK[p.severity] > RANK[worst] ? p.severity : worst), 'ok');
      const clickIds = link.ok ? link.params.filter((p) => clickId(p.name)) : [];
      const params = link.ok ? link.params.filter((p) => !clickId(p.name)).map((p) => ({ name: p.name, value: p.value })) : [];
      const param = (name: string) => params.find((p) => p.name === name)?.value ?? null;
      links.push({
        brief: brief.id,
        briefStatus: brief.status,
        file: brief.file,
        name: names.get(index) ?? null,
        url: link.ok ? withoutSpans(url, removalSpans(link, clickIds)) : url,
        droppedClickIds: clickIds.map((p) => p.written),
        valid: link.ok,
        host: link.ok ? link.host : null,
        path: link.ok ? link.path : null,
        source: param('utm_source'),
        medium: param('utm_medium'),
        campaign: param('utm_campaign'),
        content: param('utm_content'),
        term: param('utm_term'),
        params,
        verdict,
        problems,
      });
    }
  }
  const pairs = new Map<string, { source: string; medium: string; links: number }>();
  for (const l of links) {
    const key = `${l.source ?? ''}\u0000${l.medium ?? ''}`;
    const pair = pairs.get(key) ?? { source: l.source ?? '(none)', medium: l.medium ?? '(none)', links: 0 };
    pairs.set(key, { ...pair, links: pair.links + 1 });
  }
  return {
    today: formatDay(input.today),
    links,
    totals: {
      links: links.length,
      briefs: briefs.size,
      ok: links.filter((l) => l.verdict === 'ok' || l.verdict === 'info').length,
      warnings: links.filter((l) => l.verdict === 'warning').length,
      errors: links.filter((l) => l.verdict === 'error').length,
    },
    sourceMedium: [...pairs.values()].sort((a, b) => b.links - a.links || a.source.localeCompare(b.source) || a.medium.localeCompare(b.medium)),
  };
}
