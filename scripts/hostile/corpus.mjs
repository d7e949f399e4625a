// Writes a hostile playbook: the reference playbook plus files built to crash, hang, exhaust or fool a
// checker (alias bombs, deep nesting, huge, binary and mis-encoded files, symbolic-link loops and links out
// of the repo, prototype keys, backtracking bait, report payloads), with the findings each must get.
//
// Usage: node scripts/hostile/corpus.mjs DIR [--outside DIR2] [--variant globs] [--big-mb N] [--sparse-mb N]
//   DIR must not exist or be empty. DIR2 (default: DIR-outside) holds the files that links point to; they
//   must never be read. The globs variant swaps in a config whose include/exclude globs are pathological.
//   --big-mb sets the size of the big real file (50), --sparse-mb that of the sparse one (1536; 0: none).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

// Bundled into a test, this module has no URL of its own: the caller passes the reference playbook then.
const here = import.meta.url ? dirname(fileURLToPath(import.meta.url)) : undefined;
export const referencePlaybook = resolve(process.env.MOPS_REFERENCE_PLAYBOOK ?? join(here ?? '.', '..', '..', '..', 'shared', 'reference-playbook'));

/** Strings that must never show in any output: they sit only in files outside the repo. */
export const OUTSIDE_MARKERS = ['outside.marker.person', 'outside-marker', 'root:x:0:0'];

/** Written by a YAML tag that some loaders would run; it must never appear. */
export const EXECUTED_MARKER = 'mops-hostile-executed';

/** Report payloads: markup, links, table breakers, formulas, terminal escapes, annotation injection. */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![x](https://evil.example/x.png)',
  'a | b | c',
  '=HYPERLINK("https://evil.example","click")',
  '+cmd|\' /C calc\'!A0',
  '-2+3',
  '@SUM(1+1)',
  '\tTabbed',
  '<!-- open comment',
  ']]></x><x>',
  '`code` *em* @everyone',
  '\u001b[2J\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\',
  'line one\n::error file=evil.yaml,line=1::injected\n## heading',
  'carriage\r## return | \u202eevil\u2028next',
];

/** A YAML double-quoted scalar for any string (JSON's escapes are YAML's). */
const q = (text) => JSON.stringify(text);

/** 0-based line of the first occurrence of `needle` in `text`. */
function lineOf(text, needle) {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`corpus: '${needle.slice(0, 40)}' not found`);
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const briefHead = (id, fields = {}) => {
  const base = {
    id,
    title: 'Hostile input',
    workflow: 'campaign',
    tier: 1,
    status: 'active',
    owner: 'priya.shah',
    program: 'demand-gen',
    stage: 'brief',
    ...fields,
  };
  return `apiVersion: mops/v1\nkind: Brief\n${Object.entries(base)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? q(v) : v}`)
    .join('\n')}\n`;
};

const link = (id, extra = '') => `https://shop.acme.example/x?utm_source=newsletter&utm_medium=email&utm_campaign=${id}&utm_content=hero-x${extra}`;

/** The reference brief, renamed: every link carries the new id, so only what a test changes is wrong. */
function renamedBrief(reference, id) {
  const text = readFileSync(join(reference, 'campaigns', '2026q4-na-email-black-friday.yaml'), 'utf8');
  return text.replaceAll('2026q4-na-email-black-friday', id);
}

function addToConventions(dir) {
  // The naming convention and the UTM standard in use gain prototype names and backtracking templates;
  // the reference briefs use none of them, so they still check clean.
  const naming = join(dir, 'conventions', 'naming.yaml');
  writeFileSync(
    naming,
    readFileSync(naming, 'utf8')
      .replace(
        'targets:\n',
        'targets:\n  __proto__:\n    pattern: "{__proto__}-{constructor}"\n  constructor:\n    pattern: "{toString}{slug}"\n  backtrack:\n    pattern: "{slug}{slug}{slug}{number}{number}-{slug}"\n',
      )
      .replace(
        'tokens:\n',
        'tokens:\n  __proto__:\n    values: [__proto__, constructor, prototype]\n  constructor:\n    format: slug\n  toString:\n    values: [hasOwnProperty, valueOf]\n  number:\n    format: number\n',
      )
      .replace('values: [email, social,', 'values: [__proto__, constructor, email, social,'),
  );
  const utm = join(dir, 'conventions', 'utm.yaml');
  writeFileSync(
    utm,
    readFileSync(utm, 'utf8')
      .replace('values: [newsletter,', 'values: [__proto__, constructor, toString, newsletter,')
      .replace('  utm_content:\n', '  utm_term:\n    naming: backtrack\n  utm_id:\n    naming: __proto__\n  utm_content:\n')
      .replace('source_medium:\n', 'source_medium:\n  __proto__: [email]\n  constructor: [cpc]\n'),
  );
}

