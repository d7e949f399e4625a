// The scaffold's standing files as text templates: config, team, workflow, naming convention and UTM standard.
// `{{name}}` placeholders are filled in by scaffold.ts; the texts follow the reference playbook's format.

export const CONFIG = `apiVersion: mops/v1
kind: Config
# Date rules (SLAs, reviews, renewals) count from today's date. To get the same results on any day,
# in CI or a demo, pin it here:
# today: {{today}}
include: ["**/*.yaml", "**/*.yml"]
exclude: ["node_modules/**", ".git/**", ".github/**"]
martech:
  # A tool with fewer than 60% of its licensed seats in use is flagged (martech/low-utilization).
  low_utilization_below: 0.6
  # Warn this many days before a contract's notice deadline (renewal date minus notice_days).
  renewal_warning_days: 30
# Turn a rule up, down or off for the whole team, in CI and the editor alike:
# rules:
#   brief/sla-overdue: error
#   martech/*: warning
`;

export const TEAM = `apiVersion: mops/v1
kind: Team
id: {{teamId}}
description: {{teamDescription}}
# Everyone who owns, requests or approves something in the playbook. Briefs, tools and SOPs name
# people by id; workflow gates name roles, and every role a gate asks for must be held by someone here.
members:
  - id: sam.taylor
    name: Sam Taylor
    roles: [marketing-lead]
  - id: alex.rivera
    name: Alex Rivera
    roles: [campaign-ops]
  - id: jordan.lee
    name: Jordan Lee
    roles: [brand]
  - id: casey.kim
    name: Casey Kim
    roles: [legal]
`;

export const WORKFLOW = `apiVersion: mops/v1
kind: Workflow
id: campaign
title: Campaign launch
# Stages run in this order. A brief's \`stage\` says where it stands and its \`history\` when it got there;
# sla_days is how long it may stay before brief/sla-overdue warns.
#
# Stage gates: a brief advances only when the gate of the stage it leaves is passed: an \`approved\`
# entry in the brief's approvals from someone holding one of approver_roles, with every checklist item
# confirmed and every field in \`requires\` filled in. A stage without a gate is left freely.
stages:
  - id: brief
    sla_days: 5
    gate:
      approver_roles: [marketing-lead]
      requires: [objective, audience, timeline, budget, success_metrics]
  - id: creative
    sla_days: 10
    gate:
      approver_roles: [brand]
  - id: review
    sla_days: 3
    gate:
      approver_roles: [legal]
      checklist: [brand-guidelines, legal-compliance]
  - id: qa
    sla_days: 3
    gate:
      approver_roles: [campaign-ops]
      checklist: [links-tested, utm-verified, tracking-verified, audience-verified]
  - id: launch
    sla_days: 2
  - id: optimize
    sla_days: 30
  - id: report
    sla_days: 7
# Tiers: 1 is a single channel in a week or two, 2 multi-channel over 3-4 weeks, 3 an integrated
# campaign of six weeks or more. min_lead_days runs from timeline.brief_approved to timeline.launch.
tiers:
  - tier: 1
    min_lead_days: 7
    max_channels: 1
  - tier: 2
    min_lead_days: 21
  - tier: 3
    min_lead_days: 42
`;

export const NAMING = `apiVersion: mops/v1
kind: NamingConvention
id: {{teamId}}
# Names are token templates, not regular expressions: each {token} is defined below. A brief id must
# fit \`campaign\`, a tool id \`tool\`; the UTM standard points utm_campaign and utm_content here too.
targets:
  campaign:
    pattern: "{year}{quarter}-{region}-{channel}-{slug}"
    max_length: 60
  asset:
    pattern: "{format}-{slug}"
    max_length: 40
  tool:
    pattern: "{slug}"
tokens:
  year:
    format: year
  quarter:
    values: [q1, q2, q3, q4]
  region:
    values: [na, emea, apac, latam, global]
  # A brief's channels must come from this list too (ref/unknown-channel).
  channel:
    values: [email, social, search, display, events, content, partner, multi]
  format:
    values: [hero, banner, cta, footer, post, video, ad]
  slug:
    format: slug
    max_length: 30
`;

export const UTM = `apiVersion: mops/v1
kind: UtmStandard
id: {{teamId}}
# Every tracked link in every brief is checked against this standard, and its utm_campaign must be
# the brief's id. Values are lowercase; add a source or medium here before using it in a link.
required: [utm_source, utm_medium, utm_campaign]
params:
  utm_source:
    values: [newsletter, google, meta, linkedin, partner]
  utm_medium:
    values: [email, cpc, paid-social, organic-social, display, referral]
  utm_campaign:
    naming: campaign
  utm_content:
    naming: asset
# Which mediums each source may be paired with.
source_medium:
  newsletter: [email]
  google: [cpc, display]
  meta: [paid-social, organic-social]
  linkedin: [paid-social, organic-social]
  partner: [referral]
# Landing pages must be on these domains, over https, with no e-mail address or phone number in the URL.
domains: [www.example.com]
require_https: true
forbid_pii: true
max_url_length: 2000
`;
