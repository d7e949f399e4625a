// mops's language server in a browser worker: the web extension's server. The same src/lsp as `mops lsp`, on
// the browser transport (messages through the worker's port), reading every playbook through the client
// (`mops/fs`): a worker has no file system of its own.

import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server';
import pkg from '../../package.json';

/** The worker's global scope: what the browser transport reads from and writes to. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
// No file system here: every root is read through the client, which the web extension offers.
startServer(connection, { fileSystem: () => undefined, version: pkg.version });