/** The files a link must never lead to: a brief that would produce findings, and a folder of them. */
function writeOutside(outside) {
  mkdirSync(join(outside, 'nested'), { recursive: true });
  const brief = `apiVersion: mops/v1\nkind: Brief\nid: 2026q4-na-email-outside-marker\ntitle: Outside\nworkflow: campaign\ntier: 1\nowner: outside.marker.person\nprogram: demand-gen\nstage: brief\n`;
  writeFileSync(join(outside, 'brief.yaml'), brief);
  writeFileSync(join(outside, 'nested', 'brief.yaml'), brief.replace('outside-marker', 'outside-marker-nested'));
  writeFileSync(join(outside, 'mops.config.yaml'), 'apiVersion: mops/v1\nkind: Config\ninclude: ["**/*"]\n');
}

/** Nine levels of nine aliases: 9^9 nodes if expanded. */
function billionLaughs() {
  const levels = [`a: &a [${Array(9).fill('"lol"').join(', ')}]`];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  }
  return `${briefHead('2026q4-na-email-billion-laughs')}notes:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
}

function aliasCycles() {
  const docs = [
    `${briefHead('2026q4-na-email-cycle-one')}channels: &c\n  - *c\n`,
    `${briefHead('2026q4-na-email-cycle-two')}audience: &a\n  segment: x\n  again: *a\n`,
    `${briefHead('2026q4-na-email-cycle-three')}tools: &t [*t, *t, *t]\n`,
    `${briefHead('2026q4-na-email-cycle-four')}notes: *never-defined\n`,
  ];
  return docs.join('---\n');
}

/** A file with `count` documents, interleaved with YAML that is not ours and empty documents. */
function manyDocuments(count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const owner = i === count - 1 ? 'nobody.many-docs' : 'li.wei';
    out.push(`apiVersion: mops/v1\nkind: Sop\nid: many-${i}\ntitle: Step ${i}\narea: ops\nowner: ${owner}\nlast_review: 2026-10-01\nreview_every_days: 365\nsteps: [one]\n`);
    if (i % 10 === 0) out.push('not: ours\n');
    if (i % 25 === 0) out.push('');
  }
  return out.join('---\n');
}

/** `count` distinct short keys (letters and digits), one per line: a mapping with that many entries. */
function manyKeys(count) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const keys = [];
  for (let i = 0; keys.length < count; i++) {
    let n = i;
    let key = '';
    do {
      key = alphabet[n % alphabet.length] + key;
      n = Math.floor(n / alphabet.length);
    } while (n > 0);
    if (/^[a-zA-Z]/.test(key) && !['y', 'n', 'Y', 'N', 'id'].includes(key)) keys.push(key);
  }
  return `apiVersion: mops/v1\nkind: Sop\nid: many-keys\ntitle: Keys\narea: ops\nowner: li.wei\nlast_review: 2026-10-01\nreview_every_days: 365\nsteps: [one]\n${keys.map((k) => `${k}:`).join('\n')}\n`;
}

/** One brief, just under the size limit, with thousands of good links and one bad one at the very end. */
function justUnder(reference, limit) {
  const id = '2026q4-na-email-just-under';
  const head = renamedBrief(reference, id).replace(/\nlinks:\n[\s\S]*?\ntools:/, '\ntools:');
  const links = [];
  let size = head.length + 8;
  for (let i = 0; ; i++) {
    const entry = `  - name: hero-link-${i}\n    url: ${link(id, `&n=${i}`)}\n`;
    if (size + entry.length * 2 > limit - 4096) break;
    links.push(entry);
    size += entry.length;
  }
  links.push(`  - name: last-link\n    url: ${link(id).replace('utm_source=newsletter', 'utm_source=Newsletter')}\n`);
  return `${head}links:\n${links.join('')}`;
}

/** A valid-looking playbook file of `bytes` bytes: a brief repeated as many documents. */
function huge(reference, bytes) {
  const doc = `${renamedBrief(reference, '2026q4-na-email-huge')}---\n`;
  const text = doc.repeat(Math.ceil(bytes / doc.length)).slice(0, bytes);
  return text;
}

function deepIndented(depth) {
  const lines = [];
  for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(i + 1)}k${i}:`);
  return `${briefHead('2026q4-na-email-deep-indent')}notes:\n${lines.join('\n')} end\n`;
}

