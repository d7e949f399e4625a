// VS Code's snippet expansion when every placeholder keeps its default, for tests that insert snippets the
// way the editor does: `${n:default}` → default, `${n|a,b|}` → a, `$n` → the value of n elsewhere, `$0` → ''.

import assert from 'node:assert/strict';

type SnippetNode =
  | { type: 'text'; text: string }
  | { type: 'tabstop'; index: number; children?: SnippetNode[]; choices?: string[] }
  | { type: 'variable'; name: string; children?: SnippetNode[] };

class SnippetParser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): SnippetNode[] {
    const nodes = this.sequence(false);
    assert.equal(this.pos, this.src.length, `unparsed snippet text at ${this.pos}: ${this.src.slice(this.pos, this.pos + 20)}`);
    return nodes;
  }

  /** Text and elements up to the end, or (inside a placeholder) up to its closing brace. */
  private sequence(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ type: 'text', text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '\\' && '$}\\'.includes(this.src[this.pos + 1] ?? '')) {
        text += this.src[this.pos + 1];
        this.pos += 2;
      } else if (c === '}' && nested) {
        break;
      } else if (c === '$') {
        const element = this.element();
        if (element) {
          flush();
          nodes.push(element);
        } else {
          text += '$';
          this.pos++;
        }
      } else {
        text += c;
        this.pos++;
      }
    }
    flush();
    return nodes;
  }

  /** `$1`, `${1}`, `${1:default}`, `${1|a,b|}`, `$NAME`, `${NAME}`, `${NAME:default}`; undefined for a literal `$`. */
  private element(): SnippetNode | undefined {
    const rest = this.src.slice(this.pos);
    let m = /^\$(\d+)/.exec(rest) ?? /^\$\{(\d+)\}/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { type: 'tabstop', index: Number(m[1]) };
    }
    m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(rest) ?? /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { type: 'variable', name: m[1] };
    }
    m = /^\$\{(\d+)\|/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      const choices: string[] = [];
      let choice = '';
      for (;;) {
        assert.ok(this.pos < this.src.length, 'unterminated choice');
        const c = this.src[this.pos];
        if (c === '\\' && ',|\\'.includes(this.src[this.pos + 1] ?? '')) {
          choice += this.src[this.pos + 1];
          this.pos += 2;
        } else if (c === ',') {
          choices.push(choice);
          choice = '';
          this.pos++;
        } else if (c === '|' && this.src[this.pos + 1] === '}') {
          choices.push(choice);
          this.pos += 2;
          return { type: 'tabstop', index: Number(m[1]), choices };
        } else {
          choice += c;
          this.pos++;
        }
      }
    }
    m = /^\$\{(\d+|[A-Za-z_][A-Za-z0-9_]*):/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      const children = this.sequence(true);
      assert.equal(this.src[this.pos], '}', `unterminated placeholder \${${m[1]}:…`);
      this.pos++;
      return /^\d/.test(m[1]) ? { type: 'tabstop', index: Number(m[1]), children } : { type: 'variable', name: m[1], children };
    }
    assert.ok(!rest.startsWith('${'), `a snippet element this test does not understand: ${rest.slice(0, 30)}`);
    return undefined;
  }
}

/**
 * The text VS Code inserts when every placeholder keeps its default: `${n:default}` → default, `${n|a,b|}` → a,
 * `$n`/`${n}` → the value of the placeholder n elsewhere in the snippet (VS Code mirrors it), else empty; `$0` → empty;
 * variables → their value.
 */
export function expand(body: string, variables: Record<string, string> = {}): string {
  const nodes = new SnippetParser(body).parse();
  const defined = new Map<number, SnippetNode[] | string>();
  const collect = (list: SnippetNode[]) => {
    for (const node of list) {
      if (node.type === 'tabstop' && (node.children || node.choices) && !defined.has(node.index)) {
        defined.set(node.index, node.choices ? node.choices[0] : node.children!);
      }
      if (node.type !== 'text' && node.children) collect(node.children);
    }
  };
  collect(nodes);
  const render = (list: SnippetNode[], stack: number[]): string =>
    list
      .map((node) => {
        if (node.type === 'text') return node.text;
        if (node.type === 'variable') {
          if (node.name in variables) return variables[node.name];
          assert.ok(node.children, `the snippet uses the variable $${node.name}, which this test does not know`);
          return render(node.children, stack);
        }
        if (node.index === 0 || stack.includes(node.index)) return '';
        const value = defined.get(node.index);
        if (value === undefined) return '';
        return typeof value === 'string' ? value : render(value, [...stack, node.index]);
      })
      .join('');
  return render(nodes, []);
}

/**
 * The text of a completion that inserts `snippet` over [start, end) of `text`, as VS Code inserts it: every
 * line after the first gets the indentation of the line the word is on.
 */
export function insertSnippet(text: string, start: number, end: number, snippet: string): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const expanded = expand(snippet).split('\n').map((line, i) => (i === 0 || line === '' ? line : indent + line)).join('\n');
  return text.slice(0, start) + expanded + text.slice(end);
}
