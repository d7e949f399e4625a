// The scaffold's starting policies: standards most marketing-ops teams keep, written as the team's own
// (policies/<id>.yaml), for a new playbook to keep, edit or delete. Each checks clean on the scaffold.

export interface PolicyTemplate {
  id: string;
  text: string;
}

const policy = (id: string, body: string): PolicyTemplate => ({ id, text: `apiVersion: mops/v1\nkind: Policy\nid: ${id}\n${body}` });

export const POLICIES: PolicyTemplate[] = [
  policy(
    'min-lead-time',
    `title: No campaign launches less than 14 days after its brief is approved
description: >-
  Two weeks is what creative, review and QA need at the very least. A campaign that must go out sooner
  is an exception: the marketing lead approves it with a disable comment that says why.
match:
  kind: Brief
  when: has(self.timeline.brief_approved) && has(self.timeline.launch)
assert:
  - expr: timestamp(self.timeline.launch + 'T00:00:00Z') - timestamp(self.timeline.brief_approved + 'T00:00:00Z') >= duration('336h')
    at: timeline.launch
    message: "{self.id} launches less than 14 days after its brief was approved ({self.timeline.brief_approved})."
`,
  ),
  policy(
    'four-eyes-over-50k',
    `title: Above 50,000, no one approves their own campaign
description: >-
  The owner of a campaign planned above 50,000 approves none of its gates, even when they hold the
  gate's role: someone else who holds it approves (add a second holder to team.yaml if there is none).
severity: error
match:
  kind: Brief
  when: self.budget.planned > 50000
assert:
  - expr: it.approver != self.owner
    at: approvals.*.approver
    message: "{it.approver} owns {self.id} and approved its {it.gate} gate: above 50,000 someone else approves."
`,
  ),
  policy(
    'big-budget-is-tier-3',
    `title: A campaign planned above 100,000 is a tier-3 campaign
description: >-
  Spend at this level gets the integrated campaign's lead time, gates and reporting. Lower the plan or
  raise the tier (and give the campaign the tier's lead time).
match:
  kind: Brief
  when: self.budget.planned > 100000
assert:
  - expr: self.tier == 3
    at: tier
    message: "{self.id} plans {self.budget.planned} {self.budget.currency}: above 100,000 it is tier 3, not tier {self.tier}."
`,
  ),
  policy(
    'paid-social-utm-content',
    `title: Paid-social links say which ad they belong to
description: >-
  Several ads share a campaign's source and medium; utm_content tells them apart in analytics, so
  every paid-social link carries one.
match:
  kind: Brief
assert:
  - expr: "!it.url.matches('[?&]utm_medium=paid-social(&|$)') || it.url.matches('[?&]utm_content=[^&]+')"
    at: links.*.url
    message: Paid-social link {it.name} has no utm_content.
`,
  ),
  policy(
    'tier-lead-week',
    `title: No tier plans a campaign in less than a week
description: >-
  However small the campaign, creative, review and QA each need a few days. A workflow's tiers ask for
  at least a week between the brief's approval and the launch.
match:
  kind: Workflow
assert:
  - expr: "!has(it.min_lead_days) || it.min_lead_days >= 7"
    at: tiers.*.min_lead_days
    message: "Tier {it.tier} of {self.id} allows {it.min_lead_days} days from approval to launch: make it 7 or more."
`,
  ),
  policy(
    'budget-covers-a-year',
    `title: A budget covers a year at most
description: >-
  Allocations are agreed for a fiscal year (or a shorter period, such as a half or a quarter). A period
  longer than a year hides which year's money a campaign spends: split it into one Budget per year.
match:
  kind: Budget
assert:
  - expr: timestamp(self.period.end + 'T00:00:00Z') - timestamp(self.period.start + 'T00:00:00Z') < duration('8784h')
    at: period.end
    message: "{self.id} runs from {self.period.start} to {self.period.end}, longer than a year: split it into one Budget per year."
`,
  ),
  policy(
    'sop-reviewed-twice-a-year',
    `title: An SOP is looked at twice a year at least
description: >-
  Tools, channels and people change within a year; a procedure nobody has read for longer tells a new hire
  how the team used to work. Review each SOP every six months or more often.
match:
  kind: Sop
assert:
  - expr: self.review_every_days <= 183
    at: review_every_days
    message: "{self.title} is reviewed every {self.review_every_days} days: make it 183 or fewer."
`,
  ),
];
