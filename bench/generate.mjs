// Generates a large, deterministic playbook repo for the benchmarks: the reference playbook's Team,
// Workflows, conventions and Config, plus N briefs (each with links, approvals, history and budget
// lines), N/20 tools, N/50 SOPs, and a Budget that funds them, in one of several folder layouts (LAYOUTS).
// The same N, seed and layout give the same bytes.
//
// Usage: node bench/generate.mjs OUT_DIR [--briefs N] [--seed S] [--defects K] [--layout L]
//   --defects K  put K seeded defects (unknown owner, misspelt stage, bad UTM value) into random briefs
//   --layout L   folders (the default), flat, quarters, multi-doc or mixed
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

// Bundled into a test, this module has no URL of its own: the caller passes the reference playbook then.
const here = import.meta.url ? dirname(fileURLToPath(import.meta.url)) : undefined;
export const referencePlaybook = resolve(process.env.MOPS_REFERENCE_PLAYBOOK ?? join(here ?? '.', '..', '..', 'shared', 'reference-playbook'));

/** mulberry32: a small seeded generator, so that every run writes the same repo. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['priya.shah', 'maria.lopez', 'tom.becker', 'ana.silva', 'li.wei'];
const PROGRAMS = ['demand-gen', 'brand', 'customer-marketing'];
const WORDS = ['spring', 'launch', 'webinar', 'summit', 'trial', 'upgrade', 'partner', 'retail', 'cloud', 'growth', 'loyalty', 'renewal', 'insight', 'report', 'roadshow'];

/** Lines of the shapes of brief the layouts use: the typical one (74 lines), a short one and a long one. */
export const BRIEF_LINES = { short: 50, long: 2000 };

/**
 * A brief: `short` (50 lines) leaves out the budget lines, the history, a link, the audience's size, the end
 * date and the metric's baseline; `long` has 2,000 lines, most of them tracked links.
 */
function brief(i, pick, defect, shape = 'typical') {
  const slug = `${WORDS[i % WORDS.length]}-${WORDS[Math.floor(i / WORDS.length) % WORDS.length]}-${i}`;
  const id = `2026q4-na-email-${slug}`;
  const owner = defect === 'owner' ? 'nobody.here' : pick(PEOPLE);
  const stage = defect === 'stage' ? 'lanch' : 'launch';
  const source = defect === 'utm' ? 'Newsletter' : 'newsletter';
  const program = pick(PROGRAMS);
  const planned = 1000 + Math.floor(pick.n() * 9) * 100;
  const link = (name) =>
    `  - name: ${name}\n    url: https://shop.acme.example/${slug}?utm_source=${source}&utm_medium=email&utm_campaign=${id}&utm_content=${name}\n`;
  const short = shape === 'short';
  const lines = short
    ? ''
    : `  lines:
    - item: email-production
      planned: ${planned / 2}
      actual: ${planned / 2 - 100}
    - item: design
      planned: ${planned / 2}
      actual: ${planned / 2 - 200}
`;
  const history = short
    ? ''
    : `history:
  - stage: brief
    entered: 2026-09-25
  - stage: creative
    entered: 2026-10-01
  - stage: review
    entered: 2026-10-09
  - stage: qa
    entered: 2026-11-10
  - stage: launch
    entered: 2026-11-18
`;
  const links = [link('hero-early-access')];
  if (!short) links.push(link('footer-early-access'));
  // The long brief: 2,000 lines in all, two a link.
  if (shape === 'long') for (let n = 0; n < (BRIEF_LINES.long - 74) / 2; n++) links.push(link(`hero-link-${n}`));
  const text = `apiVersion: mops/v1
kind: Brief
id: ${id}
title: ${slug.replace(/-/g, ' ')} campaign number ${i}
workflow: campaign
tier: 2
status: active
owner: ${owner}
requester: maria.lopez
program: ${program}
stage: ${stage}
${short ? '' : '# Generated for the benchmarks: a launched email campaign.\n'}objective: Drive ${100 + (i % 900)} sign-ups from existing customers in North America
audience:
  segment: existing-customers-na
${short ? '' : `  size: ${1000 + (i % 50000)}\n`}channels: [email]
timeline:
  brief_approved: 2026-10-01
  launch: 2026-11-18
${short ? '' : '  end: 2026-11-30\n'}budget:
  currency: USD
  planned: ${planned}
${lines}success_metrics:
  - metric: sign-ups
    target: 1200
${short ? '' : '    baseline: 800\n'}approvals:
  - gate: brief
    approver: maria.lopez
    status: approved
    date: 2026-10-01
  - gate: creative
    approver: tom.becker
    status: approved
    date: 2026-10-09
  - gate: review
    approver: ana.silva
    status: approved
    date: 2026-11-10
    checklist: [brand-guidelines, legal-compliance]
  - gate: qa
    approver: priya.shah
    status: approved
    date: 2026-11-17
    checklist: [links-tested, utm-verified, tracking-verified, audience-verified]
${history}links:
${links.join('')}tools: [hubspot, ga4]
compliance:
  legal_review: true
  consent_basis: consent
`;
  return { id, path: `campaigns/${id}.yaml`, text };
}

