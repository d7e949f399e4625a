// mops/api-version: a mops document, or a near miss of one, that does not declare the apiVersion mops reads.

import { isMap } from 'yaml';
import { API_VERSION, KINDS } from '../../model/kinds';
import type { Fix } from '../../model/types';
import type { DocumentRule, DocumentRuleContext } from '../../engine/rule';

const FIX_TITLE = `Change to '${API_VERSION}'`;

/** `apiVersion: mops/v1` written as a line of its own before the document's first key, in its indentation. */
function insertHeader(ctx: DocumentRuleContext): Fix | undefined {
  const map = ctx.doc.yaml.contents;
  if (!isMap(map) || map.flow || !map.range) return undefined;
  const { line, character } = ctx.doc.lines.position(map.range[0]);
  const text = ctx.doc.lines.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const at = { line, character };
  return { title: `Add 'apiVersion: ${API_VERSION}'`, edits: [{ range: { start: at, end: at }, newText: `apiVersion: ${API_VERSION}${eol}${' '.repeat(character)}` }] };
}

const rule: DocumentRule = {
  id: 'mops/api-version',
  severity: 'error',
  description: `A document that is (or looks like) a mops document does not declare apiVersion ${API_VERSION}, so it is not checked.`,
  scope: 'document',
  check(ctx) {
    const { apiVersion, kind } = ctx.doc;
    if (apiVersion === API_VERSION) return;
    const canonical = KINDS.find((k) => k.toLowerCase() === kind?.toLowerCase());
    const looksLike = canonical ? `a mops ${canonical}` : 'a mops document';
    // A kind in another case (`kind: sop`) is put right by the same fix, so that it leaves the document valid.
    const kindEdits = canonical && canonical !== kind ? (ctx.replaceFix(['kind'], canonical, '')?.edits ?? []) : [];
    const withKind = (fix: Fix | undefined): Fix[] =>
      fix ? [{ title: kindEdits.length > 0 ? `${fix.title} and 'kind: ${canonical}'` : fix.title, edits: [...fix.edits, ...kindEdits] }] : [];
    if (apiVersion === '' && !(isMap(ctx.doc.yaml.contents) && ctx.doc.yaml.contents.has('apiVersion'))) {
      ctx.report({
        message: `This looks like ${looksLike} but has no apiVersion, so mops does not check it and it is left out of every report. Add 'apiVersion: ${API_VERSION}' as its first line.`,
        path: ['kind'],
        place: 'key',
        fixes: withKind(insertHeader(ctx)),
      });
      return;
    }
    const written = apiVersion === '' ? 'This apiVersion' : `apiVersion '${apiVersion}'`;
    const message = apiVersion.startsWith('mops/')
      ? `apiVersion '${apiVersion}' is not supported; this version of mops reads ${API_VERSION}. The document is not checked.`
      : `${written} is not a mops apiVersion, so this document (${looksLike}, by the look of it) is not checked and is left out of every report. Did you mean '${API_VERSION}'?`;
    ctx.report({ message, path: ['apiVersion'], fixes: withKind(ctx.replaceFix(['apiVersion'], API_VERSION, FIX_TITLE)) });
  },
};

export default rule;
