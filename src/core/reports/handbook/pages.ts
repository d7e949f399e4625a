// Lays the handbook's content out as pages (an index, a page per SOP and per workflow, the standards), each a
// report document that the reports' own Markdown and HTML renderers print with their escaping and style.

import type { Block, Cell, Column, Figure, ReportDocument, Section, Table, Tone } from '../model';
import type { HandbookData, HandbookPerson, HandbookSop, HandbookStep, HandbookWorkflow } from './data';

/** How pages point at each other: links to files next to them (a site), or none (one Markdown document). */
export type LinkMode = 'files' | 'none';

export interface HandbookPageDocument {
  /** The page's file name without extension: `index`, `sop-campaign-intake`, `standards`. */
  name: string;
  document: ReportDocument;
}

export const HANDBOOK_TITLE = 'How we work: the marketing-ops handbook';

const named = (p: HandbookPerson) => (p.name ? `${p.name} (${p.id})` : p.id);
const people = (list: readonly HandbookPerson[]): Cell => (list.length > 0 ? list.map(named).join(', ') : { value: 'nobody holds it', tone: 'bad' });
const words = (list: readonly string[]): string | null => (list.length > 0 ? list.join(', ') : null);

class Pages {
  constructor(
    private readonly data: HandbookData,
    private readonly ext: string,
    private readonly mode: LinkMode,
  ) {}

  private link(text: string, name: string): Block {
    return this.mode === 'files' ? { type: 'links', links: [{ text, href: `${name}.${this.ext}` }] } : { type: 'text', text: `${text}: below.` };
  }

  private links(items: Array<{ text: string; name: string }>): Block {
    return this.mode === 'files' ? { type: 'links', links: items.map((i) => ({ text: i.text, href: `${i.name}.${this.ext}` })) } : { type: 'list', items: items.map((i) => i.text) };
  }

  private page(name: string, title: string, summary: Figure[], sections: Section[]): HandbookPageDocument {
    const back: Section[] = name === 'index' || this.mode === 'none' ? [] : [{ title: 'More of the handbook', blocks: [this.link('Back to the handbook index', 'index')] }];
    return { name, document: { title, today: this.data.today, summary, sections: [...sections, ...back], main: { columns: [], rows: [] }, notes: [] } };
  }

  index(): HandbookPageDocument {
    const { sops, workflows, roles } = this.data;
    const areas = [...new Set(sops.map((s) => s.area ?? ''))];
    const sections: Section[] = [
      {
        title: 'Standard operating procedures',
        intro: 'How the team does recurring work, step by step, grouped by area. Each procedure has a page with its steps, who does each and when it is done.',
        blocks: [
          ...areas.flatMap((area): Block[] => [
            { type: 'text', text: `${area || 'No area'}:` },
            this.links(sops.filter((s) => (s.area ?? '') === area).map((s) => ({ text: s.title, name: s.page }))),
          ]),
          {
            type: 'table',
            table: {
              columns: [{ label: 'SOP' }, { label: 'Area' }, { label: 'Owner' }, { label: 'Steps', format: 'number' }, { label: 'Next review' }],
              rows: sops.map((s) => [s.title, s.area ?? null, s.owner ? named(s.owner) : null, s.steps.length, reviewCell(s)]),
              empty: 'The playbook has no SOPs yet.',
            },
          },
        ],
      },
      {
        title: 'Workflows',
        intro: 'The stages a campaign goes through, the gate at the end of each stage and who approves it, the time each stage may take, and the rules per tier.',
        blocks: [
          this.links(workflows.map((w) => ({ text: w.title, name: w.page }))),
          {
            type: 'table',
            table: {
              columns: [{ label: 'Workflow' }, { label: 'Id' }, { label: 'Stages', format: 'number' }, { label: 'Gates', format: 'number' }, { label: 'Tiers' }],
              rows: workflows.map((w) => [w.title, w.id, w.stages.length, w.stages.filter((s) => s.gate).length, words(w.tiers.map((t) => String(t.tier)))]),
              empty: 'The playbook has no workflows yet.',
            },
          },
        ],
      },
      {
        title: 'Naming and UTM standards',
        intro: 'How campaigns, assets and tools are named, and what every tracked link must carry.',
        blocks: [this.link('The naming convention and the UTM standard', 'standards')],
      },
      {
        title: 'Roles and who holds them',
        intro: 'Gates are approved, and SOP steps done, by role; these are the people who hold each role in the Team.',
        blocks: [{ type: 'table', table: { columns: [{ label: 'Role' }, { label: 'People' }], rows: roles.map((r) => [r.role, people(r.people)]), empty: 'The Team names no roles.' } }],
      },
    ];
    const summary: Figure[] = [
      { label: 'SOPs', value: sops.length, format: 'number' },
      { label: 'Workflows', value: workflows.length, format: 'number' },
      { label: 'Roles', value: roles.length, format: 'number' },
    ];
    return this.page('index', HANDBOOK_TITLE, summary, sections);
  }