function tool(i) {
  const id = `bench-tool-${i}`;
  return {
    path: `martech/${id}.yaml`,
    text: `apiVersion: mops/v1
kind: Tool
id: ${id}
name: Bench tool ${i}
category: bench-category-${i}
owner: ${PEOPLE[i % PEOPLE.length]}
status: active
cost:
  annual: ${1000 + i}
  currency: USD
seats:
  licensed: 10
  active: 9
contract:
  renewal: 2027-09-30
  notice_days: 60
  auto_renew: true
last_review: 2026-10-01
review_every_days: 180
integrations: [ga4]
data:
  pii: false
`,
  };
}

function sop(i) {
  const id = `bench-sop-${i}`;
  return {
    path: `sops/${id}.yaml`,
    text: `apiVersion: mops/v1
kind: Sop
id: ${id}
title: Bench procedure ${i}
area: operations
owner: ${PEOPLE[i % PEOPLE.length]}
last_review: 2026-07-01
review_every_days: 365
steps:
  - Check the register
  - Write the plan
  - Get it approved
`,
  };
}

/** The folder layouts a repo can be written in; a cold check should take the same time on each. */
export const LAYOUTS = {
  folders: 'one folder per kind, the briefs in campaigns/ (the reference playbook\'s layout)',
  flat: 'every file in the root folder: the briefs first in path order, the Team and workflows last',
  quarters: 'the briefs in ten sub-folders of campaigns/ by quarter; budget/ first, team.yaml and workflows/ after campaigns/',
  'multi-doc': 'every tool in one multi-document register, and the Team file with 40 more Team documents of 25 members each',
  mixed: 'one brief in 200 of 2,000 lines, the others of 50',
};

const QUARTERS = ['2025q1', '2025q2', '2025q3', '2025q4', '2026q1', '2026q2', '2026q3', '2026q4', '2027q1', '2027q2'];

/** Every file under `dir`, as paths relative to it with forward slashes, and their texts. */
function readTree(dir, base = '', out = []) {
  for (const entry of readdirSync(join(dir, base), { withFileTypes: true })) {
    const path = base ? `${base}/${entry.name}` : entry.name;
    if (entry.isDirectory()) readTree(dir, path, out);
    else out.push({ path, text: readFileSync(join(dir, path), 'utf8') });
  }
  return out;
}

/** Extra Team documents for the multi-document layout: `teams` of `size` members with the reference's roles. */
function teams(count, size) {
  const roles = ['campaign-ops', 'marketing-lead', 'brand', 'legal', 'analytics'];
  return Array.from({ length: count }, (_, k) => {
    const members = Array.from({ length: size }, (_, m) => `  - id: bench.person-${k}-${m}\n    name: Bench Person ${k} ${m}\n    roles: [${roles[(k + m) % roles.length]}]\n`);
    return `apiVersion: mops/v1\nkind: Team\nid: bench-team-${k}\nmembers:\n${members.join('')}`;
  });
}

