// The extension manifest and the .vsix: every file the manifest names exists and ships, the settings the
// editor issue asks for are declared with descriptions, and the package holds nothing that does not run.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = join(__dirname, '..', '..', '..');

interface Manifest {
  main: string;
  browser: string;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | string; restrictedConfigurations?: string[] }; virtualWorkspaces: boolean };
  contributes: {
    grammars: Array<{ path: string; injectTo: string[] }>;
    yamlValidation: Array<{ url: string; fileMatch: string[] }>;
    configuration: { properties: Record<string, { type: string; default: unknown; description?: string; markdownDescription?: string }> };
    commands: Array<{ command: string; title: string; category?: string }>;
    walkthroughs: Array<{ steps: Array<{ media: { markdown?: string; image?: string } }> }>;
  };
}

const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as Manifest;
const relative = (path: string) => path.replace(/^\.\//, '');

/** Every file the manifest points at. */
function namedFiles(): string[] {
  const c = manifest.contributes;
  return [
    manifest.main,
    manifest.browser,
    ...c.grammars.map((g) => g.path),
    ...c.yamlValidation.map((v) => v.url),
    ...c.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.markdown ?? s.media.image ?? '')),
  ].map(relative);
}

describe('extension manifest', () => {
  it('names only files that exist', () => {
    for (const file of namedFiles()) assert.ok(existsSync(join(repo, file)), `${file} exists`);
  });

  it('activates on a playbook folder and on YAML, and declares trust and virtual workspaces', () => {
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/mops.config.yaml'));
    assert.ok(manifest.activationEvents.includes('onLanguage:yaml'));
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['mops.reports.outputFolder']);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
  });

  it('declares every mops setting with a type, a default and a description', () => {
    const properties = manifest.contributes.configuration.properties;
    for (const key of ['mops.enable', 'mops.validate.onType', 'mops.validate.debounceMs', 'mops.maxFileSize', 'mops.reports.outputFolder']) {
      const property = properties[key];
      assert.ok(property, `${key} is declared`);
      assert.ok(property.type && property.default !== undefined, `${key} has a type and a default`);
      assert.ok((property.markdownDescription ?? property.description ?? '').length > 20, `${key} is described`);
    }
  });

  it('puts every command under the mops category', () => {
    assert.ok(manifest.contributes.commands.length >= 6);
    for (const command of manifest.contributes.commands) {
      assert.match(command.command, /^mops\./);
      assert.equal(command.category, 'mops', `${command.command} is in the mops category`);
    }
  });
});

describe('the .vsix', function () {
  this.timeout(60_000);
  let files: string[];

  before(() => {
    const vsce = join(repo, 'node_modules', '@vscode', 'vsce', 'vsce');
    files = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: repo, encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  });

  it('ships every file the manifest names, the schemas and the rule docs', () => {
    for (const file of namedFiles()) assert.ok(files.includes(file), `${file} is in the .vsix`);
    for (const kind of ['brief', 'team', 'tool', 'workflow', 'sop']) assert.ok(files.includes(`schemas/${kind}.schema.json`));
    assert.ok(files.includes('docs/rules/ref/unknown-person.md'));
    assert.ok(files.includes('LICENSE') && files.includes('README.md'));
  });

  it('ships nothing that does not run: no sources, tests, source maps, CLI bundle or earlier packages', () => {
    const stray = files.filter((f) => /^(src|test|scripts|out|node_modules|\.tools|\.ci)\//.test(f) || /\.(map|ts|vsix)$/.test(f) || f === 'dist/cli.js');
    assert.deepEqual(stray, []);
  });
});
