#!/usr/bin/env node
// The `mops` command: runs the bundled CLI, building it first if a fresh clone has not yet been built.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(bundle)) {
  require('node:child_process').execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build.mjs')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
require(bundle).run();
