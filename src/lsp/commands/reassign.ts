// The request behind "mops: Reassign work" (`mops/reassign`): the core's reassign plan over the playbook's own
// files, on the text the server holds, answered as edits the client applies; values it cannot rewrite are named.

import { peopleOf, reassignPlan } from '../../core';
import type { Feature, ServerContext } from '../context';
import { REASSIGN_REQUEST, type ReassignResult } from '../protocol-commands';
import { lineEdits, onRequest, playbookFileEdits, playbookOf, stringParam } from './common';

const nothing = (): ReassignResult => ({ files: [], moved: 0, skipped: [] });

async function reassign(context: ServerContext, params: unknown): Promise<ReassignResult> {
  const from = stringParam(params, 'from');
  const to = stringParam(params, 'to');
  const playbook = await playbookOf(context, params);
  if (!playbook || from === undefined || to === undefined) return nothing();
  // Only between Team members (the client's picks offer no one else): an unknown id moves nothing.
  const team = peopleOf(playbook.workspace.view()).byId;
  if (!team.has(from) || !team.has(to)) return nothing();
  const paths = playbook.workspace.paths().filter((p) => context.playbooks.owns(playbook, p));
  const plan = reassignPlan(playbook.workspace, paths, from, to);
  const changed = plan.filter((f) => f.changes.length > 0);
  return {
    files: changed.map((f) => playbookFileEdits(context, playbook, f.path, lineEdits(f.before, f.after))),
    moved: changed.reduce((n, f) => n + f.changes.length, 0),
    skipped: plan.flatMap((f) => f.skipped.map((s) => `${f.path}:${s.line + 1} (${s.reason})`)),
  };
}

export const reassignment: Feature = {
  register(context) {
    onRequest(context, REASSIGN_REQUEST, nothing(), (params: unknown) => reassign(context, params));
  },
};
