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
    'email-consent-basis',
    `title: An email campaign states the lawful basis for its sends
description: >-
  Anti-spam and data-protection law (CAN-SPAM, GDPR, CASL) ask on what basis each person is emailed.
  Say it in compliance.consent_basis before the campaign is planned further, so legal review has it.
match:
  kind: Brief
  when: "'email' in self.channels && self.status != 'cancelled'"
assert:
  - expr: has(self.compliance.consent_basis)
    at: compliance.consent_basis
    message: "{self.id} sends email: state its lawful basis in compliance.consent_basis."
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
    'pii-tools-quarterly-review',
    `title: A tool that holds personal data is reviewed every quarter
description: >-
  Who can see the data, what flows where and whether the data processing agreement still holds change
  faster than a yearly review notices.
match:
  kind: Tool
  when: self.data.pii && self.status != 'retired'
assert:
  - expr: self.review_every_days <= 90
    at: review_every_days
    message: "{self.name} holds personal data: set review_every_days to 90 or less."
`,
  ),
  policy(
    'sop-owner-holds-area-role',
    `title: An SOP is owned by someone who does that work
description: >-
  The owner keeps the procedure true; someone outside its area cannot tell when it has gone stale.
  Where nobody on the team holds the area's role yet, any owner will do.
match:
  kind: Sop
assert:
  - expr: self.area in playbook.people[self.owner].roles || !playbook.people.exists(p, self.area in playbook.people[p].roles)
    at: owner
    message: "{self.owner} does not hold the {self.area} role: hand this SOP to someone who does."
`,
  ),
];
