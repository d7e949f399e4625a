// Generates a large, deterministic playbook repo for the benchmarks: the reference playbook's Team,
// Workflows, conventions and Config, plus N briefs (each with links, approvals, history and budget
// lines), N/20 tools, N/50 SOPs, and a Budget that funds them. The same N and seed give the same bytes.
//
// Usage: node bench/generate.mjs OUT_DIR [--briefs N] [--seed S] [--defects K]
//   --defects K  put K seeded defects (unknown owner, misspelt stage, bad UTM value) into random briefs
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function brief(i, pick, defect) {
  const slug = `${WORDS[i % WORDS.length]}-${WORDS[Math.floor(i / WORDS.length) % WORDS.length]}-${i}`;
  const id = `2026q4-na-email-${slug}`;
  const owner = defect === 'owner' ? 'nobody.here' : pick(PEOPLE);
  const stage = defect === 'stage' ? 'lanch' : 'launch';
  const source = defect === 'utm' ? 'Newsletter' : 'newsletter';
  const program = pick(PROGRAMS);
  const planned = 1000 + Math.floor(pick.n() * 9) * 100;
  const link = (name) =>
    `  - name: ${name}\n    url: https://shop.acme.example/${slug}?utm_source=${source}&utm_medium=email&utm_campaign=${id}&utm_content=${name}\n`;
  return {
    path: `campaigns/${id}.yaml`,
    text: `apiVersion: mops/v1
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
# Generated for the benchmarks: a launched email campaign.
objective: Drive ${100 + (i % 900)} sign-ups from existing customers in North America
audience:
  segment: existing-customers-na
  size: ${1000 + (i % 50000)}
channels: [email]
timeline:
  brief_approved: 2026-10-01
  launch: 2026-11-18
  end: 2026-11-30
budget:
  currency: USD
  planned: ${planned}
  lines:
    - item: email-production
      planned: ${planned / 2}
      actual: ${planned / 2 - 100}
    - item: design
      planned: ${planned / 2}
      actual: ${planned / 2 - 200}
success_metrics:
  - metric: sign-ups
    target: 1200
    baseline: 800
approvals:
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
history:
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
links:
${link('hero-early-access')}${link('footer-early-access')}tools: [hubspot, ga4]
compliance:
  legal_review: true
  consent_basis: consent
`,
  };
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

/**
 * Writes the repo; returns its file count and size.
 * @param {string} out @param {{ briefs?: number, seed?: number, defects?: number, reference?: string }} [options]
 */
export function generate(out, { briefs = 1000, seed = 42, defects = 0, reference = referencePlaybook } = {}) {
  rmSync(out, { recursive: true, force: true });
  cpSync(reference, out, { recursive: true });
  const rand = random(seed);
  const pick = Object.assign((list) => list[Math.floor(rand() * list.length)], { n: rand });
  const broken = new Map();
  const kinds = ['owner', 'stage', 'utm'];
  for (let k = 0; k < defects; k++) broken.set(Math.floor(rand() * briefs), kinds[k % kinds.length]);
  const files = [];
  for (let i = 0; i < briefs; i++) files.push(brief(i, pick, broken.get(i)));
  for (let i = 0; i < Math.ceil(briefs / 20); i++) files.push(tool(i));
  for (let i = 0; i < Math.ceil(briefs / 50); i++) files.push(sop(i));
  // A budget that funds every generated brief, so that over-allocation only fires when a test wants it.
  const amount = briefs * 2000 + 1_000_000;
  files.push({
    path: 'budget/fy2026.yaml',
    text: `apiVersion: mops/v1\nkind: Budget\nid: fy2026\ncurrency: USD\nperiod:\n  start: 2026-01-01\n  end: 2027-03-31\nallocations:\n${PROGRAMS.map((p) => `  - program: ${p}\n    amount: ${amount}\n`).join('')}`,
  });
  let bytes = 0;
  for (const file of files) {
    const target = join(out, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    bytes += Buffer.byteLength(file.text);
  }
  for (const file of ['team.yaml', 'mops.config.yaml']) bytes += readFileSync(join(out, file)).length;
  return { files: files.length, bytes, defects: [...broken.entries()].map(([i, kind]) => ({ brief: i, kind })) };
}

if (import.meta.url && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { briefs: { type: 'string' }, seed: { type: 'string' }, defects: { type: 'string' } } });
  if (positionals.length !== 1) {
    console.error('usage: node bench/generate.mjs OUT_DIR [--briefs N] [--seed S] [--defects K]');
    process.exit(2);
  }
  const made = generate(resolve(positionals[0]), { briefs: Number(values.briefs ?? 1000), seed: Number(values.seed ?? 42), defects: Number(values.defects ?? 0) });
  console.log(`generated ${made.files} files (${(made.bytes / 1e6).toFixed(1)} MB) in ${positionals[0]}`);
}
