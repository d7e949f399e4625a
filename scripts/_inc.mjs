import core from '/tmp/core.cjs';
import fs from 'node:fs';
const root = '/tmp/rp';
const nfs = {
  async readDirectory(p) { return fs.readdirSync(root + '/' + p, { withFileTypes: true }).map(d => ({ name: d.name, type: d.isDirectory() ? 'directory' : 'file' })); },
  async readFile(p) { return fs.readFileSync(root + '/' + p); },
  async exists(p) { return fs.existsSync(root + '/' + p); },
};
const extra = 'campaigns/2026q4-na-email-cyber-monday.yaml';
const text = fs.readFileSync(root + '/' + extra, 'utf8');
fs.renameSync(root + '/' + extra, '/tmp/extra.yaml');
try {
  const ws = await core.loadPlaybook(nfs, {});
  const affected = ws.set(extra, { type: 'text', text });
  console.log('affected', affected);
  console.log(ws.findings(extra).map(f => f.rule + '@' + f.range.start.line));
} finally { fs.renameSync('/tmp/extra.yaml', root + '/' + extra); }
