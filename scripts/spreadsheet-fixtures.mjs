// Writes the messy spreadsheets of examples/spreadsheets, as spreadsheet apps export them, for the README's
// spreadsheet road (init → import → fix → check) and the import tests:
// - campaign-tracker.csv: 500 campaigns, Excel's "CSV UTF-8" (BOM, CRLF, commas), UK dates, "$12,000",
//   display names, stages and channels in the tracker's words, line breaks in quoted notes, and a few rows
//   seeded with what only a person can settle;
// - utm-links.csv: a UTM-builder sheet from Google Sheets (UTF-8, LF), links pasted from ad platforms
//   with click ids and upper-case keys;
// - tool-inventory.xlsx: a martech inventory workbook (written by write-excel-file) with currency strings,
//   percentages, real date cells, a date typed as text and an Excel serial number;
// - team-roster.csv: Excel's "CSV" on a European Windows machine (Windows-1252, semicolons, CRLF).
// Run `node scripts/spreadsheet-fixtures.mjs` to write them; a test checks the committed files are these.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A small seeded generator (mulberry32), so the files are the same on every run. */
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

const pad = (n) => String(n).padStart(2, '0');
const ukDate = (day) => {
  const d = new Date(day * 86400000);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
};
const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86400000;
const money = (n) => `$${n.toLocaleString('en-US')}`;

const REGIONS = [['North America', 'na'], ['EMEA', 'emea'], ['APAC', 'apac'], ['LATAM', 'latam'], ['Global', 'global'], ['N. America', 'na'], ['emea ', 'emea']];
const CHANNELS = [['Email', 'email'], ['Paid Social', 'social'], ['Paid Search', 'search'], ['Display', 'display'], ['Events', 'events'], ['Content', 'content'], ['Partner', 'partner']];
const OWNERS = ['Priya S.', 'Sam Taylor', 'alex.rivera@example.com', 'Müller, José', 'Hannah', 'Jordan L.', 'Li Wei', 'Omar H.'];
const REQUESTERS = ['Sam Taylor', 'Marcus Reyes', 'marcus.reyes@example.com'];
const THEMES = ['Spring Launch', 'Pulse Roadshow', 'Data Leaders', 'Ops Maturity', 'Customer Stories', 'Year End', 'Trial Boost', 'Renewal Push', 'Partner Summit', 'Product Tour', 'Analytics Guide', 'Retail Week', 'Fintech Forum', 'Health Tech', 'CFO Playbook', 'Brand Refresh', 'Dev Community', 'Security Week', 'AI Readiness', 'Cloud Migration', 'Onboarding', 'Win Back', 'Upsell Wave', 'Field Kickoff', 'Summer Sale'];
const FORMATS = ['Webinar Series', 'Nurture', 'Ads', 'Newsletter', 'Guide', 'Roadshow', 'Retargeting', 'Launch', 'Dinner', 'Workshop', 'Report', 'Podcast', 'Case Study', 'Video', 'Checklist', 'Toolkit', 'Calculator', 'Survey', 'Bootcamp', 'Meetup'];
const AUDIENCES = ['Existing customers – NA', 'Trial users', 'Marketing ops leaders', 'CFOs and finance teams', 'Lapsed customers', 'Enterprise prospects'];

/** The slug the naming convention keeps of a title: lower case, hyphens, cut on a word boundary at 30. */
function slug(title, max = 30) {
  const s = title.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (s.length <= max) return s;
  const cut = s.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-')).replace(/-+$/, '');
}

/** The campaign id mops import makes for a tracker row: {year}{quarter}-{region}-{channel}-{slug}. */
export function campaignId(row) {
  const [, m, y] = row.launch.split('/');
  return `${y}q${Math.floor((Number(m) - 1) / 3) + 1}-${row.regionCode}-${row.channelCode}-${slug(row.title)}`;
}

/**
 * The tracker's campaigns: `count` rows in the tracker's words. Seeded rows (by number, from row 2) carry
 * what only a person can settle; `seeded` says which (the import tests assert exactly these).
 */
