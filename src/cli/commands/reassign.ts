// `mops reassign FROM TO [path]`: moves one person's owned work, requests and pending approvals to another,
// written as `mops fix` writes (atomically, never through a link, never over a file changed since it was read).

import { join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { peopleOf, reassignPlan, REASSIGN_KINDS, type FileReassign, type ReassignKind, type Workspace } from '../../core';
import { didYouMeanPeople, suggestPeople } from '../../core/domain/people';
import { nearest } from '../../core/text/distance';
import { parseCommandArgs } from '../args';
import { refusal, replaceFile } from '../fixing';
import { UsageError, type CliIo } from '../io';
import { openPlaybook } from '../playbook';

export const REASSIGN_HELP = `Usage: mops reassign FROM TO [path] [options]

Moves work from one Team member (FROM, a person id) to another (TO): the owner of
briefs, tools, SOPs and budget allocations, the requester of briefs, and the
approver of approvals still pending. History and approvals already given or
refused are records of what happened and stay as they are. Both people must be
members of the Team. Prints what changed per file.

The edits keep comments, quoting, key order and line endings. Only mops files of
the playbook (or of path, a folder or file in it) are written, never through a
link, each atomically; a file that changed on disk since it was read is left
alone and reported. Exits 0, 1 when a file could not be written, 2 for a usage
mistake (a person who is not in the Team, say).

Options:
  --kinds LIST   only these kinds of documents: brief, tool, sop, budget
                 (comma-separated or repeated; default: all four)
  --dry-run      print the changes as a unified diff and write nothing`;

/** `--kinds brief,tool --kinds sop` → the kinds, or a usage error naming the one that is not a kind. */
export function parseKinds(values: readonly string[]): ReassignKind[] {
  if (values.length === 0) return [...REASSIGN_KINDS];
  const kinds = new Set<ReassignKind>();
  for (const word of values.flatMap((v) => v.split(',')).map((w) => w.trim()).filter(Boolean)) {
    const kind = REASSIGN_KINDS.find((k) => k.toLowerCase() === word.toLowerCase());
    if (kind) {
      kinds.add(kind);
      continue;
    }
    const like = nearest(word.toLowerCase(), REASSIGN_KINDS.map((k) => k.toLowerCase()));
    throw new UsageError(`--kinds: '${word}' is not a kind mops reassigns${like ? `; did you mean '${like}'?` : '.'} The kinds: ${REASSIGN_KINDS.map((k) => k.toLowerCase()).join(', ')}.`);
  }
  return [...kinds];
}

/** FROM and TO must be Team members: a clear usage error with whom they probably meant otherwise. */
function checkPeople(workspace: Workspace, from: string, to: string): void {
  const people = peopleOf(workspace.view());
  if (people.teams.length === 0) throw new UsageError('mops reassign moves work between Team members, but this playbook has no Team document.');
  for (const [which, id] of [['FROM', from], ['TO', to]] as const) {
    if (!people.byId.has(id)) throw new UsageError(`${which} '${id}' is not a member of the Team.${didYouMeanPeople(suggestPeople(id, people))}`);
  }
  if (from === to) throw new UsageError(`FROM and TO are both '${from}': there is nothing to move.`);
}

/** One line per file: the fields changed (kind, id, field, line), then the ones left, then the files not written. */
export function reassignSummary(plan: readonly FileReassign[], refused: ReadonlyMap<string, string>, dryRun: boolean, from: string, to: string): string {
  const lines: string[] = [];
  let moved = 0;
  for (const file of plan) {
    const reason = refused.get(file.path);
    // Grouped by document: `Brief q1-launch owner (line 7), requester (line 8)`.
    const byDoc = new Map<string, string[]>();
    for (const c of file.changes) byDoc.set(`${c.kind} ${c.id}`, [...(byDoc.get(`${c.kind} ${c.id}`) ?? []), `${c.field} (line ${c.line + 1})`]);
    const fields = [...byDoc].map(([doc, list]) => `${doc} ${list.join(', ')}`);
    if (file.changes.length > 0) lines.push(`${file.path}: ${reason ? 'not written' : dryRun ? 'would change' : 'changed'} ${fields.join('; ')}${reason ? `: ${reason}` : ''}`);
    if (!reason) moved += file.changes.length;
    for (const s of file.skipped) lines.push(`${file.path}:${s.line + 1}: left ${s.kind} ${s.id} ${s.field}: ${s.reason}`);
  }
  const count = `${moved} field${moved === 1 ? '' : 's'}`;
  lines.push(moved === 0 && plan.every((f) => f.changes.length === 0) ? `Nothing to move: no owner, requester or pending approver here is '${from}'.` : `${dryRun ? 'Would move' : 'Moved'} ${count} from '${from}' to '${to}'.`);
  return `${lines.join('\n')}\n`;
}

export async function reassign(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('reassign', {
    args,
    allowPositionals: true,
    strict: true,
    options: {
      kinds: { type: 'string', multiple: true, default: [] },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const [from, to, ...paths] = positionals;
  if (from === undefined || to === undefined) throw new UsageError('mops reassign needs two person ids: FROM and TO (see mops reassign --help).');
  if (paths.length > 1) throw new UsageError(`mops reassign takes one path; got ${paths.length} (${paths.join(', ')}).`);
  const kinds = parseKinds(values.kinds);
  const { root, workspace, files } = await openPlaybook(io, 'reassign', paths, { checkWhileParsing: false });
  checkPeople(workspace, from, to);
  const dryRun = values['dry-run'];
  const plan = reassignPlan(workspace, files, from, to, kinds);
  const refused = new Map<string, string>();
  for (const file of plan) {
    if (file.changes.length === 0) continue;
    const reason = refusal(root, file.path, file.before, 'mops reassign');
    if (reason) refused.set(file.path, reason);
    else if (dryRun) io.stdout.write(createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.before, file.after, '', '', { context: 3 }));
    else replaceFile(join(root, ...file.path.split('/')), file.after);
  }
  // As with mops fix --dry-run, the diff is the output asked for and the summary goes beside it.
  (dryRun ? io.stderr : io.stdout).write(reassignSummary(plan, refused, dryRun, from, to));
  return refused.size > 0 ? 1 : 0;
}
