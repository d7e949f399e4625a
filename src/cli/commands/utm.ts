// `mops utm build`: a tracked link for a brief, built from the playbook's UTM standard and checked by the
// same rules as `mops check` (as if it were added to the brief's links) before it is printed.

import { appendListEntry, applyEdits, planTrackedLink, type Finding, type TrackedLinkPlan } from '../../core';
import { UsageError, type CliIo } from '../io';
import { parseCommandArgs } from '../args';
import { didYouMean, nearest } from '../../core/text/distance';
import { openPlaybook } from '../playbook';

export const UTM_HELP = `Usage: mops utm build [path] --campaign BRIEF_ID --source S --medium M --landing URL [--content C]

Builds a tracked link for the brief BRIEF_ID (its id becomes utm_campaign) of the playbook at path
(default: the current folder) and checks it with the playbook's rules, as if it were added to the
brief's links: lower case, allowed values and source/medium pairs, landing domain, https, no personal
data, length, naming conventions. Prints the link on stdout; the problems, if any, on stderr.

The landing page's own query is kept, except click identifiers (fbclid, gclid, msclkid, …), which
belong to one ad click and are dropped (said on stderr). A landing page that already carries a UTM
parameter with another value than the one given is refused: mops never replaces one silently.

Exit codes: 0 the link passes, 1 it breaks a rule, 2 usage error (no such brief: the nearest id is
suggested; or a landing page whose UTM parameter the options would replace).`;

export async function utm(io: CliIo, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'build') throw new UsageError(`Unknown utm command '${sub ?? ''}'.${didYouMean(sub === undefined ? undefined : nearest(sub, ['build']))} Try: mops utm build --help`);
  const { values, positionals } = parseCommandArgs('utm build', {
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      campaign: { type: 'string' },
      source: { type: 'string' },
      medium: { type: 'string' },
      content: { type: 'string' },
      landing: { type: 'string' },
    },
  });
  for (const name of ['campaign', 'source', 'medium', 'landing'] as const) {
    if (!values[name]) throw new UsageError(`mops utm build needs --${name}.`);
  }
  const { workspace } = await openPlaybook(io, 'utm build', positionals, {});
  const briefs = workspace.documents('Brief');
  const brief = briefs.find((d) => d.id === values.campaign);
  if (!brief) {
    const ids = briefs.flatMap((d) => (typeof d.id === 'string' ? [d.id] : []));
    throw new UsageError(`There is no brief with the id '${values.campaign}' in this playbook.${didYouMean(nearest(values.campaign as string, ids))}`);
  }
  let plan: TrackedLinkPlan;
  try {
    plan = planTrackedLink(values.landing as string, [
      ['utm_source', values.source],
      ['utm_medium', values.medium],
      ['utm_campaign', values.campaign],
      ['utm_content', values.content],
    ]);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (plan.conflicts.length > 0) {
    const option = (name: string) => `--${name.toLowerCase().replace(/^utm_/, '')}`;
    throw new UsageError(
      plan.conflicts
        .map((c) => {
          const instead = c.name.toLowerCase() === 'utm_campaign' ? '' : `, or give ${option(c.name)} ${c.landing}`;
          return `The landing page already carries ${c.name}=${c.landing}, which ${option(c.name)} would replace with '${c.given}': mops never replaces a UTM parameter silently. Remove ${c.name} from --landing${instead}.`;
        })
        .join('\n'),
    );
  }
  const link = plan.link;
  for (const name of plan.dropped) io.stderr.write(`Dropped ${name} from the landing page: a click identifier belongs to one ad click, not to a link.\n`);
  const edits = appendListEntry(brief, 'links', { name: values.content ?? (values.source as string), url: link }, { order: ['name', 'url'], after: 'history' });
  if (typeof edits === 'string') throw new UsageError(edits);
  const text = workspace.parsed(brief.path)?.text ?? '';
  const known = new Set(workspace.findings(brief.path).map((f) => `${f.rule} ${f.message}`));
  const problems: Finding[] = workspace.findingsIf(brief.path, applyEdits(text, edits)).filter((f) => f.severity !== 'info' && !known.has(`${f.rule} ${f.message}`));
  io.stdout.write(`${link}\n`);
  for (const f of problems) io.stderr.write(`${f.severity}  ${f.message}  ${f.rule}\n`);
  return problems.some((f) => f.severity === 'error') ? 1 : 0;
}