export function trackerCampaigns(count = 500, seed = 20270101) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const rows = [];
  for (let i = 0; i < count; i++) {
    const [region, regionCode] = REGIONS[(i + Math.floor(i / 7)) % REGIONS.length];
    const multi = i % 9 === 4;
    const [channel, channelCode] = multi ? ['Email; Paid Social', 'multi'] : CHANNELS[(i * 3) % CHANNELS.length];
    // Past 500 rows (the benchmark's 10,000), a wave number in front keeps titles, and so ids, apart.
    const wave = Math.floor(i / (THEMES.length * FORMATS.length));
    const title = `${wave > 0 ? `W${wave + 1} ` : ''}${THEMES[i % THEMES.length]} ${FORMATS[Math.floor(i / THEMES.length) % FORMATS.length]}`;
    const launchDay = dayOf('2027-01-04') + ((i * 17) % 280);
    const budget = 2000 + 500 * Math.floor(rnd() * 37);
    const kpi = i % 4;
    rows.push({
      title: i % 11 === 3 ? `${title} ` : title,
      region,
      regionCode,
      channel,
      channelCode,
      owner: OWNERS[i % OWNERS.length],
      requester: i % 5 === 0 ? '' : pick(REQUESTERS),
      program: i % 3 === 2 ? 'Brand' : 'Demand Gen',
      tier: multi ? (i % 2 ? '2' : '2.0') : i % 2 ? 'Tier 1' : '1',
      stage: 'Brief',
      launch: ukDate(launchDay),
      end: ukDate(launchDay + 14 + Math.floor(rnd() * 28)),
      budget: i % 6 === 5 ? String(budget) : i % 7 === 6 ? `${money(budget)}.00` : money(budget),
      objective: `Reach ${pick(AUDIENCES).toLowerCase()} with ${title.toLowerCase()}`,
      audience: pick(AUDIENCES),
      kpi: ['MQLs', 'Registrations', 'Pipeline', 'CTR'][kpi],
      target: kpi === 3 ? `${1 + Math.floor(rnd() * 4)}.5%` : kpi === 2 ? (50000 + 5000 * Math.floor(rnd() * 20)).toLocaleString('en-US') : String(100 + 50 * Math.floor(rnd() * 20)),
      notes: i % 13 === 7 ? `Agency: "Northwind", brief sent.\nAssets due two weeks before launch.` : i % 17 === 9 ? 'See deck, slide 4' : '',
      spend: money(Math.floor(rnd() * budget)),
    });
  }
  const seed_ = (index, what, change) => {
    if (index < rows.length) Object.assign(rows[index], change, { seeded: what });
  };
  seed_(12, 'owner not in the Team', { owner: 'Chris P.' });
  seed_(87, 'owner not in the Team', { owner: 'Chris P.' });
  seed_(30, 'past a gate with no approval', { stage: 'Creative' });
  seed_(31, 'past a gate with no approval', { stage: 'In Review' });
  seed_(32, 'past a gate with no approval', { stage: 'Live' });
  seed_(140, 'no tier', { tier: '' });
  seed_(141, 'no tier', { tier: '' });
  seed_(200, 'program with no budget', { program: 'Partner Marketing' });
  seed_(201, 'program with no budget', { program: 'Partner Marketing' });
  seed_(250, 'two channels for tier 1', { channel: 'Email; Content', channelCode: 'multi', tier: 'Tier 1' });
  seed_(260, 'ends before it launches', { end: rows[Math.min(260, rows.length - 1)].launch.replace(/^\d\d/, '01') });
  seed_(270, 'budget in another currency', { budget: '£7,500' });
  seed_(300, 'channel not in the convention', { channel: 'Webinar', channelCode: 'webinar' });
  seed_(301, 'channel not in the convention', { channel: 'Webinar', channelCode: 'webinar' });
  seed_(320, 'a date that does not exist', { launch: '31/02/2027' });
  seed_(330, 'no campaign name or region', { title: '', region: '' });
  // The same campaign twice, as a copied row; and an empty row where someone deleted one.
  if (rows.length > 401) rows.splice(401, 1, { ...rows[400], seeded: 'the same campaign as the row above' });
  if (rows.length > 150) rows.splice(150, 0, { blank: true });
  // Spreadsheet rows: the header is row 1.
  const seeded = {};
  rows.forEach((r, i) => r.seeded && (seeded[i + 2] = r.seeded));
  return { rows, seeded };
}

