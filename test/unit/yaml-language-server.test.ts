// The schema contribution as shipped (package.json contributes.yamlValidation → schemas/mops.schema.json), run by
// the real yaml-language-server over stdio LSP: the reference playbook validates clean, a broken brief gets the
// schema errors on the right lines, completion and hover reach the Brief schema through the dispatcher, and YAML
// that is not ours (Compose, a GitHub workflow, a Kubernetes ConfigMap) gets no diagnostics at all.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanup, listFiles, REFERENCE, ROOT, tempPlaybook } from '../helpers';
import { LspClient } from './lsp-client';

interface Position {
  line: number;
  character: number;
}
interface Diagnostic {
  range: { start: Position; end: Position };
  message: string;
  severity?: number;
  source?: string;
}
interface PublishDiagnostics {
  uri: string;
  diagnostics: Diagnostic[];
}
interface CompletionItem {
  label: string;
  insertText?: string;
  textEdit?: { newText: string };
}
type MarkupContent = { kind: string; value: string } | string | { language: string; value: string }[];
interface SchemaProperty {
  description: string;
  markdownDescription?: string;
  enum?: string[];
}

const SERVER = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { yamlValidation: { fileMatch: string | string[]; url: string }[] };
};
const BRIEF_SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schemas', 'brief.schema.json'), 'utf8')) as {
  properties: Record<string, SchemaProperty>;
};
const STATUS = BRIEF_SCHEMA.properties.status;

/** `yaml.schemas` as VS Code would hold it for the contribution: schema file URI → globs, read from package.json. */
const SCHEMAS = Object.fromEntries(
  MANIFEST.contributes.yamlValidation.map((c) => [
    pathToFileURL(resolve(ROOT, c.url)).href,
    ([] as string[]).concat(c.fileMatch),
  ]),
);
const MOPS_SCHEMA_URI = pathToFileURL(join(ROOT, 'schemas', 'mops.schema.json')).href;
const SETTINGS = {
  yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false }, schemas: SCHEMAS },
};

/** The reference brief the broken, completion and hover documents start from. */
const BRIEF_FILE = 'campaigns/2026q4-na-email-black-friday.yaml';
const BRIEF_TEXT = readFileSync(join(REFERENCE, BRIEF_FILE), 'utf8');
const BAD_STATUS = 'paused';
const UNKNOWN_PROPERTY = 'budget_owner';

/**
 * YAML from other tools, which the dispatcher must leave alone. The workflow is not under .github/: the server
 * matches globs with picomatch without `dot`, so `*.yml` never applies to a path with a dot-folder, and a file
 * there would get no schema at all, proving nothing.
 */
const FOREIGN: Record<string, string> = {
  'docker-compose.yml': [
    'services:',
    '  web:',
    '    image: nginx:1.27',
    '    ports: ["8080:80"]',
    '    environment:',
    '      STAGE: creative',
    '      kind: Brief',
    'volumes:',
    '  data: {}',
    '',
  ].join('\n'),
  'ci/github-workflow.yml': [
    'name: CI',
    'on: [push, pull_request]',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: npm ci && npm test',
    '',
  ].join('\n'),
  'k8s/configmap.yaml': [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: mops-settings',
    'data:',
    '  tier: "2"',
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: web }',
    'spec: { replicas: 2 }',
    '',
  ].join('\n'),
};

const WAIT_MS = 15_000;

