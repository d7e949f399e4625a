// The extension-host test entry, as @vscode/test-electron and the code-server runner expect: `run()` runs
// every `*.test.js` bundle next to this file with mocha inside the editor and rejects when one fails.
// MOPS_TEST_GREP runs only the tests whose full title matches it.

import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  if (process.env.MOPS_TEST_GREP) mocha.grep(process.env.MOPS_TEST_GREP);
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}
