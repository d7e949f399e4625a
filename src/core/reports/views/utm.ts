// The UTM link export as a document: every tracked link, its parameters and verdict, and links per source and medium.

import type { UtmData, Verdict } from '../data/utm';
import type { Cell, ReportDocument, Table, Tone } from '../model';

const TONE: Record<Verdict, Tone> = { ok: 'good', info: 'good', warning: 'warn', error: 'bad' };

function linkTable(data: UtmData): Table {
  return {
    columns: [
      { label: 'Brief' },
      { label: 'Link' },
      { label: 'Landing page' },
      { label: 'utm_source' },
      { label: 'utm_medium' },
      { label: 'utm_campaign', csvOnly: true },
      { label: 'utm_content' },
      { label: 'utm_term', csvOnly: true },
      { label: 'Verdict' },
      { label: 'Problems' },
      { label: 'URL', csvOnly: true },
      { label: 'Brief status', csvOnly: true },
      { label: 'File', csvOnly: true },
    ],
    rows: data.links.map((l): Cell[] => [
      l.brief,
      l.name,
      l.valid ? `${l.host}${l.path}` : { value: 'not a valid URL', tone: 'bad' },
      l.source,
      l.medium,
      l.campaign,
      l.content,
      l.term,
      { value: l.verdict, tone: TONE[l.verdict] },
      l.problems.length > 0 ? l.problems.map((p) => `${p.rule}: ${p.message}`).join(' ') : null,
      l.url,
      l.briefStatus,
      l.file,
    ]),
    empty: 'No brief has tracked links.',
  };
}

export function utmDocument(data: UtmData, notes: string[]): ReportDocument {
  const main = linkTable(data);
  const t = data.totals;
  return {
    title: 'UTM links',
    today: data.today,
    summary: [
      { label: 'Tracked links', value: t.links },
      { label: 'Briefs with links', value: t.briefs },
      { label: 'Passing', value: t.ok, tone: 'good' },
      { label: 'With warnings', value: t.warnings, tone: t.warnings > 0 ? 'warn' : 'good' },
      { label: 'With errors', value: t.errors, tone: t.errors > 0 ? 'bad' : 'good' },
    ],
    sections: [
      {
        title: 'Links per source and medium',
        blocks: [
          {
            type: 'bars',
            title: 'Tracked links per utm_source / utm_medium',
            series: ['Links'],
            format: 'number',
            categories: data.sourceMedium.map((p) => ({ label: `${p.source} / ${p.medium}`, values: [p.links] })),
          },
        ],
      },
      {
        title: 'Tracked links',
        intro: "Each link's verdict is the worst severity among the findings `mops check` reports on its URL (the UTM standard, the naming convention, the brief id); passing links have none.",
        blocks: [{ type: 'table', table: main }],
      },
    ],
    main,
    notes,
  };
}
