// Regenerates the README's rule table (between <!-- rules:start --> and <!-- rules:end -->) from `mops rules`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const table = execFileSync(process.execPath, ['bin/mops.js', 'rules', '--format', 'markdown'], { cwd: root, encoding: 'utf8' });
const readme = readFileSync(`${root}/README.md`, 'utf8');
const start = '<!-- rules:start -->\n';
const end = '<!-- rules:end -->';
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from === -1 || to === -1) throw new Error('README.md lacks the rules markers');
writeFileSync(`${root}/README.md`, readme.slice(0, from + start.length) + table + readme.slice(to));
console.log('README rule table regenerated');
