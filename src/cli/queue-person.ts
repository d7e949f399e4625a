// Whose queue `mops report queue` shows: --person ID, else the Team member whose e-mail is git's user.email
// (git runs here, never in the core). Every way it can fail is a usage error that says what was tried.

import { execFileSync } from 'node:child_process';
import { didYouMeanPeople, memberByEmail, peopleOf, suggestPeople, teamRecordsEmails, type Workspace } from '../core';
import { UsageError } from './io';

/** `git config user.email` in the playbook's folder (its repository's config, else the user's), or why there is none. */
function gitEmail(root: string, env: Record<string, string | undefined>): { email: string } | { why: string } {
  try {
    const email = execFileSync('git', ['config', 'user.email'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    return email === '' ? { why: 'git config user.email is empty' } : { email };
  } catch (error) {
    const code = (error as { status?: number; code?: string }).status;
    if (code === 1) return { why: 'git config user.email is not set' };
    return { why: `git config user.email could not be read (${(error as { code?: string }).code === 'ENOENT' ? 'git is not installed' : String((error as { stderr?: string }).stderr ?? '').trim() || (error as Error).message})` };
  }
}

export function queuePerson(workspace: Workspace, root: string, env: Record<string, string | undefined>, person: string | undefined): string {
  const people = peopleOf(workspace.view());
  if (person !== undefined) {
    if (people.byId.has(person)) return person;
    throw new UsageError(`--person ${person}: nobody in the Team has that id.${didYouMeanPeople(suggestPeople(person, people))}`);
  }
  const found = gitEmail(root, env);
  const name = 'name the person with --person ID';
  if ('why' in found) throw new UsageError(`mops report queue shows one person's queue: ${found.why}, so it cannot tell who you are; ${name}, or set git config user.email to your e-mail in the Team.`);
  const member = memberByEmail(workspace, found.email);
  if (member) return member.id;
  if (!teamRecordsEmails(workspace)) throw new UsageError(`mops report queue looked for git config user.email (${found.email}) in the Team, but no member records an email; add members' email to the Team, or ${name}.`);
  throw new UsageError(`mops report queue looked for git config user.email (${found.email}) in the Team, and no member has that email; ${name}, or add your email to your entry in the Team.`);
}
