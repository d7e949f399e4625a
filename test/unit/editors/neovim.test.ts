// `mops lsp --stdio` in a second real editor: Neovim's built-in LSP client, driven headless by
// test/editors/neovim/client.lua, on a copy of the reference playbook with one unknown owner. A user of Neovim
// sees the same finding as `mops check` (same line, columns, rule and message), completes and hovers people,
// jumps to a person's line in team.yaml, and renames a person across every file that names them.
// The harness is first proved against yaml-language-server, so a failure below it is the server's, not Neovim's.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanup, readTree, REFERENCE, ROOT, tempPlaybook } from '../../helpers';
import {
  completionLabels,
  definitionTargets,
  hoverText,
  neovimVersion,
  runSession,
  type SessionOutput,
  type SessionRun,
} from './neovim-session';

const BROKEN = 'campaigns/2026q4-emea-social-winter-webinar.yaml';
const VALID = 'campaigns/2026q4-na-email-black-friday.yaml';
const TEAM = 'team.yaml';
const UNKNOWN = 'nobody.here';
const RENAMED_FROM = 'tom.becker';
const RENAMED_TO = 'tom.baker';
const TIMEOUT_MS = 20_000;

interface CliFinding {
  rule: string;
  message: string;
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** The 0-based line of the first line of `text` that starts with `prefix`, and the column just after it. */
function endOf(text: string, prefix: string): { line: number; character: number } {
  const line = text.split('\n').findIndex((l) => l.startsWith(prefix));
  assert.ok(line >= 0, `no line starting with ${JSON.stringify(prefix)}`);
  return { line, character: prefix.length };
}

/** What the harness saw, with its steps and the server's log when something went wrong, for a failure message. */
function explain(run: SessionRun): string {
  const o = run.output;
  return [
    `server: ${o.server.join(' ')}`,
    `steps: ${o.steps.join(' → ')}`,
    o.error ? `error: ${o.error}` : '',
    o.messages.length ? `messages: ${o.messages.map((m) => m.message).join(' | ')}` : '',
    o.log?.length ? `log:\n${o.log.join('\n')}` : '',
    run.stderr ? `stderr: ${run.stderr}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function assertCompleted(run: SessionRun): SessionOutput {
  assert.ok(run.output.ok && run.status === 0, `the Neovim session failed (exit ${run.status})\n${explain(run)}`);
  return run.output;
}

/** The answer to one request, failing with the server's error when it answered one (e.g. an unhandled method). */
function resultOf(output: SessionOutput, name: string): unknown {
  const response = output.responses[name];
  assert.ok(response, `no response to ${name}`);
  assert.equal(response.error, undefined, `${name}: the server answered an error: ${JSON.stringify(response.error)}`);
  return response.result;
}

describe('Neovim (built-in LSP client, headless)', function () {
  this.timeout(120_000);

  before(function () {
    // Not a skip: npm test installs Neovim (scripts/vscode/install-system.sh), so its absence is a broken set-up.
    neovimVersion();
  });

  after(cleanup);

  describe('the harness, against yaml-language-server', function () {
    it('gets schema diagnostics, completion and hover through Neovim', function () {
      const brief = readFileSync(join(REFERENCE, VALID), 'utf8').replace(/^status: active$/m, 'status: paused');
      const dir = tempPlaybook({ [VALID]: brief });
      const status = endOf(brief, 'status: ');
      const schemas = { [pathToFileURL(join(ROOT, 'schemas', 'mops.schema.json')).href]: ['*.yaml'] };
      const run = runSession(
        {
          root: dir,
          open: [VALID],
          min_diagnostics: { [VALID]: 1 },
          settings: { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false }, schemas } },
          timeout_ms: TIMEOUT_MS,
          requests: [
            { name: 'completion', method: 'textDocument/completion', file: VALID, ...status },
            { name: 'hover', method: 'textDocument/hover', file: VALID, line: status.line, character: 1 },
          ],
        },
        [process.execPath, join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
      );
      const output = assertCompleted(run);
      const found = output.diagnostics[VALID].filter((d) => d.lnum === status.line);
      assert.deepEqual(
        found.map((d) => [d.col, d.end_col]),
        [[status.character, status.character + 'paused'.length]],
        explain(run),
      );
      assert.ok(completionLabels(resultOf(output, 'completion')).includes('on-hold'));
      assert.match(hoverText(resultOf(output, 'hover')), /active/);
    });
  });

  describe('mops lsp --stdio', function () {
    let dir: string;
    let original: Record<string, string>;
    let run: SessionRun;
    let output: SessionOutput;
    let expected: CliFinding;
    const positions: Record<string, { line: number; character: number }> = {};

    before(function () {
      const files = readTree(REFERENCE);
      files[BROKEN] = files[BROKEN].replace(/^owner: .*$/m, `owner: ${UNKNOWN}`);
      assert.ok(files[BROKEN].includes(`owner: ${UNKNOWN}`), 'the defect was not introduced');
      original = files;
      dir = tempPlaybook(files);

      // The CLI on the same copy says where the finding is; Neovim must show it there.
      const check = spawnSync(process.execPath, [join(ROOT, 'bin', 'mops.js'), 'check', '--format', 'json', dir], {
        encoding: 'utf8',
      });
      const findings = (JSON.parse(check.stdout) as { findings: CliFinding[] }).findings;
      const unknown = findings.filter((f) => f.rule === 'ref/unknown-person');
      assert.equal(unknown.length, 1, `the CLI should report one unknown person: ${check.stdout}`);
      expected = unknown[0];
      assert.equal(expected.file, BROKEN);

      positions.completion = endOf(files[BROKEN], 'owner: ');
      positions.owner = endOf(files[VALID], 'owner: ');
      // Inside the id, where a user's cursor would be for :lua vim.lsp.buf.rename().
      positions.rename = { line: endOf(files[TEAM], `  - id: ${RENAMED_FROM}`).line, character: '  - id: '.length + 2 };
      run = runSession({
        root: dir,
        open: [BROKEN],
        min_diagnostics: { [BROKEN]: 1 },
        timeout_ms: TIMEOUT_MS,
        requests: [
          { name: 'completion', method: 'textDocument/completion', file: BROKEN, ...positions.completion },
          { name: 'hover', method: 'textDocument/hover', file: VALID, ...positions.owner },
          { name: 'definition', method: 'textDocument/definition', file: VALID, ...positions.owner },
          { name: 'rename', method: 'textDocument/rename', file: TEAM, ...positions.rename, new_name: RENAMED_TO, apply: true },
        ],
        write: true,
      });
      output = assertCompleted(run);
    });

    it('shows the unknown owner where `mops check` puts it, with its rule as the code', function () {
      const shown = output.diagnostics[BROKEN].filter((d) => d.code === 'ref/unknown-person');
      assert.deepEqual(
        shown.map((d) => ({ line: d.lnum, col: d.col, endLine: d.end_lnum, endCol: d.end_col, message: d.message })),
        [
          {
            line: expected.range.start.line,
            col: expected.range.start.character,
            endLine: expected.range.end.line,
            endCol: expected.range.end.character,
            message: expected.message,
          },
        ],
        `Neovim holds ${JSON.stringify(output.diagnostics[BROKEN])}`,
      );
      assert.equal(shown[0].severity, 1, 'an error (vim.diagnostic.severity.ERROR)');
    });

    it('completes `owner: ` with the Team’s members', function () {
      const labels = completionLabels(resultOf(output, 'completion'));
      const members = [...original[TEAM].matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]);
      assert.ok(members.includes('priya.shah'), 'the reference Team has changed');
      for (const member of members) assert.ok(labels.includes(member), `${member} not offered: ${labels.join(', ')}`);
    });

    it('names the person on hover over a valid owner', function () {
      assert.match(hoverText(resultOf(output, 'hover')), /Priya Shah/);
    });

    it('goes from an owner to the member’s line in team.yaml', function () {
      const targets = definitionTargets(resultOf(output, 'definition'));
      const memberLine = endOf(original[TEAM], '  - id: priya.shah').line;
      assert.deepEqual(
        targets.map((t) => ({ file: relative(dir, t.path).split(sep).join('/'), line: t.range.start.line })),
        [{ file: TEAM, line: memberLine }],
      );
    });

    it('renames a person in every file that names them, in the buffers and on disk', function () {
      resultOf(output, 'rename');
      const naming = Object.keys(original).filter((f) => original[f].includes(RENAMED_FROM));
      assert.ok(naming.length >= 3, `the reference names ${RENAMED_FROM} in team.yaml and two briefs`);
      const want = Object.fromEntries(naming.map((f) => [f, original[f].replaceAll(RENAMED_FROM, RENAMED_TO)]));

      // Neovim's buffers hold the lines without the final newline.
      const buffers = Object.fromEntries(Object.entries(output.edits.rename ?? {}).map(([f, t]) => [f, `${t}\n`]));
      assert.deepEqual(buffers, want, 'the buffers the rename touched');
      assert.deepEqual(output.written, [...naming].sort(), 'the files :wall wrote');

      const now = readTree(dir);
      for (const file of Object.keys(original)) {
        assert.equal(now[file], want[file] ?? original[file], `${file} on disk after :wall`);
      }
    });
  });
});