  sop(s: HandbookSop): HandbookPageDocument {
    const summary: Figure[] = [
      { label: 'Area', value: s.area ?? null },
      { label: 'Owner', value: s.owner ? named(s.owner) : null },
      { label: 'Steps', value: s.steps.length, format: 'number' },
      { label: 'Next review', value: s.reviewDue ?? null, tone: s.reviewOverdue ? 'warn' : undefined },
    ];
    const sections: Section[] = [
      ...(s.summary ? [{ title: 'When to use it', blocks: [{ type: 'text', text: s.summary } as Block] }] : []),
      {
        title: 'Steps',
        intro: 'In order. The role does the step (the people who hold it are named); "done when" says what shows the step is done.',
        blocks: [
          {
            type: 'table',
            table: stepsTable(s),
          },
        ],
      },
      {
        title: 'About this SOP',
        blocks: [
          {
            type: 'table',
            table: {
              columns: [{ label: 'Field' }, { label: 'Value' }],
              rows: [
                ['Id', s.id],
                ['Tools', words(s.tools)],
                ['Last review', s.lastReview ?? null],
                ['Review every', s.reviewEveryDays === undefined ? null : `${s.reviewEveryDays} days`],
                ['Next review', reviewCell(s)],
              ],
            },
          },
        ],
      },
    ];
    return this.page(s.page, s.title, summary, sections);
  }

  workflow(w: HandbookWorkflow): HandbookPageDocument {
    const gates = w.stages.filter((s) => s.gate);
    const sla = w.stages.reduce((sum, s) => sum + (s.slaDays ?? 0), 0);
    const summary: Figure[] = [
      { label: 'Stages', value: w.stages.length, format: 'number' },
      { label: 'Gates', value: gates.length, format: 'number' },
      { label: 'SLA days, all stages', value: sla, format: 'days' },
      { label: 'Launch stage', value: w.launchStage ?? null },
    ];
    const sections: Section[] = [
      {
        title: 'Stages and gates',
        intro: "In order. A stage's gate is its exit: a brief moves on once someone holding one of the gate's roles approves it, with the checklist done and the required brief fields filled. The SLA is how many days a brief may stay in the stage.",
        blocks: [
          { type: 'graph', title: 'Stage flow', nodes: w.stages.map((s) => ({ id: s.id, label: s.id, title: s.id })), edges: w.stages.slice(1).map((s, i) => ({ from: w.stages[i].id, to: s.id })) },
          {
            type: 'table',
            table: {
              columns: [{ label: '#', format: 'number' }, { label: 'Stage' }, { label: 'SLA', format: 'days' }, { label: 'Approver roles' }, { label: 'Who approves' }, { label: 'Brief fields required' }, { label: 'Checklist' }],
              rows: w.stages.map((s, i) => [
                i + 1,
                s.id,
                s.slaDays ?? null,
                s.gate ? words(s.gate.approverRoles) : 'no gate',
                s.gate ? people(s.gate.approvers) : null,
                s.gate ? words(s.gate.requires) : null,
                s.gate ? words(s.gate.checklist) : null,
              ]),
              empty: 'This workflow has no stages.',
            },
          },
        ],
      },
      {
        title: 'Tier rules',
        intro: 'Lead time counts from the brief approval to the launch; a tier may also cap the number of channels.',
        blocks: [
          {
            type: 'table',
            table: {
              columns: [{ label: 'Tier', format: 'number' }, { label: 'Lead time at least', format: 'days' }, { label: 'Channels at most', format: 'number' }],
              rows: w.tiers.map((t) => [t.tier, t.minLeadDays ?? null, t.maxChannels ?? null]),
              empty: 'This workflow sets no tier rules.',
            },
          },
        ],
      },
    ];
    return this.page(w.page, w.title, summary, sections);
  }

