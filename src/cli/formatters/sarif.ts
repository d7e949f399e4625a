// SARIF 2.1.0 for code scanning: 1-based regions, rule metadata with help links, fixes as replacements.

import { pathToFileURL } from 'node:url';
import { ruleDocUrl, type Finding, type PlaybookRule, type Range, type RelatedLocation } from '../../core';
import type { Formatter } from './types';
import { stateOf } from './types';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const BASE = 'PLAYBOOKROOT';

function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function uri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function location(file: string, range: Range, message?: string, id?: number) {
  return {
    ...(id === undefined ? {} : { id }),
    physicalLocation: { artifactLocation: { uri: uri(file), uriBaseId: BASE }, region: region(range) },
    ...(message ? { message: { text: message } } : {}),
  };
}

/** `utm/case` → `UtmCase`: SARIF's friendly rule name. */
function ruleName(id: string): string {
  return id
    .split(/[/-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** A built-in rule links its documentation page; a team's policy carries its own description and where it is defined. */
function ruleMetadata(r: PlaybookRule) {
  const base = { id: r.id, name: ruleName(r.id), shortDescription: { text: sentence(r.title ?? r.description) }, defaultConfiguration: { level: LEVEL[r.severity] } };
  if (r.source) {
    const where = `Defined in ${r.source.file}, line ${r.source.line + 1}.`;
    const help = r.help ?? r.title ?? r.description;
    return { ...base, fullDescription: { text: sentence(help) }, help: { text: `${sentence(help)} ${where}`, markdown: `${help}\n\n${where}` } };
  }
  return {
    ...base,
    fullDescription: { text: sentence(r.description) },
    helpUri: ruleDocUrl(r.id),
    help: { text: `${sentence(r.description)} See ${ruleDocUrl(r.id)}`, markdown: `${sentence(r.description)} [Documentation](${ruleDocUrl(r.id)})` },
  };
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export const sarif: Formatter = (result) => {
  const ruleIndex = new Map(result.rules.map((r, i) => [r.id, i]));
  const results = result.findings.map((f: Finding) => ({
    ruleId: f.rule,
    ruleIndex: ruleIndex.get(f.rule) ?? -1,
    level: LEVEL[f.severity],
    message: { text: sentence(f.message) },
    locations: [location(f.file, f.range)],
    // With --changed-since: SARIF 2.1.0 §3.27.24, on every result once on one.
    ...(result.since ? { baselineState: stateOf(result, f) } : {}),
    ...(f.related.length > 0
      ? { relatedLocations: f.related.map((r: RelatedLocation, i) => location(r.file, r.range, sentence(r.message), i)) }
      : {}),
    ...(f.fixes.length > 0
      ? {
          fixes: f.fixes.map((fix) => ({
            description: { text: sentence(fix.title) },
            artifactChanges: [
              {
                artifactLocation: { uri: uri(f.file), uriBaseId: BASE },
                replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
              },
            ],
          })),
        }
      : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mops',
            fullName: 'mops — marketing operations as code',
            version: result.version,
            semanticVersion: result.version,
            informationUri: 'https://github.com/mops-dev/mops',
            rules: result.rules.map(ruleMetadata),
          },
        },
        originalUriBaseIds: {
          [BASE]: { uri: pathToFileURL(result.root.endsWith('/') ? result.root : `${result.root}/`).href, description: { text: 'The root of the checked playbook.' } },
        },
        artifacts: result.files.map((file) => ({ location: { uri: uri(file), uriBaseId: BASE } })),
        results,
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true }],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
