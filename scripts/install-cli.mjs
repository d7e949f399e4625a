// Installs and builds the mops CLI in a source checkout, fast: the production dependencies and esbuild alone, not
// the six hundred packages that the editor's tests need. The GitHub Action (action.yml) runs it on its own checkout.
//
// Why not `npm ci`: it installs every devDependency (about 60 s and 400 MB here) for a build that needs esbuild
// only. Why not `npm ci --omit=dev`: that leaves esbuild out, and `npm install esbuild` in the checkout reifies
// the whole tree again. So esbuild comes from a lockfile of its own, cut from package-lock.json (the same
// versions and integrity hashes), installed with `npm ci` in a folder beside and moved into node_modules.
// Every install is `--ignore-scripts` (esbuild's JavaScript API finds its platform binary without its
// postinstall) and `--prefer-offline`, so a warm npm cache is used without asking the registry.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const NPM_FLAGS = ['--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'];
const started = Date.now();

function npm(cwd, args) {
  // npm is a .cmd on Windows runners; through a shell it is found there too. The arguments are our own constants.
  execFileSync('npm', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' });
}

console.log('mops: installing the production dependencies (npm ci --omit=dev)');
npm(root, ['ci', '--omit=dev', ...NPM_FLAGS]);

// esbuild and its platform packages, as our lockfile pins them, as a project of their own.
const tools = Object.fromEntries(
  Object.entries(lock.packages)
    .filter(([path]) => path === 'node_modules/esbuild' || path.startsWith('node_modules/@esbuild/'))
    // Flags that say how the entry sits in our tree (a devDependency there): recomputed for the new one.
    .map(([path, entry]) => [path, Object.fromEntries(Object.entries(entry).filter(([key]) => !['dev', 'devOptional', 'peer'].includes(key)))]),
);
const version = tools['node_modules/esbuild']?.version;
if (!version) throw new Error('package-lock.json has no esbuild entry: run npm install in the mops checkout first');
const name = 'mops-build-tools';
const dependencies = { esbuild: version };
// Inside node_modules (npm leaves dot-folders alone), so that moving its packages is a rename on one file system.
const side = join(root, 'node_modules', '.mops-build-tools');
rmSync(side, { recursive: true, force: true });
mkdirSync(side, { recursive: true });
writeFileSync(join(side, 'package.json'), JSON.stringify({ name, private: true, dependencies }));
writeFileSync(join(side, 'package-lock.json'), JSON.stringify({ name, lockfileVersion: 3, requires: true, packages: { '': { name, dependencies }, ...tools } }));
console.log(`mops: installing esbuild ${version} for the build`);
npm(side, ['ci', ...NPM_FLAGS]);
renameSync(join(side, 'node_modules', 'esbuild'), join(root, 'node_modules', 'esbuild'));
mkdirSync(join(root, 'node_modules', '@esbuild'), { recursive: true });
for (const platform of readdirSync(join(side, 'node_modules', '@esbuild'))) {
  renameSync(join(side, 'node_modules', '@esbuild', platform), join(root, 'node_modules', '@esbuild', platform));
}
rmSync(side, { recursive: true, force: true });

console.log('mops: building');
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
console.log(`mops: ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${join(root, 'bin', 'mops.js')})`);
