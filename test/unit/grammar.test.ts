// The TextMate injection grammar (syntaxes/mops-yaml.injection.tmLanguage.json), run by the real engine
// (vscode-textmate with vscode-oniguruma, as in VS Code) over a small YAML base grammar of our own.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type IOnigLib, type IToken, type StateStack } from 'vscode-textmate';
import { assertLinear, ROOT } from '../helpers';

const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'mops-yaml.injection.tmLanguage.json');
const GRAMMAR_TEXT = readFileSync(GRAMMAR_PATH, 'utf8');
const INJECTION = JSON.parse(GRAMMAR_TEXT) as Record<string, unknown>;

/**
 * Stand-ins for VS Code's YAML grammar (not in node_modules). Both open a comment the way real YAML grammars do:
 * `hash` matches the '#' alone, as VS Code's current grammar does; `blank` opens the comment on the blank before
 * the '#' and takes the '#' in the same match, the hardest case for an injection.
 */
function baseGrammar(commentStyle: 'hash' | 'blank'): object {
  const comment =
    commentStyle === 'hash'
      ? {
          begin: '(?:^|(?<=[ \\t]))#',
          end: '$',
          beginCaptures: { 0: { name: 'punctuation.definition.comment.yaml' } },
          name: 'comment.line.number-sign.yaml',
        }
      : {
          begin: '(?:^[ \\t]*|[ \\t]+)#',
          end: '$',
          name: 'comment.line.number-sign.yaml',
        };
  return {
    scopeName: 'source.yaml',
    name: 'YAML (test stand-in)',
    patterns: [
      { include: '#comment' },
      { include: '#sequence-item' },
      { include: '#key' },
      { include: '#double' },
      { include: '#single' },
      { include: '#plain' },
    ],
    repository: {
      comment,
      'sequence-item': { match: '(?<=^|[ \\t])-(?=[ \\t]|$)', name: 'punctuation.definition.block.sequence.item.yaml' },
      key: {
        match: '([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*(:)(?=[ \\t]|$)',
        captures: { 1: { name: 'entity.name.tag.yaml' }, 2: { name: 'punctuation.separator.key-value.mapping.yaml' } },
      },
      double: {
        begin: '"',
        end: '"',
        name: 'string.quoted.double.yaml',
        patterns: [{ match: '\\\\.', name: 'constant.character.escape.yaml' }],
      },
      single: { begin: "'", end: "'(?!')", name: 'string.quoted.single.yaml' },
      plain: { begin: '(?=[^ \\t\\n#"\'])', end: '(?=[ \\t]+#|[ \\t]*$)', name: 'string.unquoted.plain.out.yaml' },
    },
  };
}

let onigLib: Promise<IOnigLib> | undefined;
function loadOniguruma(): Promise<IOnigLib> {
  if (!onigLib) {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    const data = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer;
    onigLib = oniguruma.loadWASM(data).then(() => ({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }));
  }
  return onigLib;
}

async function loadYaml(commentStyle: 'hash' | 'blank'): Promise<IGrammar> {
  const registry = new Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === 'source.yaml') return parseRawGrammar(JSON.stringify(baseGrammar(commentStyle)), 'yaml.tmLanguage.json');
      if (scopeName === 'mops.yaml.injection') return parseRawGrammar(GRAMMAR_TEXT, GRAMMAR_PATH);
      return null;
    },
    // What VS Code does for a grammar contributed with injectTo: ["source.yaml"].
    getInjections: (scopeName: string) => (scopeName === 'source.yaml' ? ['mops.yaml.injection'] : undefined),
  });
  const grammar = await registry.loadGrammar('source.yaml');
  assert.ok(grammar, 'the YAML grammar loads');
  return grammar;
}

interface Line {
  text: string;
  tokens: IToken[];
}

function tokenizeLines(grammar: IGrammar, text: string): Line[] {
  let state: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return { text: line, tokens: result.tokens };
  });
}

function tokenize(grammar: IGrammar, line: string): Line {
  return tokenizeLines(grammar, line)[0];
}

