// Usage mistakes get a short message in the user's words and the nearest thing they may have meant: an
// unknown option of any command, an unknown command, a rule's short name or family, a brief id with a typo.

import assert from 'node:assert/strict';
import { RULES } from '../../../src/core';
import { cleanup, REFERENCE, runCli, tempPlaybook } from '../../helpers';

const BRIEF = '2026q4-na-email-black-friday';
const LINK = ['--source', 'newsletter', '--medium', 'email', '--landing', 'https://shop.acme.example/'];

describe('usage mistakes', () => {
  afterEach(cleanup);

  const typos: Array<[string[], string]> = [
    [['check', '--formt', 'json'], "mops: unknown option '--formt'; did you mean --format?\n"],
    [['check', '.', '--max-warning', '0'], "mops: unknown option '--max-warning'; did you mean --max-warnings?\n"],
    [['check', '--no-colour'], "mops: unknown option '--no-colour'; did you mean --no-color?\n"],
    [['check', '-x'], "mops: unknown option '-x'; mops check --help lists the options.\n"],
    [['check', '--format'], 'mops: --format needs a value (see mops check --help).\n'],
    [['check', '--quiet=yes'], 'mops: --quiet takes no value; write --quiet alone.\n'],
    [['check', '--output', '--quiet'], "mops: --output needs a value, and '--quiet' after it looks like an option; if it is the value, write --output=--quiet.\n"],
    [['baseline', 'b.json', '--tody', '2026-11-20'], "mops: unknown option '--tody'; did you mean --today?\n"],
    [['report', 'pipeline', '--fromat', 'md'], "mops: unknown option '--fromat'; did you mean --format?\n"],
    [['report', 'all', '--outdir', 'x'], "mops: unknown option '--outdir'; did you mean --out-dir?\n"],
    [['init', '--forse'], "mops: unknown option '--forse'; did you mean --force?\n"],
    [['utm', 'build', '--campain', BRIEF, ...LINK], "mops: unknown option '--campain'; did you mean --campaign?\n"],
    [['rules', '--formt', 'json'], "mops: unknown option '--formt'; did you mean --format?\n"],
    [['rules', 'utm'], "mops: No such file or folder: utm. mops rules [path] takes a playbook; to list a family's rules, run mops explain utm.\n"],
    [['explain', 'utm/case', '--format', 'json'], "mops: unknown option '--format'; mops explain --help lists the options.\n"],
    [['chek'], "mops: unknown command 'chek'; did you mean 'check'? Run mops --help for the commands.\n"],
    [['reprot', 'pipeline'], "mops: unknown command 'reprot'; did you mean 'report'? Run mops --help for the commands.\n"],
    [['lint'], "mops: unknown command 'lint'. Run mops --help for the commands.\n"],
    [['check', '.', '--format', 'jsn'], "mops: Unknown format 'jsn'. Did you mean 'json'? Formats: stylish, json, sarif, github, gitlab, junit, markdown.\n"],
    [['utm', 'biuld'], "mops: Unknown utm command 'biuld'. Did you mean 'build'? Try: mops utm build --help\n"],
  ];
  for (const [args, stderr] of typos) {
    it(`mops ${args.join(' ')}`, async () => {
      const run = await runCli(args, tempPlaybook({}));
      assert.deepEqual(run, { code: 2, stdout: '', stderr });
    });
  }

  describe('mops explain', () => {
    it('finds a rule by its short name', async () => {
      const run = await runCli(['explain', 'gate-missing']);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^# brief\/gate-missing\n/);
      assert.equal(run.stdout, (await runCli(['explain', 'brief/gate-missing'])).stdout);
    });

    it('lists the candidates of a short name that several families use', async () => {
      const run = await runCli(['explain', 'review-overdue']);
      assert.deepEqual(run, {
        code: 2,
        stdout: '',
        stderr: "mops: 'review-overdue' is the name of 2 rules: martech/review-overdue, sop/review-overdue. Run mops explain with one of them.\n",
      });
    });

    it("lists a family's rules", async () => {
      for (const family of ['utm', 'utm/', 'utm/*', 'UTM']) {
        const run = await runCli(['explain', family]);
        assert.equal(run.code, 0, family);
        const [title, blank, ...lines] = run.stdout.trimEnd().split('\n');
        assert.equal(title, "The utm rules (mops explain RULE prints one's documentation):");
        assert.equal(blank, '');
        assert.deepEqual(
          lines.map((l) => l.split(/ +/)[0]),
          RULES.filter((r) => r.id.startsWith('utm/')).map((r) => r.id),
        );
      }
    });

    it('suggests the nearest rule, family or short name for a typo', async () => {
      for (const [typo, meant] of [['gate-mising', 'brief/gate-missing'], ['utn', 'utm'], ['brief/gate-mising', 'brief/gate-missing']]) {
        const run = await runCli(['explain', typo]);
        assert.deepEqual(run, { code: 2, stdout: '', stderr: `mops: There is no rule '${typo}'. Did you mean '${meant}'? Run \`mops rules\` for the list.\n` });
      }
    });
  });

  it('mops utm build --campaign with a typo names the nearest brief', async () => {
    const run = await runCli(['utm', 'build', '--campaign', '2026q4-na-email-blackfriday', ...LINK], REFERENCE);
    assert.deepEqual(run, { code: 2, stdout: '', stderr: `mops: There is no brief with the id '2026q4-na-email-blackfriday' in this playbook. Did you mean '${BRIEF}'?\n` });
  });
});
