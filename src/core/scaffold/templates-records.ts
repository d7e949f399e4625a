// The scaffold's first records as text templates: a budget, a tool, an SOP, a brief, the README and the CI job.
// `{{name}}` placeholders are filled in by scaffold.ts with names and dates relative to the day of the scaffold.

export const BUDGET = `apiVersion: mops/v1
kind: Budget
id: {{budgetId}}
currency: USD
# A brief's planned spend counts against the allocation of its program in the Budget whose period
# holds the brief's launch date; budget/over-allocation warns when a program's briefs add up to more.
period:
  start: {{budgetStart}}
  end: {{budgetEnd}}
allocations:
  - program: demand-gen
    amount: 100000
  - program: brand
    amount: 50000
`;

export const TOOL = `apiVersion: mops/v1
kind: Tool
id: hubspot
name: HubSpot Marketing Hub
# One active tool per category; a second one is flagged as overlap (martech/overlap).
category: marketing-automation
owner: alex.rivera
status: active
cost:
  annual: 12000
  currency: USD
# Below Config's low_utilization_below (60%) of licensed seats in use, the tool is flagged.
seats:
  licensed: 10
  active: 8
# martech/renewal-due warns as the notice deadline (renewal minus notice_days) comes near.
contract:
  renewal: {{renewal}}
  notice_days: 60
  auto_renew: true
# Someone looks at whether the tool still earns its place every review_every_days.
last_review: {{today}}
review_every_days: 90
# A tool that holds personal data needs a signed data processing agreement.
data:
  pii: true
  dpa_signed: true
`;

export const SOP = `apiVersion: mops/v1
kind: Sop
id: campaign-launch-checklist
title: Campaign launch checklist
area: campaign-ops
owner: alex.rivera
last_review: {{today}}
review_every_days: 180
steps:
  - Confirm that every gate approval before launch is recorded in the brief
  - Test every tracked link and check its UTM parameters against the standard
  - Verify the audience segment and its size in the CRM
  - Schedule the send and the post-launch monitoring checks
`;

export const BRIEF = `apiVersion: mops/v1
kind: Brief
# The id follows the naming convention's campaign template, and the file is named after it.
id: {{briefId}}
title: Welcome series for new sign-ups
workflow: campaign
tier: 1
status: active
owner: alex.rivera
requester: sam.taylor
program: demand-gen
# Where the brief stands in its workflow; history below ends at this stage.
stage: brief
objective: Turn 500 new sign-ups into activated users within their first two weeks
audience:
  segment: new-sign-ups
  size: 4000
channels: [email]
timeline:
  brief_approved: {{approved}}
  launch: {{launch}}
  end: {{end}}
budget:
  currency: USD
  planned: 5000
  # The lines must add up to planned (brief/budget-sum).
  lines:
    - item: email-production
      planned: 3000
    - item: design
      planned: 2000
# Agreed before launch: a brief at or past launch without them is an error.
success_metrics:
  - metric: activated-users
    target: 500
# To leave the brief stage, a marketing-lead approves its gate here, for example:
#   - gate: brief
#     approver: sam.taylor
#     status: approved
#     date: {{approved}}
approvals: []
# Oldest first; a new entry is added each time the brief enters a stage.
history:
  - stage: brief
    entered: {{today}}
links:
  - name: hero-welcome
    url: https://www.example.com/welcome?utm_source=newsletter&utm_medium=email&utm_campaign={{briefId}}&utm_content=hero-welcome
tools: [hubspot]
compliance:
  legal_review: false
  consent_basis: consent
`;

export const README = `# {{name}} — marketing-ops playbook

This repository is the team's marketing operations as code, checked by [mops](https://github.com/mops-dev/mops).
Each YAML file holds one or more documents with \`apiVersion: mops/v1\` and a \`kind\`:

| path | kind | what it holds |
|---|---|---|
| \`mops.config.yaml\` | Config | which files to check, rule severities, martech thresholds |
| \`team.yaml\` | Team | the people and the roles that approve workflow gates |
| \`workflows/\` | Workflow | stages in order, their SLAs and exit gates, tier rules |
| \`conventions/\` | NamingConvention, UtmStandard | how campaigns and assets are named, how links are tagged |
| \`budget/\` | Budget | allocations per program for a period |
| \`martech/\` | Tool | the tool register: owner, cost, seats, contract, reviews |
| \`sops/\` | Sop | standard operating procedures |
| \`campaigns/\` | Brief | one campaign brief per file, named after its id |

Run \`npx mops check\` before you push; \`.github/workflows/mops.yml\` runs the same check on every
pull request and annotates the problems on the diff.
`;

export const CI = `# Checks the playbook on every pull request; problems show as annotations on the diff.
name: mops
on:
  pull_request:
  push:
    branches: [main]
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npx mops check --format github
`;
