// Inside a brief's tracked link: UTM parameter names and values from the UTM standard, and a hover table of verdicts.

import { isScalar } from 'yaml';
import { utmOf, type UtmRules } from '../domain/utm';
import { scalarTextStart } from '../model/locate';
import type { Finding, Range } from '../model/types';
import { rec, str } from '../model/readers';
import { parseLink } from '../utm/link';
import type { AssistItem } from './types';
import type { AssistHover } from './types';
import { dataAt, rangeOf, valueSpan, type AssistScope } from './scope';
import { code, md, sortKey } from './text';

const isLinkUrl = (scope: AssistScope) => {
  const [links, index, url, ...rest] = scope.place.path;
  return scope.kind === 'Brief' && scope.place.on === 'value' && links === 'links' && typeof index === 'number' && url === 'url' && rest.length === 0;
};

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** The query parameters of a URL being typed (it need not parse as a URL yet): name → decoded value. */
function queryOf(url: string): Map<string, string> {
  const query = url.indexOf('?');
  const params = new Map<string, string>();
  if (query === -1) return params;
  const hash = url.indexOf('#', query);
  for (const piece of url.slice(query + 1, hash === -1 ? undefined : hash).split('&')) {
    const eq = piece.indexOf('=');
    const name = decode(eq === -1 ? piece : piece.slice(0, eq));
    if (name && !params.has(name)) params.set(name, eq === -1 ? '' : decode(piece.slice(eq + 1)));
  }
  return params;
}

function paramDoc(utm: UtmRules, name: string): string {
  const spec = utm.params.get(name);
  const lines = [`**${md(name)}** — ${utm.required.includes(name) ? 'required' : 'allowed'} by the UTM standard`];
  if (spec?.values) lines.push(`Allowed values: ${spec.values.map(code).join(', ')}`);
  if (spec?.naming) lines.push(`Must fit the naming convention's ${code(spec.naming)} target${name === 'utm_campaign' ? ", and equal the brief's id" : ''}.`);
  return lines.join('\n\n');
}