/** The line (0-based) of the first line of `text` that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const line = text.split('\n').findIndex((l) => l.startsWith(prefix));
  assert.ok(line >= 0, `no line starting with ${prefix}`);
  return line;
}

function hoverText(contents: MarkupContent): string {
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map((c) => c.value).join('\n');
  return contents.value;
}

describe('yaml-language-server with the contributed schema', function () {
  this.timeout(60_000);
  let server: LspClient;
  let dir: string;
  let version = 0;

  /** Opens a document and resolves with the first diagnostics for it (that `accept` takes) published after that. */
  async function open(
    uri: string,
    text: string,
    accept: (diagnostics: Diagnostic[]) => boolean = () => true,
    what = `diagnostics for ${uri}`,
  ): Promise<Diagnostic[]> {
    const published = server.waitFor<PublishDiagnostics>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && accept(p.diagnostics),
      what,
      WAIT_MS,
    );
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text } });
    return (await published).diagnostics;
  }

  function close(uri: string): void {
    server.notify('textDocument/didClose', { textDocument: { uri } });
  }

  function uriOf(path: string): string {
    return pathToFileURL(join(dir, ...path.split('/'))).href;
  }

  /** Fails unless the server applies exactly the contributed schema to the document (else no error proves nothing). */
  async function assertAssociated(uri: string, name: string): Promise<void> {
    const schemas = await server.request<{ uri: string }[]>('yaml/get/jsonSchema', uri);
    assert.deepEqual(schemas.map((s) => s.uri), [MOPS_SCHEMA_URI], `${name} is not associated with the mops schema`);
  }

  function show(diagnostics: Diagnostic[]): string {
    return diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join('\n');
  }

  before(async function () {
    dir = tempPlaybook({ [BRIEF_FILE]: BRIEF_TEXT, ...FOREIGN });
    server = new LspClient(process.execPath, [SERVER, '--stdio'], ROOT, (method, params) => {
      if (method !== 'workspace/configuration') return null;
      // Each item asks for a section ('yaml', 'http', '[yaml]', 'editor'); only 'yaml' is set.
      const { items } = params as { items: { section?: string }[] };
      return items.map((item) => (item.section === 'yaml' ? SETTINGS.yaml : null));
    });
    const folders = [REFERENCE, dir].map((path) => ({ uri: pathToFileURL(path).href, name: path }));
    const init = await server.request<{ serverInfo?: { name: string; version?: string } }>('initialize', {
      processId: process.pid,
      rootUri: folders[0].uri,
      workspaceFolders: folders,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          formatting: { dynamicRegistration: true },
        },
      },
    });
    assert.equal(init.serverInfo?.name, 'yaml-language-server');
    server.notify('initialized', {});
    server.notify('workspace/didChangeConfiguration', { settings: SETTINGS });
    // The settings arrive asynchronously (the server pulls them): until a document known to be wrong gets a
    // schema error, the schema is not in force and an empty diagnostics list would prove nothing.
    const probe = uriOf('campaigns/probe.yaml');
    const what = `the schema to take effect on ${probe} (a Brief without its required fields to get a diagnostic)`;
    await open(probe, 'apiVersion: mops/v1\nkind: Brief\n', (diagnostics) => diagnostics.length > 0, what);
    close(probe);
  });

  after(async function () {
    cleanup();
    const exit = await server?.close();
    assert.deepEqual(exit, { code: 0, signal: null }, 'the server did not exit by itself after shutdown and exit');
  });

  it('associates every reference file with the contributed schema, and validates the reference playbook clean', async () => {
    const files = listFiles(REFERENCE).filter((f) => /\.ya?ml$/.test(f));
    assert.ok(files.length >= 10, `too few reference files: ${files.join(', ')}`);
    const uris = files.map((file) => pathToFileURL(join(REFERENCE, file)).href);
    const results = await Promise.all(files.map((file, i) => open(uris[i], readFileSync(join(REFERENCE, file), 'utf8'))));
    for (const [i, file] of files.entries()) {
      await assertAssociated(uris[i], file);
      assert.deepEqual(results[i], [], `${file}:\n${show(results[i])}`);
      close(uris[i]);
    }
  });

  it('reports an unknown status and an unknown property of a brief on their lines', async () => {
    assert.ok(STATUS.enum, 'brief.schema.json has no status enum');
    assert.ok(!STATUS.enum.includes(BAD_STATUS));
    const text = BRIEF_TEXT.replace(/^status: .*$/m, `status: ${BAD_STATUS}`) // an enum value the schema lacks
      .replace(/^owner: /m, `${UNKNOWN_PROPERTY}: finance\nowner: `); // a property the schema lacks
    const uri = uriOf('campaigns/broken.yaml');
    const diagnostics = await open(uri, text);
    const statusLine = lineOf(text, 'status:');
    const unknownLine = lineOf(text, `${UNKNOWN_PROPERTY}:`);
    const lines = [...new Set(diagnostics.map((d) => d.range.start.line))].sort((a, b) => a - b);
    assert.deepEqual(lines, [statusLine, unknownLine].sort((a, b) => a - b), show(diagnostics));
    const onStatus = diagnostics.filter((d) => d.range.start.line === statusLine);
    assert.ok(
      onStatus.some((d) => STATUS.enum!.every((v) => d.message.includes(v))),
      `the status error does not list the allowed values:\n${show(onStatus)}`,
    );
    const onUnknown = diagnostics.filter((d) => d.range.start.line === unknownLine);
    assert.ok(
      onUnknown.some((d) => d.message.includes(UNKNOWN_PROPERTY)),
      `the unknown property is not named:\n${show(onUnknown)}`,
    );
    close(uri);
  });

  it('offers the status values of the Brief schema as completions', async () => {
    const text = BRIEF_TEXT.replace(/^status: .*$/m, 'status: ');
    const uri = uriOf('campaigns/complete.yaml');
    await open(uri, text);
    const line = lineOf(text, 'status:');
    const result = await server.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', {
      textDocument: { uri },
      position: { line, character: 'status: '.length },
    });
    const items = Array.isArray(result) ? result : result.items;
    const labels = items.map((i) => i.label);
    assert.deepEqual([...labels].sort(), [...STATUS.enum!].sort(), `completion offered: ${labels.join(', ')}`);
    close(uri);
  });

  it('shows the description of a property from the Brief schema on hover', async () => {
    const uri = uriOf(BRIEF_FILE);
    await open(uri, BRIEF_TEXT);
    const line = lineOf(BRIEF_TEXT, 'status:');
    const hover = await server.request<{ contents: MarkupContent } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line, character: 2 },
    });
    assert.ok(hover, 'no hover on status');
    const shown = hoverText(hover.contents);
    const expected = STATUS.markdownDescription ?? STATUS.description;
    assert.ok(shown.includes(expected), `hover does not show the schema's description:\n${shown}`);
    close(uri);
  });

  for (const file of Object.keys(FOREIGN)) {
    it(`leaves ${file} alone`, async () => {
      const uri = uriOf(file);
      const diagnostics = await open(uri, FOREIGN[file]);
      await assertAssociated(uri, file);
      assert.deepEqual(diagnostics, [], show(diagnostics));
      close(uri);
    });
  }
});