function csv(records, delimiter, eol) {
  const field = (v) => (/["\r\n]/.test(v) || v.includes(delimiter) ? `"${v.replace(/"/g, '""')}"` : v);
  return records.map((r) => r.map(field).join(delimiter)).join(eol) + eol;
}

const TRACKER_HEADERS = ['Campaign Name', 'Region', 'Channel', 'Owner', 'Requested By', 'Program', 'Tier', 'Stage', 'Launch Date', 'End Date', 'Budget', 'Objective', 'Audience', 'KPI', 'Target', 'Notes', 'Spend to date'];

/** The tracker as Excel's "CSV UTF-8" writes it: a byte-order mark, CRLF, and an empty row where the sheet has one. */
export function trackerCsv(count = 500) {
  const { rows } = trackerCampaigns(count);
  const records = rows.map((r) => (r.blank ? TRACKER_HEADERS.map(() => '') : [r.title, r.region, r.channel, r.owner, r.requester, r.program, r.tier, r.stage, r.launch, r.end, r.budget, r.objective, r.audience, r.kpi, r.target, r.notes, r.spend]));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv([TRACKER_HEADERS, ...records], ',', '\r\n'), 'utf8')]);
}

export { csv };

const LINK_HEADERS = ['Campaign', 'Source', 'Medium', 'Content', 'Landing Page', 'Tracked URL', 'Added by'];

/** Pasted links: UTM parameters as the builder wrote them, plus what the ad platform added on the click. */
export function utmLinks() {
  const { rows } = trackerCampaigns(500);
  const briefs = rows.filter((r) => !r.blank && !r.seeded && r.title.trim() !== '');
  const by = (code) => briefs.filter((r) => r.channelCode === code);
  const id = (r) => campaignId(r);
  const url = (landing, params, extra = '') => `${landing}?${params.map(([k, v]) => `${k}=${v}`).join('&')}${extra}`;
  const social = by('social');
  const email = by('email');
  const search = by('search');
  const display = by('display');
  const out = [];
  const link = (campaign, source, medium, content, landing, tracked, who = 'Priya') => out.push([campaign, source, medium, content, landing, tracked, who]);
  for (const [k, r] of social.slice(0, 6).entries()) {
    const params = [['UTM_Source', k % 2 ? 'Meta' : 'meta'], ['utm_medium', 'paid-social'], ['utm_campaign', id(r)], ['utm_content', `ad-${slug(r.title, 20)}`]];
    link(id(r), 'Meta', 'Paid Social', `ad-${slug(r.title, 20)}`, 'https://www.example.com/spring', url('https://www.example.com/spring', params, `&fbclid=IwAR2xK${k}Qm8_aem_AbC`), 'Zoë');
  }
  for (const [k, r] of search.slice(0, 5).entries()) {
    const params = [['utm_source', 'google'], ['utm_medium', 'cpc'], ['utm_campaign', id(r)], ['utm_content', 'cta-search']];
    link(id(r), 'google', 'cpc', 'cta-search', 'https://www.example.com/pricing', url('https://www.example.com/pricing', params, `&gclid=Cj0KCQiA${k}x_BwE`));
  }
  for (const r of email.slice(0, 5)) {
    const params = [['utm_source', 'newsletter'], ['utm_medium', 'email'], ['utm_campaign', id(r)], ['utm_content', 'hero-newsletter']];
    link(id(r), 'newsletter', 'email', 'hero-newsletter', 'https://www.example.com/guide', url('https://www.example.com/guide', params, '&mc_eid=8f3a2b1c9d'));
  }
  // No tracked URL yet: the import builds it from the landing page and the UTM columns.
  for (const r of display.slice(0, 3)) link(id(r), 'Google', 'Display', 'banner-retargeting', 'https://www.example.com/trial?msclkid=4f1e2d', '', 'Li');
  const [a, b, c, d] = [email[6], social[7], search[6], email[7]];
  // What only a person can settle, or what mops fix repairs.
  link(id(a), 'facebook', 'paid-social', 'ad-lookalike', '', url('https://www.example.com/spring', [['utm_source', 'facebook'], ['utm_medium', 'paid-social'], ['utm_campaign', id(a)], ['utm_content', 'ad-lookalike']]));
  link(id(b), 'meta', 'cpc', 'ad-carousel', '', url('https://www.example.com/spring', [['utm_source', 'meta'], ['utm_medium', 'cpc'], ['utm_campaign', id(b)], ['utm_content', 'ad-carousel']]));
  link(id(c), 'google', 'cpc', 'cta-partner', '', url('https://www.example.org/partner', [['utm_source', 'google'], ['utm_medium', 'cpc'], ['utm_campaign', id(c)], ['utm_content', 'cta-partner']]));
  link(id(d), 'newsletter', 'email', 'footer-digest', '', url('http://www.example.com/digest', [['utm_source', 'newsletter'], ['utm_medium', 'email'], ['utm_campaign', id(d)], ['utm_content', 'footer-digest']]));
  const typo = id(email[0]).replace(/-[a-z]+$/, (w) => w.slice(0, -1));
  link(typo, 'newsletter', 'email', 'hero-newsletter', '', url('https://www.example.com/guide', [['utm_source', 'newsletter'], ['utm_medium', 'email'], ['utm_campaign', typo], ['utm_content', 'hero-newsletter']]));
  const report = '2027q2-global-content-state-of-ops-report';
  link(report, 'linkedin', 'organic-social', 'post-launch', '', url('https://www.example.com/report', [['utm_source', 'linkedin'], ['utm_medium', 'organic-social'], ['utm_campaign', report], ['utm_content', 'post-launch']], '&li_fat_id=3f2e1d0c-aaaa'));
  out.push([...out[0]]);
  return out;
}

export function utmLinksCsv() {
  return Buffer.from(csv([LINK_HEADERS, ...utmLinks()], ',', '\n'), 'utf8');
}

const ROSTER = [
  ['Full Name', 'Job Title', 'E-mail', 'Roles', 'Start date'],
  ['Sam Taylor', 'Head of Marketing', 'sam.taylor@example.com', 'Marketing Lead', '04/01/2021'],
  ['Alex Rivera', 'Marketing Operations', 'alex.rivera@example.com', 'Campaign Ops', '01/03/2022'],
  ['Priya Shah', 'Marketing Operations Manager', 'priya.shah@example.com', 'Campaign Ops, Martech', '15/06/2022'],
  ['José Müller', 'Demand Generation Manager', 'jose.muller@example.com', 'Marketing Lead', '02/05/2023'],
  ['Zoë Brennan', 'Brand Designer', 'zoe.brennan@example.com', 'Brand', '11/09/2023'],
  ['Chloé Dubois', 'Legal Counsel', 'chloe.dubois@example.com', 'Legal', '20/11/2023'],
  ['Li Wei', 'Marketing Analytics Lead', 'li.wei@example.com', 'Campaign Ops, Analytics', '08/01/2024'],
  ['Marcus Reyes', 'Director, Demand Generation', 'marcus.reyes@example.com', 'Marketing Lead', '03/04/2024'],
  ['Hannah Kim ', 'Content Marketing Manager', ' HANNAH.KIM@EXAMPLE.COM ', 'Content', '17/06/2024'],
  ['', '', '', '', ''],
  ['Omar Haddad', 'Field and Events Manager', 'omar.haddad@example.com', 'Events', '30/09/2024'],
];

/** Excel's plain "CSV" on a German or French Windows: the 1252 code page, semicolons, CRLF. */
export function rosterCsv() {
  const text = csv(ROSTER, ';', '\r\n');
  return latin1(text);
}

/** Windows-1252 bytes of a text whose characters are all in Latin-1 (the roster's are). */
function latin1(text) {
  for (const ch of text) if (ch.codePointAt(0) > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
  return Buffer.from(text, 'latin1');
}

const d = (iso) => new Date(`${iso}T00:00:00Z`);

/** The inventory sheet's rows: header, then tools; dates as date cells unless the sheet typed them otherwise. */
export const INVENTORY = [
  ['Tool', 'Vendor', 'Category', 'Business Owner', 'Status', 'Annual Cost', 'Licensed Seats', 'Utilisation', 'Renewal Date', 'Notice (days)', 'Auto-renew', 'Holds PII?', 'DPA signed', 'Last reviewed', 'Review every (days)', 'Integrations'],
  ['HubSpot Marketing Hub', 'HubSpot', 'Marketing Automation', 'alex.rivera@example.com', 'Active', '$12,000', 10, 0.8, d('2027-11-30'), 60, true, 'Yes', 'Yes', d('2026-10-01'), 90, 'Salesforce Sales Cloud'],
  ['Salesforce Sales Cloud', 'Salesforce', 'CRM', 'Sam Taylor', 'Active', '$36,000.00', 40, 0.9, d('2027-09-30'), 90, 'yes', true, true, d('2026-10-15'), 180, 'HubSpot Marketing Hub'],
  ['Google Analytics 4', 'Google', 'Analytics', 'Priya S.', 'Active', 0, 15, 1, undefined, undefined, undefined, 'No', undefined, d('2026-11-02'), 180, 'HubSpot Marketing Hub, Salesforce Sales Cloud'],
  ['Hotjar', 'Contentsquare', 'Analytics', 'Li W.', 'Trial', '€1.200,00', 5, '40%', '30/06/2027', 30, 'no', 'Yes', 'Yes', undefined, undefined, 'Google Analytics 4'],
  ['Canva Teams', 'Canva', 'Design', 'Zoë B.', 'Active', '£1,080 / yr', 12, '75%', 46568, 30, 'TRUE', 'No', undefined, d('2026-09-01'), 365, ''],
  ['Zoom Webinars', 'Zoom', 'Webinars', 'Omar Haddad', 'Active ', '12.000,00 €', 3, 1, d('2027-03-31'), 60, 'Y', 'Yes', 'Yes', d('2026-08-20'), 180, 'HubSpot Marketing Hub'],
  ['Hootsuite', 'Hootsuite', 'Social Media', 'chloe.dubois@example.com', 'Sunset', '$7,200', 8, '25%', d('2027-01-15'), 60, true, 'No', undefined, d('2026-06-01'), 180, ''],
  ['Semrush', 'Semrush', 'SEO', 'jose.muller@example.com', 'Active', 'USD 5,000', 4, '100%', d('2027-05-31'), 30, false, 'No', undefined, d('2026-10-20'), 365, 'Google Analytics 4'],
  ['Unbounce', 'Unbounce', 'Landing Pages', 'Chris P.', 'Active', '$4,800', 3, '67%', d('2027-08-31'), 30, true, 'Yes', 'No', d('2026-07-01'), 180, 'HubSpot Marketing Hub'],
  ['Mailchimp', 'Intuit', 'marketing automation', 'Hannah Kim', 'Active', '$3,600', 5, '60%', d('2027-04-30'), 30, true, 'Yes', 'Yes', d('2026-10-10'), 180, ''],
  ['LinkedIn Sales Navigator', 'LinkedIn', 'Sales Intelligence', 'Marcus Reyes', 'Active', '$9,600', 6, '50%', '28/02/2027', 30, true, 'Yes', 'Yes', d('2026-11-01'), 180, 'Salesforce Sales Cloud'],
];

/** The workbook's sheets as write-excel-file takes them: the inventory first, a notes sheet after it. */
export function inventorySheets() {
  const cell = (v) => (v === undefined ? null : v instanceof Date ? { value: v, type: Date, format: 'dd/mm/yyyy' } : typeof v === 'number' ? { value: v, type: Number, format: v > 0 && v < 1 ? '0%' : undefined } : typeof v === 'boolean' ? { value: v, type: Boolean } : { value: v, type: String });
  return [
    { sheet: 'Inventory', data: INVENTORY.map((row, i) => row.map((v) => (i === 0 ? { value: v, type: String, fontWeight: 'bold' } : cell(v)))) },
    { sheet: 'Notes', data: [[{ value: 'Costs are list prices before discounts. Ask Finance for the contracts.', type: String }]] },
  ];
}

/** Every fixture: the text files' bytes and the workbook's bytes (written by write-excel-file). */
export async function fixtureFiles() {
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const workbook = await writeExcelFile(inventorySheets()).toBuffer();
  return {
    'campaign-tracker.csv': trackerCsv(),
    'utm-links.csv': utmLinksCsv(),
    'team-roster.csv': rosterCsv(),
    'tool-inventory.xlsx': workbook,
  };
}

/** Writes the fixtures into examples/spreadsheets. */
export async function writeFixtures(dir = fileURLToPath(new URL('../examples/spreadsheets/', import.meta.url))) {
  mkdirSync(dir, { recursive: true });
  const files = await fixtureFiles();
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return Object.keys(files);
}

// Run as a script (tests import it, bundled, where import.meta is empty).
if (import.meta.url && process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFixtures().then((names) => console.log(`wrote ${names.join(', ')} to examples/spreadsheets`));
}