/** The tokens that cover `part` (its n-th occurrence) in the line; they must start and end exactly on its edges. */
function tokensOf(line: Line, part: string, occurrence = 0): IToken[] {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = line.text.indexOf(part, start + 1);
  assert.ok(start !== -1, `'${part}' is in '${line.text}'`);
  const end = start + part.length;
  const covering = line.tokens.filter((t) => t.startIndex < end && t.endIndex > start);
  const show = () => dump(line);
  assert.equal(covering[0].startIndex, start, `a token starts at '${part}'\n${show()}`);
  assert.equal(covering[covering.length - 1].endIndex, end, `a token ends after '${part}'\n${show()}`);
  return covering;
}

function dump(line: Line): string {
  return line.tokens.map((t) => `  ${JSON.stringify(line.text.slice(t.startIndex, t.endIndex))}: ${t.scopes.join(' ')}`).join('\n');
}

/** Asserts that exactly `part` carries `scope`: its tokens start and end on its edges, and all of them have the scope. */
function assertScope(line: Line, part: string, scope: string, occurrence = 0): void {
  for (const t of tokensOf(line, part, occurrence)) {
    assert.ok(t.scopes.includes(scope), `'${line.text.slice(t.startIndex, t.endIndex)}' has ${scope}\n${dump(line)}`);
  }
}

/** Asserts that no token overlapping `part` has `scope`. */
function assertNotScope(line: Line, part: string, scope: string): void {
  const start = line.text.indexOf(part);
  assert.ok(start !== -1, `'${part}' is in '${line.text}'`);
  for (const t of line.tokens.filter((t) => t.startIndex < start + part.length && t.endIndex > start)) {
    assert.ok(!t.scopes.includes(scope), `'${line.text.slice(t.startIndex, t.endIndex)}' in '${part}' does not have ${scope}\n${dump(line)}`);
  }
}

function assertNoScope(line: Line, scope: string): void {
  for (const t of line.tokens) assert.ok(!t.scopes.includes(scope), `nothing has ${scope}\n${dump(line)}`);
}

/** Every regular expression of a grammar (match, begin, end, while), with where it is. */
function regexesOf(node: unknown, path = ''): Array<[string, string]> {
  if (Array.isArray(node)) return node.flatMap((n, i) => regexesOf(n, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const found: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(node)) {
    if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') found.push([`${path}.${key}`, value]);
    else found.push(...regexesOf(value, `${path}.${key}`));
  }
  return found;
}

/** Whether a regex quantifies a group that itself holds an unbounded quantifier, e.g. `(a+)*` or `(?:\w*,)+`. */
function hasNestedQuantifier(source: string): boolean {
  const groups: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') groups.push(false);
    else if (c === ')') {
      const inner = groups.pop() ?? false;
      const next = source[i + 1];
      const quantified = next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}/.test(source.slice(i + 1)));
      if (inner && quantified) return true;
      if (inner && groups.length > 0) groups[groups.length - 1] = true;
    } else if ((c === '*' || c === '+' || (c === '{' && /^\{\d*,\}/.test(source.slice(i)))) && groups.length > 0) {
      groups[groups.length - 1] = true;
    }
  }
  return false;
}