  standards(): HandbookPageDocument {
    const { naming, utm } = this.data.standards;
    const sections: Section[] = [
      {
        title: 'Naming convention',
        intro: 'Every name is built from its template: each {token} is replaced by one of its allowed values or a value of its shape.',
        blocks: naming
          ? [
              { type: 'table', title: 'Templates', table: { columns: [{ label: 'Name of' }, { label: 'Template' }, { label: 'Length at most', format: 'number' }], rows: naming.targets.map((t) => [t.target, t.pattern, t.maxLength ?? null]) } },
              { type: 'table', title: 'Tokens', table: { columns: [{ label: 'Token' }, { label: 'Allowed values' }], rows: naming.tokens.map((t) => [t.token, t.values ? words(t.values) : `any ${t.format ?? 'value'}`]) } },
            ]
          : [{ type: 'text', text: 'The playbook has no naming convention.' }],
      },
      {
        title: 'UTM standard',
        intro: 'What every tracked link in a brief must carry; mops check holds every link to it.',
        blocks: utm
          ? [
              {
                type: 'list',
                items: [
                  `Required parameters: ${words(utm.required) ?? 'none'}.`,
                  utm.lowercase ? 'Values are lower case.' : 'Values may use any case.',
                  utm.requireHttps ? 'Links use https.' : 'Links may use http.',
                  utm.forbidPii ? 'No e-mail address or phone number in a link.' : 'Personal data is not checked for.',
                  ...(utm.maxUrlLength !== undefined ? [`A link is at most ${utm.maxUrlLength} characters long.`] : []),
                  ...(utm.domains ? [`Landing pages on: ${words(utm.domains) ?? 'none'}.`] : []),
                ],
              },
              { type: 'table', title: 'Parameters', table: { columns: [{ label: 'Parameter' }, { label: 'Required' }, { label: 'Allowed values' }], rows: utm.params.map((p) => [p.param, utm.required.includes(p.param) ? 'yes' : 'no', p.values ? words(p.values) : p.naming ? `a ${p.naming} name (see the naming convention)` : 'any']) } },
              { type: 'table', title: 'Source and medium pairs', table: { columns: [{ label: 'Source' }, { label: 'Mediums' }], rows: utm.sourceMedium.map((p) => [p.source, words(p.mediums)]), empty: 'Any source goes with any medium.' } },
            ]
          : [{ type: 'text', text: 'The playbook has no UTM standard.' }],
      },
    ];
    return this.page('standards', 'Naming and UTM standards', [], sections);
  }
}

/** The steps, with a column for roles, "done when" and links only when some step has one. */
function stepsTable(s: HandbookSop): Table {
  const extras: Array<[Column, (step: HandbookStep) => Cell, boolean]> = [
    [{ label: 'Role' }, (step) => step.role ?? null, s.steps.some((step) => step.role)],
    [{ label: 'Who' }, (step) => (step.role ? people(step.holders) : null), s.steps.some((step) => step.role)],
    [{ label: 'Done when' }, (step) => step.doneWhen ?? null, s.steps.some((step) => step.doneWhen)],
    [{ label: 'Link' }, (step) => step.link ?? null, s.steps.some((step) => step.link)],
  ];
  const shown = extras.filter(([, , any]) => any);
  return {
    columns: [{ label: '#', format: 'number' }, { label: 'Step' }, ...shown.map(([column]) => column)],
    rows: s.steps.map((step, i) => [i + 1, step.text, ...shown.map(([, read]) => read(step))]),
    empty: 'This SOP lists no steps.',
  };
}

function reviewCell(s: HandbookSop): Cell {
  if (s.reviewDue === undefined) return null;
  const tone: Tone | undefined = s.reviewOverdue ? 'warn' : undefined;
  return tone ? { value: `${s.reviewDue} (overdue)`, tone } : s.reviewDue;
}

/** Every page of the handbook, the index first, with links to files of extension `ext` (or none). */
export function handbookDocuments(data: HandbookData, ext: string, mode: LinkMode): HandbookPageDocument[] {
  const pages = new Pages(data, ext, mode);
  return [pages.index(), ...data.sops.map((s) => pages.sop(s)), ...data.workflows.map((w) => pages.workflow(w)), pages.standards()];
}