/** The classic inputs for catastrophic backtracking, as names against the convention's templates. */
function backtracking() {
  const longId = `2026q4-na-email-${'a-'.repeat(480)}!`;
  const hugeId = `2026q4-na-email-${'a'.repeat(100_000)}`;
  const term = ['a'.repeat(990) + '!', '1'.repeat(990) + '!', `${'a-'.repeat(495)}!`, `${'-'.repeat(990)}!`];
  const links = term.map((t, i) => `  - name: bait-${i}\n    url: ${link(longId, `&utm_term=${t}`)}\n`);
  links.push(`  - name: bait-huge\n    url: ${link(longId).replace('hero-x', 'a'.repeat(100_000))}\n`);
  const brief = `${briefHead(longId)}tools: [${q('a'.repeat(999) + '!')}]\nlinks:\n${links.join('')}`;
  const second = `${briefHead(hugeId)}`;
  const tool = `apiVersion: mops/v1\nkind: Tool\nid: ${q(`${'a-'.repeat(499)}!`)}\nname: Bait\ncategory: bait\nowner: li.wei\nstatus: active\nlast_review: 2026-10-01\nreview_every_days: 365\n`;
  return [brief, second, tool].join('---\n');
}

/** Very long lines: a 500,000-character objective and a URL whose e-mail domain is a 300,000-dot run. */
function longLines() {
  const id = '2026q4-na-email-long-lines';
  const url = link(id, `&e=a@b${'.'.repeat(300_000)}co`);
  // A disable comment whose tail is bait for a backtracking regex (the editor's quick fix reads it).
  const disable = `# mops-disable-next-line utm/case x${' '.repeat(50_000)}y`;
  return `${briefHead(id, { objective: 'x'.repeat(500_000) })}${disable}\nlinks:\n  - name: long\n    url: ${url}\n`;
}

function payloadBrief() {
  const [script, img, js, image, pipe, formula, plus, minus, at, tab, comment, cdata, tick, escape, newline, carriage] = PAYLOADS;
  const id = '2026q4-na-email-payload';
  return [
    `apiVersion: mops/v1\nkind: Brief\nid: ${id}\ntitle: ${q(`${script} ${img} ${js}`)}\nworkflow: campaign\ntier: 1\nstatus: active`,
    `owner: ${q(escape)}\nrequester: ${q(newline)}\nprogram: ${q(formula)}\nstage: ${q(`${pipe} ${image}`)}\nobjective: ${q(`${comment} ${cdata} ${tick}`)}`,
    `timeline:\n  brief_approved: 2026-11-01\n  launch: 2026-11-25`,
    `budget:\n  currency: USD\n  planned: 100\n  lines:\n    - item: ${q(plus)}\n      planned: 100\n      actual: 900`,
    `history:\n  - stage: ${q(img)}\n    entered: 2026-10-01`,
    `links:\n  - name: ${q(js)}\n    url: ${q(`https://shop.acme.example/${encodeURIComponent(script)}?utm_source=${encodeURIComponent(img)}&utm_medium=${encodeURIComponent(formula)}&utm_campaign=${id}`)}\n  - name: ${q(tab)}\n    url: "javascript:alert(1)"`,
    `tools: [${q(minus)}, ${q(at)}, ${q(carriage)}]`,
    `success_metrics:\n  - metric: ${q(formula)}\n    target: 1\n`,
  ].join('\n');
}