describe('TextMate injection grammar', () => {
  let yaml: IGrammar;
  let yamlBlankComments: IGrammar;

  before(async () => {
    yaml = await loadYaml('hash');
    yamlBlankComments = await loadYaml('blank');
  });

  describe('the file', () => {
    it('is an injection grammar for YAML', () => {
      assert.equal(INJECTION.scopeName, 'mops.yaml.injection');
      assert.equal(INJECTION.injectionSelector, 'L:source.yaml');
      assert.ok(Array.isArray(INJECTION.patterns) && INJECTION.patterns.length > 0);
    });

    it('has regular expressions that all compile in oniguruma', async () => {
      await loadOniguruma();
      const regexes = regexesOf(INJECTION);
      assert.ok(regexes.length >= 5, 'the grammar has patterns');
      for (const [where, source] of regexes) {
        assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${where}: ${source}`);
      }
    });

    it('has no nested quantifiers (the patterns run on every line as the user types)', () => {
      assert.equal(hasNestedQuantifier('(a+)*'), true, 'the check itself finds (a+)*');
      assert.equal(hasNestedQuantifier('(?:[a-z]*,)+'), true, 'the check itself finds (?:[a-z]*,)+');
      assert.equal(hasNestedQuantifier('(?:-next-line|-line)?(.*)$'), false);
      for (const [where, source] of regexesOf(INJECTION)) assert.equal(hasNestedQuantifier(source), false, `${where}: ${source}`);
    });

    it('includes only rules it defines', () => {
      const repository = INJECTION.repository as Record<string, unknown>;
      const includes = [...GRAMMAR_TEXT.matchAll(/"include": "#([^"]+)"/g)].map((m) => m[1]);
      for (const name of includes) assert.ok(repository[name], `#${name} is in the repository`);
    });
  });

  describe('naming-convention tokens', () => {
    it('marks each {token} of a quoted pattern, inside the YAML string', () => {
      const line = tokenize(yaml, 'pattern: "{year}{quarter}-{region}"');
      for (const token of ['{year}', '{quarter}', '{region}']) {
        assertScope(line, token, 'variable.other.token.mops');
        for (const t of tokensOf(line, token)) assert.ok(t.scopes.includes('string.quoted.double.yaml'), 'still inside the string');
      }
      assertScope(line, 'year', 'variable.other.token.name.mops');
      assertScope(line, '{', 'punctuation.definition.token.begin.mops');
      assertNotScope(line, '"', 'variable.other.token.mops');
      assertNotScope(line, '-', 'variable.other.token.mops');
      assertNotScope(line, 'pattern', 'variable.other.token.mops');
      assertNoScope(tokenize(yaml, 'title: plain text'), 'variable.other.token.mops');
    });

    it('marks tokens in single-quoted and longer templates, and the rest of the string stays a string', () => {
      const line = tokenize(yaml, "    pattern: '{year}{quarter}-{region}-{channel}-{slug}'");
      for (const token of ['{year}', '{quarter}', '{region}', '{channel}', '{slug}']) assertScope(line, token, 'variable.other.token.mops');
      const dash = line.tokens.find((t) => line.text.slice(t.startIndex, t.endIndex) === '-');
      assert.ok(dash && dash.scopes.includes('string.quoted.single.yaml') && !dash.scopes.includes('variable.other.token.mops'));
    });

    it('leaves braces that are not a token alone', () => {
      for (const text of ['note: "{ not a token }"', 'note: "{}"', 'timeline: { launch: 2026-11-18 }']) {
        assertNoScope(tokenize(yaml, text), 'variable.other.token.mops');
      }
    });
  });

  describe('utm_* query parameters', () => {
    const url =
      '    url: https://shop.acme.example/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=hero';

    it('marks each parameter name and its value', () => {
      const line = tokenize(yaml, url);
      assertScope(line, 'utm_source', 'variable.parameter.utm.mops');
      assertScope(line, 'newsletter', 'string.other.utm-value.mops');
      assertScope(line, 'utm_medium', 'variable.parameter.utm.mops');
      assertScope(line, 'email', 'string.other.utm-value.mops');
      assertScope(line, 'utm_campaign', 'variable.parameter.utm.mops');
      assertScope(line, '2026q4-na-email-black-friday', 'string.other.utm-value.mops');
      assertScope(line, 'utm_content', 'variable.parameter.utm.mops');
      assertScope(line, 'hero', 'string.other.utm-value.mops');
      for (const part of ['=', '&', '?', 'black-friday?']) {
        assertNotScope(line, part, 'variable.parameter.utm.mops');
        assertNotScope(line, part, 'string.other.utm-value.mops');
      }
      assertScope(line, '=', 'keyword.operator.assignment.utm.mops');
      for (const t of tokensOf(line, 'utm_source')) assert.ok(t.scopes.includes('string.unquoted.plain.out.yaml'), 'inside the plain scalar');
    });

    it('does not colour the path, the host or other parameters', () => {
      const line = tokenize(yaml, 'url: https://www.acme.example/utm_guide?page=2&utm_source=google&ref=utm_x');
      assertScope(line, 'utm_source', 'variable.parameter.utm.mops');
      assertScope(line, 'google', 'string.other.utm-value.mops');
      for (const part of ['https://www.acme.example/utm_guide?', 'page=2&', '&ref=utm_x']) {
        const start = line.text.indexOf(part);
        for (const t of line.tokens.filter((t) => t.startIndex < start + part.length && t.endIndex > start)) {
          assert.ok(!t.scopes.includes('variable.parameter.utm.mops') && !t.scopes.includes('string.other.utm-value.mops'), `${part}\n${dump(line)}`);
        }
      }
    });

    it('stops a value at the quote that closes a quoted URL', () => {
      const line = tokenize(yaml, 'url: "https://www.acme.example/?utm_source=google" # paid');
      assertScope(line, 'google', 'string.other.utm-value.mops');
      const quote = line.tokens.find((t) => t.startIndex === line.text.lastIndexOf('"'));
      assert.ok(quote && !quote.scopes.includes('string.other.utm-value.mops'), dump(line));
      assertScope(line, '# paid', 'comment.line.number-sign.yaml');
    });
  });

  describe('mops-disable comment directives', () => {
    for (const [style, grammar] of [
      ['the # alone', () => yaml],
      ['the blank and the #', () => yamlBlankComments],
    ] as const) {
      it(`marks the directive and its rule ids (a YAML grammar whose comment opens on ${style})`, () => {
        const line = tokenize(grammar(), '# mops-disable-next-line utm/case, schema/*');
        assertScope(line, 'mops-disable-next-line', 'keyword.control.directive.mops');
        assertScope(line, 'utm/case', 'entity.name.tag.rule.mops');
        assertScope(line, 'schema/*', 'entity.name.tag.rule.mops');
        for (const t of line.tokens) assert.ok(t.scopes.includes('comment.line.number-sign.yaml'), `the directive is still a comment\n${dump(line)}`);
      });

      it(`marks mops-disable and mops-disable-line, indented and after a value (${style})`, () => {
        const indented = tokenize(grammar(), '  # mops-disable utm/domain -- partner landing page, approved');
        assertScope(indented, 'mops-disable', 'keyword.control.directive.mops');
        assertScope(indented, 'utm/domain', 'entity.name.tag.rule.mops');
        assertScope(indented, 'partner landing page, approved', 'comment.line.reason.mops');
        assertNoScope(tokenize(grammar(), '# mops-disable -- reason: schema/type'), 'entity.name.tag.rule.mops');

        const trailing = tokenize(grammar(), '    url: https://partner.example/?utm_source=partner # mops-disable-line utm/domain');
        assertScope(trailing, 'mops-disable-line', 'keyword.control.directive.mops');
        assertScope(trailing, 'utm/domain', 'entity.name.tag.rule.mops');
        assertScope(trailing, 'partner', 'string.other.utm-value.mops', 1);
      });
    }

    it('leaves ordinary comments and look-alikes alone', () => {
      for (const text of ['# see the mops-disable docs', '# mops-disabled utm/case', 'title: a#mops-disable utm/case', '# utm/case is a rule']) {
        const line = tokenize(yaml, text);
        assertNoScope(line, 'keyword.control.directive.mops');
        assertNoScope(line, 'entity.name.tag.rule.mops');
      }
    });

    it('does not disturb the lines after it', () => {
      const lines = tokenizeLines(yaml, ['links:', '  # mops-disable-next-line utm/domain', '  - name: hero-offer', '    url: https://x.example/?utm_source=google'].join('\n'));
      assertScope(lines[2], 'name', 'entity.name.tag.yaml');
      assertNoScope(lines[2], 'comment.line.number-sign.yaml');
      assertScope(lines[3], 'utm_source', 'variable.parameter.utm.mops');
    });
  });

  // Linear in the line's length (CPU time at n and 4n, as the hostile bounds tests measure), not a wall-clock
  // limit that a busy machine breaks.
  const hostile: Record<string, (n: number) => string> = {
    'utm parameters': (n) => `url: https://x.example/?${'utm_a=b&'.repeat(n)}`,
    'open braces': (n) => `pattern: "${'{a'.repeat(2 * n)}"`,
    'tokens': (n) => `pattern: "${'{year}'.repeat(n)}"`,
    'disable lists': (n) => `# mops-disable ${'a/b, '.repeat(n)}`,
    'disable dashes': (n) => `# mops-disable ${'-'.repeat(4 * n)}`,
    'hashes': (n) => `note: ${'#'.repeat(4 * n)}`,
    'utm prefixes': (n) => `url: ${'?utm_'.repeat(2 * n)}`,
  };
  for (const [label, line] of Object.entries(hostile)) {
    it(`tokenizes a long hostile line in linear time: ${label}`, () => {
      tokenize(yaml, 'url: https://x.example/?utm_source=google # warm-up');
      assertLinear(label, (n) => () => tokenize(yaml, line(n)), 5000, 20_000, { maxRatio: 10, floorMs: 5, rounds: 3 });
    });
  }
});
