// The scaffold's first records as text templates: a budget, a tool, an SOP, a brief, the README, .gitignore and the CI job.
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

/** What a playbook repo keeps out of git: what mops makes from the playbook, and an installed mops. */
export const GITIGNORE = `# Made by mops from the playbook, not part of it: reports, the check cache, an installed mops.
/reports/
/.mopscache
/.mopscache.delta
node_modules/
`;

export const README = `# {{title}}

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
| \`policies/\` | Policy | the team's own standards, checked like mops's rules (\`policy/<id>\`) |

## Checking the playbook

mops is not published on the npm registry: it is installed from its git repository, or from a copy of
it. It needs Node.js 20 or later. Pick one way:

- **From the git repository** (needs git and access to the repository). npm builds mops while it
  installs it:

  \`\`\`sh
  npm install --no-save git+https://github.com/mops-dev/mops.git
  npx mops check
  \`\`\`

- **From a clone on your machine**, once (\`npm install\` in the clone builds it), then run its \`bin/mops.js\`
  from this folder:

  \`\`\`sh
  git clone https://github.com/mops-dev/mops.git ~/mops && (cd ~/mops && npm install)
  node ~/mops/bin/mops.js check
  \`\`\`

- **From a packed copy**, for a machine without access to the repository: \`npm pack\` in a clone writes
  \`mops-<version>.tgz\`; copy it here and install it:

  \`\`\`sh
  npm install --no-save ./mops-0.1.0.tgz
  npx mops check
  \`\`\`

If your team keeps mops elsewhere (a fork, an internal mirror), use that address instead of
\`https://github.com/mops-dev/mops.git\`, and name that repository in \`.github/workflows/mops.yml\`
(\`uses: mops-dev/mops@v1\`: the mops action, at its release tag).

\`mops check\` prints each problem with its file and line, and exits 1 when one is an error. Run it before
you push, or let git run it: \`mops init --hooks\` installs a pre-commit hook that checks the staged YAML
files and refuses a commit with errors. The workflow runs the same check on every pull request and
annotates the problems on the diff. \`mops report all\` writes every report (pipeline, martech audit, budget, process health, UTM links)
into \`reports/\`, which \`.gitignore\` keeps out of git.

In VS Code, the mops extension shows the same problems as you type, with quick fixes: build it in the
clone with \`npm run package\` and install \`dist/mops.vsix\` with *Extensions: Install from VSIX…*.
`;

/** The workflow of examples/github/mops.yml, which runs the mops action (a test keeps the two the same). */
export const CI = "# A ready GitHub Actions workflow for a playbook repo: copy it to .github/workflows/mops.yml, with\n# mops.config.yaml at the repository root (the paths in annotations are relative to the playbook root).\n# Every push and pull request is checked by the mops action: annotations on the diff and SARIF for code\n# scanning; on a pull request, one comment, updated on each push, says what the change does to the operation.\nname: mops\non:\n  pull_request:\n  push:\n    branches: [main]\npermissions:\n  contents: read\njobs:\n  check:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n      actions: read            # upload-sarif reads the run's details (needed in private repositories)\n      security-events: write   # upload-sarif: findings in code scanning\n      pull-requests: write     # the diff report as a pull-request comment\n    steps:\n      - uses: actions/checkout@v4\n      # Its inputs, all optional: path, fail-on (error or warning), baseline (a file written by mops baseline),\n      # changed-since (a revision: then checkout with fetch-depth: 0), sarif and comment (true or false).\n      - uses: mops-dev/mops@v1\n        with:\n          path: .\n          fail-on: error\n";
