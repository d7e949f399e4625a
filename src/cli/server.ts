// The desktop extension's language server (dist/server.js): `mops lsp` on its own, without the rest of the CLI,
// started by the extension's client in a Node process (`--node-ipc`, added by vscode-languageclient).

import { lsp } from './commands/lsp';
import { processOutputs } from './stdio';

const outputs = processOutputs(process.stdout, process.stderr);
lsp({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: outputs.stdout, stderr: outputs.stderr, env: process.env }, process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`mops lsp: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