function payloadTool() {
  const [script, img, js, , , formula, , , at] = PAYLOADS;
  return `apiVersion: mops/v1\nkind: Tool\nid: payload-tool\nname: ${q(script)}\ncategory: ${q(img)}\nowner: ${q(at)}\nstatus: active\ncost:\n  annual: 100\n  currency: USD\nseats:\n  licensed: 10\n  active: 1\ncontract:\n  renewal: 2026-12-01\n  notice_days: 30\nlast_review: 2025-01-01\nreview_every_days: 30\nintegrations: [${q(js)}, ${q(formula)}]\ndata:\n  pii: true\n`;
}

function payloadSop() {
  const [script, , js, , pipe, formula, , , , , , , , escape, newline] = PAYLOADS;
  return `apiVersion: mops/v1\nkind: Sop\nid: payload-sop\ntitle: ${q(script)}\narea: ${q(formula)}\nowner: ${q(escape)}\nlast_review: 2020-01-01\nreview_every_days: 30\nsteps:\n  - ${q(js)}\n  - ${q(pipe)}\n  - ${q(newline)}\n`;
}

function payloadBudget() {
  const [, , , , , formula, plus, , at] = PAYLOADS;
  return `apiVersion: mops/v1\nkind: Budget\nid: payload-budget\ncurrency: USD\nperiod:\n  start: 2026-01-01\n  end: 2027-12-31\nallocations:\n  - program: ${q(formula)}\n    amount: 10\n  - program: ${q(plus)}\n    amount: 10\n  - program: ${q(at)}\n    amount: 10\n`;
}

/** Prototype names as every kind of name: keys, ids, people, roles, stages, tools, programs, channels, UTM values. */
function protoFiles() {
  const team = `apiVersion: mops/v1\nkind: Team\nid: __proto__\nmembers:\n${['__proto__', 'constructor', 'prototype', 'toString']
    .map((id) => `  - id: ${id}\n    name: ${id}\n    roles: [__proto__, constructor]`)
    .join('\n')}\n`;
  const workflow = `apiVersion: mops/v1\nkind: Workflow\nid: __proto__\ntitle: Prototype\nstages:\n  - id: __proto__\n    sla_days: 5\n    gate:\n      approver_roles: [__proto__, valueOf]\n      requires: [__proto__, constructor]\n      checklist: [toString]\n  - id: constructor\n    sla_days: 5\n  - id: toString\n    sla_days: 5\ntiers:\n  - tier: 1\n    min_lead_days: 1\n`;
  const tools = ['__proto__', 'constructor', 'toString']
    .map(
      (id) =>
        `apiVersion: mops/v1\nkind: Tool\nid: ${id}\nname: ${id}\ncategory: __proto__\nowner: valueOf\nstatus: active\ncost:\n  annual: 1\n  currency: USD\nlast_review: 2026-10-01\nreview_every_days: 365\nintegrations: [__proto__, hasOwnProperty]\ndata:\n  pii: false\n`,
    )
    .join('---\n');
  const budget = `apiVersion: mops/v1\nkind: Budget\nid: __proto__\ncurrency: USD\nperiod:\n  start: 2026-01-01\n  end: 2027-12-31\nallocations:\n  - program: __proto__\n    amount: 1000\n  - program: constructor\n    amount: 1000\n`;
  const sop = `apiVersion: mops/v1\nkind: Sop\nid: __proto__\ntitle: __proto__\narea: __proto__\nowner: hasOwnProperty\nlast_review: 2026-10-01\nreview_every_days: 365\nsteps: [__proto__, constructor]\n`;
  const standards = `apiVersion: mops/v1\nkind: NamingConvention\nid: __proto__\ntargets:\n  __proto__:\n    pattern: "{constructor}"\ntokens:\n  constructor:\n    values: [__proto__]\n  __proto__:\n    format: slug\n---\napiVersion: mops/v1\nkind: UtmStandard\nid: __proto__\nrequired: [utm_source]\nparams:\n  __proto__:\n    values: [__proto__]\nsource_medium:\n  __proto__: [constructor]\n  constructor: [__proto__]\n`;
  const l = (source, medium, extra = '') => `https://shop.acme.example/?utm_source=${source}&utm_medium=${medium}&utm_campaign=__proto__${extra}`;
  const brief = [
    'apiVersion: mops/v1',
    'kind: Brief',
    'id: __proto__',
    'title: constructor',
    'workflow: __proto__',
    'tier: 1',
    'owner: valueOf',
    'requester: constructor',
    'program: isPrototypeOf',
    'stage: toLocaleString',
    'channels: [__proto__, propertyIsEnumerable]',
    'tools: [constructor, hasOwnProperty]',
    '__proto__: {polluted: true}',
    'constructor: {prototype: {polluted: true}}',
    'audience: {__proto__: {polluted: true}, constructor: x, segment: __proto__}',
    'timeline:\n  brief_approved: 2026-11-01\n  launch: 2026-11-25',
    'budget:\n  currency: USD\n  planned: 10\n  lines:\n    - item: __proto__\n      planned: 10',
    'success_metrics:\n  - metric: __proto__\n    target: 1',
    'approvals:\n  - gate: __proto__\n    approver: constructor\n    status: approved\n    date: 2026-11-02\n    checklist: [toString, __proto__]',
    'history:\n  - stage: __proto__\n    entered: 2026-11-01\n  - stage: toLocaleString\n    entered: 2026-11-03',
    `links:\n  - name: proto\n    url: ${l('__proto__', 'email', '&utm_id=__proto__-constructor&__proto__=1&constructor=2')}\n  - name: value-of\n    url: ${l('valueOf', 'email')}\n  - name: to-string\n    url: ${l('toString', 'email')}\n  - name: constructor\n    url: ${l('constructor', 'email')}`,
    '',
  ].join('\n');
  return { team, workflow, tools, budget, sop, standards, brief };
}

