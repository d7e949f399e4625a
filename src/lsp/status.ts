// The server's own requests (src/lsp/protocol.ts): `mops/status`, what it holds, and `mops/findings`, the
// findings of a file or of every file, for a client's views and for tests.

import { guard, type Feature } from './context';
import { toRange } from './convert';
import { FINDINGS_REQUEST, STATUS_REQUEST, type FindingItem, type FindingsParams, type FindingsResult, type StatusParams, type StatusResult } from './protocol';
import type { Playbook } from './playbooks';
import { sliced } from './slices';

function items(playbook: Playbook, path: string): FindingItem[] {
  return playbook.workspace.findings(path).map((f) => ({
    uri: playbook.uriOf(f.file),
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: toRange(f.range),
    fixable: f.fixes.length > 0,
  }));
}

export const status: Feature = {
  register(context) {
    const { connection, playbooks, documents } = context;
    connection.onRequest(
      STATUS_REQUEST,
      guard(context, STATUS_REQUEST, null as StatusResult | null, async (params: StatusParams | undefined): Promise<StatusResult> => {
        const roots = [];
        for (const playbook of playbooks.all()) {
          const findings = { error: 0, warning: 0, info: 0 };
          const paths = playbook.workspace.paths().filter((p) => playbooks.owns(playbook, p));
          await sliced(paths, (path) => {
            for (const f of playbook.workspace.findings(path)) findings[f.severity]++;
          });
          roots.push({ uri: playbook.uri, configured: playbook.configured, files: paths.length, findings, ...(params?.paths === true ? { paths } : {}) });
        }
        return { version: context.version, ready: playbooks.isReady, roots, openDocuments: documents.all().length, ...(context.memory ? { memory: context.memory() } : {}) };
      }),
    );
    connection.onRequest(
      FINDINGS_REQUEST,
      guard(context, FINDINGS_REQUEST, { findings: [] } as FindingsResult, async (params: FindingsParams | undefined): Promise<FindingsResult> => {
        await playbooks.ready;
        if (params?.uri !== undefined) {
          if (typeof params.uri !== 'string') return { findings: [] };
          documents.current(params.uri);
          const located = playbooks.locate(params.uri);
          return { findings: located ? items(located.playbook, located.path) : [] };
        }
        const findings: FindingItem[] = [];
        for (const playbook of playbooks.all()) {
          await sliced(playbook.workspace.paths(), (path) => {
            if (playbooks.owns(playbook, path)) findings.push(...items(playbook, path));
          });
        }
        return { findings };
      }),
    );
  },
};