/** The files moved and merged into `layout`; `briefs` maps a generated brief's path to its number. */
function arrange(files, layout, briefs) {
  if (layout === 'flat') {
    // The config stays where mops looks for it; every other file goes to the root under its own name.
    const flat = files.map((f) => ({ ...f, path: f.path.slice(f.path.lastIndexOf('/') + 1) }));
    if (new Set(flat.map((f) => f.path)).size !== flat.length) throw new Error('two files of the flat layout have the same name');
    return flat;
  }
  if (layout === 'quarters') {
    return files.map((f) => {
      if (!f.path.startsWith('campaigns/')) return f;
      const name = f.path.slice('campaigns/'.length);
      const quarter = briefs.has(f.path) ? QUARTERS[briefs.get(f.path) % QUARTERS.length] : name.slice(0, 6);
      return { ...f, path: `campaigns/${quarter}/${name}` };
    });
  }
  if (layout === 'multi-doc') {
    const tools = files.filter((f) => f.path.startsWith('martech/'));
    const rest = files.filter((f) => !f.path.startsWith('martech/'));
    const team = rest.find((f) => f.path === 'team.yaml');
    const documents = (texts) => texts.map((t) => (t.endsWith('\n') ? t : `${t}\n`)).join('---\n');
    team.text = documents([team.text, ...teams(40, 25)]);
    return [...rest, { path: 'martech/register.yaml', text: documents(tools.map((f) => f.text)) }];
  }
  return files;
}

/**
 * Writes the repo; returns its file count and size.
 * @param {string} out @param {{ briefs?: number, seed?: number, defects?: number, reference?: string, layout?: keyof typeof LAYOUTS }} [options]
 */
export function generate(out, { briefs = 1000, seed = 42, defects = 0, reference = referencePlaybook, layout = 'folders' } = {}) {
  if (!(layout in LAYOUTS)) throw new Error(`unknown layout ${layout}: one of ${Object.keys(LAYOUTS).join(', ')}`);
  rmSync(out, { recursive: true, force: true });
  const rand = random(seed);
  const pick = Object.assign((list) => list[Math.floor(rand() * list.length)], { n: rand });
  const broken = new Map();
  const kinds = ['owner', 'stage', 'utm'];
  for (let k = 0; k < defects; k++) broken.set(Math.floor(rand() * briefs), kinds[k % kinds.length]);
  const generated = [];
  const numbers = new Map();
  const shape = (i) => (layout !== 'mixed' ? 'typical' : i % 200 === 199 ? 'long' : 'short');
  for (let i = 0; i < briefs; i++) {
    const made = brief(i, pick, broken.get(i), shape(i));
    numbers.set(made.path, i);
    generated.push(made);
  }
  for (let i = 0; i < Math.ceil(briefs / 20); i++) generated.push(tool(i));
  for (let i = 0; i < Math.ceil(briefs / 50); i++) generated.push(sop(i));
  // A budget that funds every generated brief, so that over-allocation only fires when a test wants it.
  const amount = briefs * 2000 + 1_000_000;
  generated.push({
    path: 'budget/fy2026.yaml',
    text: `apiVersion: mops/v1\nkind: Budget\nid: fy2026\ncurrency: USD\nperiod:\n  start: 2026-01-01\n  end: 2027-03-31\nallocations:\n${PROGRAMS.map((p) => `  - program: ${p}\n    amount: ${amount}\n`).join('')}`,
  });
  const paths = new Set(generated.map((f) => f.path));
  const files = arrange([...readTree(reference).filter((f) => !paths.has(f.path)), ...generated], layout, numbers);
  let bytes = 0;
  for (const file of files) {
    const target = join(out, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    bytes += Buffer.byteLength(file.text);
  }
  return { files: files.length, bytes, defects: [...broken.entries()].map(([i, kind]) => ({ brief: i, kind })) };
}

if (import.meta.url && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { briefs: { type: 'string' }, seed: { type: 'string' }, defects: { type: 'string' }, layout: { type: 'string' } } });
  if (positionals.length !== 1) {
    console.error('usage: node bench/generate.mjs OUT_DIR [--briefs N] [--seed S] [--defects K] [--layout folders|flat|quarters|multi-doc|mixed]');
    process.exit(2);
  }
  const made = generate(resolve(positionals[0]), { briefs: Number(values.briefs ?? 1000), seed: Number(values.seed ?? 42), defects: Number(values.defects ?? 0), layout: values.layout });
  console.log(`generated ${made.files} files (${(made.bytes / 1e6).toFixed(1)} MB) in ${positionals[0]}`);
}