/** Tags that other YAML loaders turn into code, objects or file reads. */
function tags() {
  const marker = `/tmp/${EXECUTED_MARKER}`;
  return `${briefHead('2026q4-na-email-tags', { owner: 'nobody.tags' })}notes: !!js/function "function () { require('fs').writeFileSync('${marker}', '1') }"\nobjective: !!python/object/apply:os.system ["touch ${marker}"]\naudience: !include /etc/passwd\ncompliance: !<tag:yaml.org,2002:js/undefined> ""\n`;
}

/** The config of the globs variant: patterns built for exponential matchers, all of which must still compile. */
/**
 * Team policies as an attack: loops nested over every brief (rejected by the cost bound, never run), an
 * expression of 900 KB (over the schema's length, never compiled), brackets nested 200 deep (refused
 * before the parser), a backtracking regex (RE2: linear) and prototype names read as data.
 */
function policyBombs() {
  const head = (id) => `apiVersion: mops/v1\nkind: Policy\nid: ${id}\ntitle: Hostile ${id}\nmatch:\n  kind: Brief\nassert:\n`;
  return [
    `${head('cubic')}  - expr: playbook.briefs.all(a, playbook.briefs.all(b, playbook.briefs.all(c, a != b || b != c)))\n`,
    `${head('huge')}  - expr: "${'true && '.repeat(115_000)}true"\n`,
    `${head('deep')}  - expr: "${'('.repeat(200)}true${')'.repeat(200)}"\n`,
    `${head('regex')}  - expr: "!('${'a'.repeat(50)}!'.matches('(a+)+$')) && !self.id.matches('(x+x+)+y')"\n`,
    `${head('proto')}  - expr: "self['__proto__'] == null || self['constructor'] == null || true"\n`,
  ].join('---\n');
}