/** Completion in a tracked URL: after `?` or `&` the parameter names, after `utm_x=` the values the standard allows. */
export function utmCompletions(scope: AssistScope): AssistItem[] | undefined {
  if (!isLinkUrl(scope)) return undefined;
  const span = valueSpan(scope);
  const utm = utmOf(scope.index);
  if (!span || !utm) return [];
  const url = scope.file.text.slice(span.start, span.end);
  const at = scope.offset - span.start;
  const before = url.slice(0, at);
  const query = before.indexOf('?');
  if (query === -1 || before.includes('#', query)) return [];
  const start = Math.max(before.lastIndexOf('&'), query) + 1;
  const segment = before.slice(start);
  const eq = segment.indexOf('=');
  const params = queryOf(url);
  if (eq === -1) {
    const rest = /^[^&#=]*/.exec(url.slice(at))?.[0] ?? '';
    const hasEquals = url[at + rest.length] === '=';
    const current = segment + rest;
    const names = [...new Set([...utm.required, ...utm.params.keys()])].filter((n) => n === current || !params.has(n));
    return names.map((name, i) => ({
      label: name,
      kind: 'utm',
      detail: utm.required.includes(name) ? 'required UTM parameter' : 'optional UTM parameter',
      documentation: paramDoc(utm, name),
      insertText: hasEquals ? name : `${name}=`,
      range: rangeOf(scope, span.start + start, span.start + at + rest.length),
      sortText: sortKey(utm.required.includes(name) ? 0 : 1, i),
    }));
  }
  const name = decode(segment.slice(0, eq));
  const rest = /^[^&#]*/.exec(url.slice(at))?.[0] ?? '';
  const range = rangeOf(scope, span.start + start + eq + 1, span.start + at + rest.length);
  return valuesFor(scope, utm, name, params).map(([value, detail], i) => ({
    label: value,
    kind: 'utm',
    detail,
    documentation: paramDoc(utm, name),
    insertText: encodeURIComponent(value),
    range,
    sortText: sortKey(0, i),
  }));
}

/** The values a parameter may take here, with a detail each: its dictionary, narrowed by the source and medium pairs. */
function valuesFor(scope: AssistScope, utm: UtmRules, name: string, params: Map<string, string>): Array<[string, string]> {
  const spec = utm.params.get(name);
  const pairs = utm.sourceMedium;
  if (name === 'utm_campaign') {
    const id = str(scope.data.id);
    return id === undefined ? [] : [[id, "this brief's id"]];
  }
  if (!spec?.values) {
    // A value governed by a naming target, such as utm_content: the link's own name usually is one.
    const own = str(rec(dataAt(scope, scope.place.path.slice(0, -1))).name);
    return spec?.naming && own ? [[own, "this link's name"]] : [];
  }
  const source = params.get('utm_source');
  const medium = params.get('utm_medium');
  if (name === 'utm_medium' && pairs && source !== undefined && pairs.has(source)) {
    const allowed = pairs.get(source) ?? [];
    return spec.values.filter((v) => allowed.includes(v)).map((v) => [v, `allowed with utm_source=${source}`]);
  }
  if (name === 'utm_source' && pairs && medium) {
    return spec.values.filter((v) => !pairs.has(v) || pairs.get(v)?.includes(medium)).map((v) => [v, `allowed with utm_medium=${medium}`]);
  }
  return spec.values.map((v) => [v, `allowed ${name}`]);
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);
/** The rules a parameter breaks, by id: their sentences are the diagnostics the editor shows above the hover. */
const verdict = (findings: Finding[]) => [...new Set(findings.map((f) => f.rule))].map(md).join(', ');

/**
 * On a tracked URL: its UTM parameters with the verdict of the workspace's findings on each, named by rule:
 * the editor already shows each finding's sentence for the same range, so the hover does not repeat it.
 */
export function utmHover(scope: AssistScope): AssistHover | undefined {
  const node = scope.place.node;
  if (!isLinkUrl(scope) || !isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const { file } = scope;
  const url = node.value;
  const urlRange = rangeOf(scope, node.range[0], node.range[1]);
  const findings = scope.workspace.findings(file.path).filter((f) => /^(utm|naming)\//.test(f.rule) && contains(urlRange, f.range));
  const shown = new Set<Finding>();
  const link = parseLink(url);
  const lines: string[] = [];
  if (!link.ok) {
    lines.push(`**Not a valid tracked link:** ${md(link.reason)}.`);
  } else {
    const base = scalarTextStart(scope.doc, file.text, scope.place.path);
    lines.push(`**Tracked link** — ${md(link.host + link.path)}`, '', '| Parameter | Value | Verdict |', '| --- | --- | --- |');
    for (const param of link.params.filter((p) => p.name.startsWith('utm_'))) {
      const own = base === undefined ? [] : findings.filter((f) => contains(rangeOf(scope, base + param.start, base + param.start + param.raw.length), f.range));
      own.forEach((f) => shown.add(f));
      lines.push(`| ${md(param.name)} | ${param.value === '' ? '*(empty)*' : md(param.value)} | ${own.length ? verdict(own) : 'ok'} |`);
    }
    const utm = utmOf(scope.index);
    const missing = findings.filter((f) => f.rule === 'utm/missing-param');
    for (const name of utm?.required ?? []) {
      if (!link.params.some((p) => p.name === name)) lines.push(`| ${md(name)} | *(missing)* | ${missing.length ? md('utm/missing-param') : 'missing'} |`);
    }
  }
  const rest = findings.filter((f) => !shown.has(f));
  if (rest.length) lines.push('', `On the link as a whole: ${verdict(rest)}.`);
  return { markdown: lines.join('\n'), range: urlRange };
}