function hostileConfig() {
  const stars = (n) => `${'*a'.repeat(n)}*b`;
  const braces = `{${Array.from({ length: 8 }, (_, i) => `x${i}`).join(',')}}{${Array.from({ length: 8 }, (_, i) => `y${i}`).join(',')}}`;
  return [
    'apiVersion: mops/v1',
    'kind: Config',
    'today: 2026-11-20',
    `include: ["**/*.yaml", "**/*.yml", "${'**/'.repeat(20)}*.yaml", "**/${stars(30)}.yaml", "${braces}/**/*.yaml"]`,
    `exclude: ["node_modules/**", ".git/**", "**/${stars(40)}/**", "${'**/'.repeat(40)}${stars(20)}", "**/${'?'.repeat(200)}", "${'[a-z]'.repeat(90)}/**"]`,
    'rules:\n  __proto__: off\n  constructor: warning\n  toString: info\n  hasOwnProperty: "off"',
    'martech:\n  low_utilization_below: 0.6\n  renewal_warning_days: 30',
    '',
  ].join('\n');
}

/**
 * Writes the corpus into `dir` and returns what a checker must find: for each hostile file, a rule and the
 * 0-based line (or [first, last] lines) its finding must start on.
 */
export function writeCorpus(dir, options = {}) {
  const reference = options.reference ?? referencePlaybook;
  const outside = resolve(options.outside ?? `${resolve(dir)}-outside`);
  const bigBytes = options.bigBytes ?? 50 * 1024 * 1024;
  const sparseBytes = options.sparseBytes ?? 1.5 * 1024 * 1024 * 1024;
  const limit = 1024 * 1024;
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`corpus: ${dir} is not empty`);
  mkdirSync(dir, { recursive: true });
  cpSync(reference, dir, { recursive: true });
  addToConventions(dir);
  if (options.variant === 'globs') writeFileSync(join(dir, 'mops.config.yaml'), hostileConfig());
  writeOutside(outside);

  const expected = [];
  const write = (path, content, ...expectations) => {
    const abs = join(dir, ...path.split('/'));
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    for (const [rule, line] of expectations) expected.push({ file: path, rule, line });
  };
  const H = 'campaigns/hostile';

  const bomb = billionLaughs();
  write(`${H}/billion-laughs.yaml`, bomb, ['yaml/too-complex', [lineOf(bomb, 'a: &a'), lineOf(bomb, 'i: &i')]]);
  const cycles = aliasCycles();
  write(
    `${H}/alias-cycles.yaml`,
    cycles,
    ['yaml/too-complex', lineOf(cycles, '  - *c')],
    ['yaml/too-complex', lineOf(cycles, 'again: *a')],
    ['yaml/too-complex', lineOf(cycles, 'tools: &t')],
    ['yaml/syntax', lineOf(cycles, 'notes: *never')],
  );
  const flow = `${briefHead('2026q4-na-email-deep-flow')}notes: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
  write(`${H}/deep-flow.yaml`, flow, ['yaml/too-complex', lineOf(flow, 'notes:')]);
  const block = `${briefHead('2026q4-na-email-deep-block')}notes:\n  ${'- '.repeat(10_000)}x\n`;
  write(`${H}/deep-block.yaml`, block, ['yaml/too-complex', lineOf(block, '- - ')]);
  const indented = deepIndented(1000);
  write(`${H}/deep-indent.yaml`, indented, ['yaml/too-complex', [lineOf(indented, ' k90:'), lineOf(indented, ' k110:')]]);
  write(`${H}/huge.yaml`, huge(reference, bigBytes), ['file/too-large', 0]);
  if (sparseBytes > 0) {
    // A sparse file: no disk used, but a reader that does not look at the size first gets 1.5 GB of zeros.
    write(`${H}/sparse.yaml`, '', ['file/too-large', 0]);
    truncateSync(join(dir, H, 'sparse.yaml'), sparseBytes);
  }
  const under = justUnder(reference, limit);
  write(`${H}/just-under.yaml`, under, ['utm/case', lineOf(under, 'utm_source=Newsletter')]);
  const keys = manyKeys(150_000);
  write(`${H}/many-keys.yaml`, keys, ['schema/unknown-property', lineOf(keys, 'steps:') + 1]);
  const docs = manyDocuments(5000);
  write('sops/hostile/many-docs.yaml', docs, ['ref/unknown-person', lineOf(docs, 'nobody.many-docs')]);

  write(`${H}/binary.yaml`, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)]), ['file/encoding', 0]);
  write(`${H}/latin1.yaml`, Uint8Array.from([...Buffer.from(`${briefHead('2026q4-na-email-latin')}title: caf`), 0xe9, 0x0a]), ['file/encoding', 0]);
  write(`${H}/overlong-utf8.yaml`, Uint8Array.from([...Buffer.from('apiVersion: mops/v1\nkind: Sop\nid: '), 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x0a]), ['file/encoding', 0]);
  write(`${H}/utf16-no-bom.yaml`, Buffer.from(`${briefHead('2026q4-na-email-utf16-nobom')}`, 'utf16le'), ['file/encoding', 0]);
  const utf16 = `${briefHead('2026q4-na-email-utf16-bom', { owner: 'nobody.utf16' })}title: "caf\u00e9 \ud83d\ude00"\n`;
  write(`${H}/utf16-bom.yaml`, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]), ['ref/unknown-person', lineOf(utf16, 'owner:')]);

  const links = `${H}/links`;
  mkdirSync(join(dir, links), { recursive: true });
  const link = (name, target, finding = true) => {
    symlinkSync(target, join(dir, links, name));
    if (finding) expected.push({ file: `${links}/${name}`, rule: 'file/symlink', line: 0 });
  };
  link('loop-a.yaml', 'loop-b.yaml');
  link('loop-b.yaml', 'loop-a.yaml');
  link('self.yaml', 'self.yaml');
  link('parent.yaml', '..');
  link('parent', '..', false);
  link('passwd.yaml', '/etc/passwd');
  link('outside-brief.yaml', join(outside, 'brief.yaml'));
  link('outside.yaml', outside);
  link('outside', outside, false);
  link('dangling.yaml', join(outside, 'no-such-file.yaml'));

  const proto = protoFiles();
  write('hostile/proto/team.yaml', proto.team);
  write('hostile/proto/workflow.yaml', proto.workflow, ['ref/unknown-role', lineOf(proto.workflow, 'approver_roles')]);
  write('hostile/proto/tools.yaml', proto.tools, ['martech/overlap', lineOf(proto.tools, 'category:')], ['ref/unknown-tool', lineOf(proto.tools, 'integrations:')], ['ref/unknown-person', lineOf(proto.tools, 'owner: valueOf')], ['naming/convention', lineOf(proto.tools, 'id: __proto__')]);
  write('hostile/proto/budget.yaml', proto.budget);
  write('hostile/proto/sop.yaml', proto.sop, ['ref/unknown-person', lineOf(proto.sop, 'owner:')]);
  write('hostile/proto/standards.yaml', proto.standards, ['schema/unknown-property', lineOf(proto.standards, '  __proto__:\n    values')]);
  const b = proto.brief;
  write(
    'hostile/proto/brief.yaml',
    b,
    ['naming/convention', lineOf(b, 'id: __proto__')],
    ['ref/unknown-person', lineOf(b, 'owner: valueOf')],
    ['ref/unknown-program', lineOf(b, 'program:')],
    ['ref/unknown-stage', lineOf(b, 'stage: toLocaleString')],
    ['ref/unknown-channel', lineOf(b, 'channels:')],
    ['ref/unknown-tool', lineOf(b, 'tools:')],
    ['schema/unknown-property', lineOf(b, '__proto__: {polluted')],
    ['schema/unknown-property', lineOf(b, 'constructor: {prototype')],
    ['utm/unknown-value', lineOf(b, 'utm_source=valueOf')],
    ['utm/source-medium', lineOf(b, 'utm_source=constructor')],
  );

  const bait = backtracking();
  write(`${H}/backtracking.yaml`, bait, ['naming/convention', lineOf(bait, 'id: "2026q4-na-email-a-a-')], ['naming/convention', lineOf(bait, 'utm_term=aaaa')], ['ref/unknown-tool', lineOf(bait, 'tools:')], ['naming/max-length', lineOf(bait, 'id: "2026q4-na-email-aaaa')], ['naming/convention', lineOf(bait, 'kind: Tool') + 1]);
  // yaml quotes this token, blanks and all, in its error message.
  const blanks = ' '.repeat(200_000);
  write(`${H}/blank-token.yaml`, `apiVersion: mops/v1\n}---${blanks}*x${blanks}${blanks}#\``, ['yaml/syntax', [0, 2]]);
  const long = longLines();
  write(`${H}/long-lines.yaml`, long, ['utm/pii', lineOf(long, '    url:')], ['utm/too-long', lineOf(long, '    url:')]);
  const tagged = tags();
  write(`${H}/tags.yaml`, tagged, ['ref/unknown-person', lineOf(tagged, 'owner:')]);

  const brief = payloadBrief();
  write(`${H}/payload.yaml`, brief, ['ref/unknown-person', lineOf(brief, 'owner:')], ['utm/invalid-url', lineOf(brief, 'javascript:alert(1)"')]);
  write('martech/hostile/payload-tool.yaml', payloadTool(), ['ref/unknown-person', 5]);
  write('sops/hostile/payload-sop.yaml', payloadSop(), ['ref/unknown-person', 5]);
  const budget = payloadBudget();
  write('budget/hostile/payload-budget.yaml', budget, ['budget/over-allocation', lineOf(budget, 'amount: 10')]);
  // File names are printed too: markup, a formula, a Markdown link and an annotation break in a path.
  ['<img src=x onerror=alert(1)>', '=HYPERLINK("https:evil.example")', '[x](javascript:alert(1))', 'new\nline ::error file=x::y', '%0A%25 a|b'].forEach((name, i) => {
    const text = briefHead(`2026q4-na-email-named-${i}`, { owner: `nobody.named-${i}` });
    write(`${H}/names/${name}.yaml`, text, ['ref/unknown-person', lineOf(text, 'owner:')]);
  });
  const deep = `deep/${Array.from({ length: 40 }, (_, i) => `${String(i).padStart(2, '0')}${'d'.repeat(58)}`).join('/')}/sop.yaml`;
  write(deep, 'apiVersion: mops/v1\nkind: Sop\nid: deep-sop\ntitle: Deep\narea: ops\nowner: nobody.deep\nsteps: [one]\n', ['ref/unknown-person', 5]);
  const misplaced = `${hostileConfig()}`;
  write(`${H}/mops.config.yaml`, misplaced, ['config/misplaced', [0, 2]]);

  const policies = policyBombs();
  const line = (needle) => lineOf(policies, needle);
  write('policies/hostile.yaml', policies, ['policy/invalid', line('id: cubic') + 4], ['schema/length', line('id: huge') + 5], ['policy/invalid', line('id: deep') + 5]);

  // One ordinary brief with one deliberate finding: proof that the rest of the repo is still checked.
  const ordinaryId = '2026q4-na-email-ordinary-check';
  const ordinary = renamedBrief(reference, ordinaryId).replace('owner: priya.shah', 'owner: nobody.ordinary');
  const ordinaryFile = `campaigns/${ordinaryId}.yaml`;
  write(ordinaryFile, ordinary, ['ref/unknown-person', lineOf(ordinary, 'owner:')]);

  return {
    dir: resolve(dir),
    outside,
    expected,
    ordinary: { file: ordinaryFile, rule: 'ref/unknown-person', line: lineOf(ordinary, 'owner:') },
    referenceFiles: listReference(reference),
  };
}

/** The reference playbook's files that the corpus leaves as they are (the conventions gain entries). */
function listReference(reference) {
  return readdirSync(reference, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(reference.length + 1).split('\\').join('/'))
    .sort();
}

if (import.meta.url && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { outside: { type: 'string' }, variant: { type: 'string' }, 'big-mb': { type: 'string' }, 'sparse-mb': { type: 'string' } } });
  if (positionals.length !== 1) {
    console.error('Usage: node scripts/hostile/corpus.mjs DIR [--outside DIR2] [--variant globs] [--big-mb N] [--sparse-mb N]');
    process.exit(2);
  }
  const mb = (value) => (value === undefined ? undefined : Number(value) * 1024 * 1024);
  const made = writeCorpus(positionals[0], { outside: values.outside, variant: values.variant, bigBytes: mb(values['big-mb']), sparseBytes: mb(values['sparse-mb']) });
  console.log(`wrote the hostile corpus to ${made.dir} (outside: ${made.outside}); ${made.expected.length} expected findings`);
}
