// Generated from schemas/ by scripts/generate.mjs (ajv standalone code). Do not edit by hand:
// change the schemas and run `npm run generate`.
"use strict";
export const Config = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mops.dev/schemas/v1/config.schema.json","title":"Config","description":"Playbook settings, kept in mops.config.yaml at the root of the playbook repo: which files to check, how severe each rule is, the date to treat as today, and report settings.","markdownDescription":"Playbook settings, kept in `mops.config.yaml` at the root of the playbook repo: which files to check, how severe each rule is, the date to treat as today, and report settings.\n\n```yaml\napiVersion: mops/v1\nkind: Config\ntoday: 2026-11-20\ninclude: [\"**/*.yaml\", \"**/*.yml\"]\nrules:\n  utm/case: error\n  martech/*: warning\n```","type":"object","required":["apiVersion","kind"],"additionalProperties":false,"properties":{"apiVersion":{"description":"The mops file format version. Always mops/v1.","markdownDescription":"The mops file format version. Always `mops/v1`.\n\n```yaml\napiVersion: mops/v1\nkind: Config\n```","const":"mops/v1"},"kind":{"description":"The document type. Config for the playbook settings file (mops.config.yaml).","markdownDescription":"The document type: `Config` for the playbook settings file (mops.config.yaml).","const":"Config"},"today":{"description":"A fixed date to treat as today for date rules (overdue SLAs, reviews, renewals) and reports, so that results are reproducible. Leave it out to use the real date.","markdownDescription":"A fixed date to treat as today for date rules (overdue SLAs, reviews, renewals) and reports, so that results are reproducible. Leave it out to use the real date; `--today` on the command line overrides it.\n\nExample: `today: 2026-11-20`","type":"string","format":"date"},"include":{"description":"Glob patterns of the files to check, relative to the playbook root.","markdownDescription":"Glob patterns of the files to check, relative to the playbook root.\n\nExample: `include: [\"**/*.yaml\", \"**/*.yml\"]`","type":"array","items":{"description":"A glob pattern of files to check.","markdownDescription":"A glob pattern of files to check, e.g. `campaigns/**/*.yaml`.","type":"string","minLength":1}},"exclude":{"description":"Glob patterns of files to skip, even when they match an include pattern.","markdownDescription":"Glob patterns of files to skip, even when they match an `include` pattern.\n\nExample: `exclude: [\"node_modules/**\", \".git/**\"]`","type":"array","items":{"description":"A glob pattern of files to skip.","markdownDescription":"A glob pattern of files to skip, e.g. `archive/**`.","type":"string","minLength":1}},"rules":{"description":"How severe each rule is. The key is a rule id such as utm/case, or a prefix such as utm/* for a whole group; the value is off, info, warning or error.","markdownDescription":"How severe each rule is. The key is a rule id such as `utm/case`, or a prefix such as `utm/*` for a whole group; the value is `off`, `info`, `warning` or `error`. A rule that is `off` is off everywhere, in the editor and in CI.\n\n```yaml\nrules:\n  utm/*: error\n  martech/low-utilization: off\n```","type":"object","additionalProperties":{"description":"The severity for this rule or group of rules: off, info, warning or error.","markdownDescription":"The severity for this rule or group of rules: `off`, `info`, `warning` or `error`.","allOf":[{"$ref":"#/definitions/RuleSeverity"}]}},"martech":{"description":"Thresholds for the martech register checks: seat utilisation and contract renewal warnings.","markdownDescription":"Thresholds for the martech register checks: seat utilisation and contract renewal warnings.\n\n```yaml\nmartech:\n  low_utilization_below: 0.6\n  renewal_warning_days: 30\n```","allOf":[{"$ref":"#/definitions/MartechSettings"}]},"limits":{"description":"Safety limits for reading files, such as the largest file mops will parse.","markdownDescription":"Safety limits for reading files, such as the largest file mops will parse.\n\n```yaml\nlimits:\n  max_file_bytes: 1048576\n```","allOf":[{"$ref":"#/definitions/LimitSettings"}]},"reports":{"description":"Settings for generated reports: where they are written and how far ahead they look.","markdownDescription":"Settings for generated reports: where they are written and how far ahead they look.\n\n```yaml\nreports:\n  out_dir: reports\n  launch_window_days: 14\n  renewal_window_days: 90\n```","allOf":[{"$ref":"#/definitions/ReportSettings"}]},"calendar":{"description":"The campaign calendar's rules: blackout periods when campaigns must not run or launch, and the clash limits (launches per channel in a window, one audience segment targeted by overlapping campaigns). Without it, mops checks no blackout and no clash.","markdownDescription":"The campaign calendar's rules: blackout periods when campaigns must not run or launch (`calendar/blackout`), and the clash limits (`calendar/clash`): launches per channel in a window, and one audience segment targeted by two campaigns live at once. Without a `calendar` section mops checks no blackout and no clash. `mops report calendar` shows both.\n\n```yaml\ncalendar:\n  blackouts:\n    - from: 2026-12-24\n      to: 2027-01-01\n      reason: Year-end freeze\n  clashes:\n    max_launches_per_channel: 2\n    window_days: 7\n```","allOf":[{"$ref":"#/definitions/CalendarSettings"}]}},"definitions":{"RuleSeverity":{"title":"RuleSeverity","description":"How a rule reports its findings: off (not checked), info, warning or error. Only errors fail a CI check by default.","markdownDescription":"How a rule reports its findings: `off` (not checked), `info`, `warning` or `error`. Only `error` fails a CI check by default (see `--max-warnings`).","type":"string","enum":["off","info","warning","error"]},"MartechSettings":{"title":"MartechSettings","description":"Thresholds for the martech register checks: seat utilisation and contract renewal warnings.","markdownDescription":"Thresholds for the martech register checks: seat utilisation (`martech/low-utilization`) and contract renewal warnings (`martech/renewal-due`).","type":"object","additionalProperties":false,"properties":{"low_utilization_below":{"description":"Flag a tool when its active seats divided by its licensed seats fall below this share, from 0 to 1.","markdownDescription":"Flag a tool (`martech/low-utilization`) when `seats.active` divided by `seats.licensed` falls below this share, from `0` to `1`.\n\nExample: `0.6` flags 11 active seats out of 20.","type":"number","minimum":0,"maximum":1,"default":0.6},"renewal_warning_days":{"description":"Warn this many days before a contract's notice deadline (its renewal date minus its notice days).","markdownDescription":"Warn (`martech/renewal-due`) this many days before a contract's notice deadline, that is `contract.renewal` minus `contract.notice_days`.\n\nExample: `30`","type":"integer","minimum":0,"default":30}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"LimitSettings":{"title":"LimitSettings","description":"Safety limits for reading files, such as the largest file mops will parse.","markdownDescription":"Safety limits for reading files, such as the largest file mops will parse (`max_file_bytes`).","type":"object","additionalProperties":false,"properties":{"max_file_bytes":{"description":"Files larger than this many bytes are not parsed; each one is reported instead. At most 8 MiB: a playbook cannot make mops parse more.","markdownDescription":"Files larger than this many bytes are not parsed; each one is reported as `file/too-large` instead. At most 8 MiB (8388608): a playbook repo is untrusted, and cannot make mops parse files large enough to exhaust memory.\n\nExample: `1048576` (1 MiB)","type":"integer","minimum":0,"maximum":8388608,"default":1048576}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"ReportSettings":{"title":"ReportSettings","description":"Settings for generated reports.","markdownDescription":"Settings for the reports made by `mops report` and the editor's report command.","type":"object","additionalProperties":false,"properties":{"out_dir":{"description":"The folder, relative to the playbook root, where generated reports are written.","markdownDescription":"The folder, relative to the playbook root, where generated reports are written.\n\nExample: `out_dir: reports`","type":"string","minLength":1,"pattern":"^(?![\\\\/~])(?![A-Za-z]:)(?!(.*[\\\\/])?\\.\\.([\\\\/]|$)).+$","patternMessage":"a folder inside the playbook: a relative path without '..'"},"launch_window_days":{"description":"How many days ahead the pipeline report looks for upcoming launches.","markdownDescription":"How many days ahead the pipeline report looks for upcoming launches.\n\nExample: `14`","type":"integer","minimum":0,"default":14},"renewal_window_days":{"description":"How many days ahead the martech report lists upcoming contract renewals.","markdownDescription":"How many days ahead the martech report lists upcoming contract renewals.\n\nExample: `90`","type":"integer","minimum":0,"default":90}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"CalendarSettings":{"title":"CalendarSettings","description":"Blackout periods and clash limits for the campaign calendar.","markdownDescription":"Blackout periods (`calendar/blackout`) and clash limits (`calendar/clash`) for the campaign calendar (`mops report calendar`).","type":"object","additionalProperties":false,"properties":{"blackouts":{"description":"Periods when campaigns must not run (or, with applies_to: launch, must not launch): a holiday freeze, a quiet period, a platform migration.","markdownDescription":"Periods when campaigns must not run (or, with `applies_to: launch`, must not launch): a holiday freeze, a quiet period before earnings, a platform migration. A brief whose live window (`timeline.launch` to `timeline.end`) touches one gets `calendar/blackout`.\n\n```yaml\nblackouts:\n  - from: 2026-12-24\n    to: 2027-01-01\n    reason: Year-end freeze\n    channels: [email]\n```","type":"array","items":{"description":"One blackout period: its first and last day, why, and optionally the regions and channels it applies to.","markdownDescription":"One blackout period: `from` and `to` (both days included), a `reason`, and optionally the `regions` and `channels` it applies to.","allOf":[{"$ref":"#/definitions/Blackout"}]}},"clashes":{"description":"When two campaigns clash: too many launches on one channel in a window, or one audience segment targeted by campaigns live at the same time.","markdownDescription":"When two campaigns clash (`calendar/clash`): more than `max_launches_per_channel` launches on one channel within `window_days` days, or one audience segment targeted by two campaigns live at the same time (`same_segment`).\n\n```yaml\nclashes:\n  max_launches_per_channel: 2\n  window_days: 7\n  per_channel:\n    email: 1\n  same_segment: true\n```","allOf":[{"$ref":"#/definitions/ClashLimits"}]}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"Blackout":{"title":"Blackout","description":"One blackout period.","markdownDescription":"One blackout period: `from` and `to` (both days included) and a `reason`; `regions` and `channels` narrow it.","type":"object","required":["from","to","reason"],"additionalProperties":false,"properties":{"from":{"description":"The first day of the blackout, YYYY-MM-DD.","markdownDescription":"The first day of the blackout, included.\n\nExample: `from: 2026-12-24`","type":"string","format":"date"},"to":{"description":"The last day of the blackout, YYYY-MM-DD (included).","markdownDescription":"The last day of the blackout, included. The same day as `from` for a one-day blackout.\n\nExample: `to: 2027-01-01`","type":"string","format":"date"},"reason":{"description":"Why campaigns must not run then; the finding and the calendar show it.","markdownDescription":"Why campaigns must not run then: the `calendar/blackout` finding and the calendar report show it.\n\nExample: `reason: Year-end freeze`","type":"string","minLength":1},"regions":{"description":"The regions the blackout applies to (the region token of the brief id, as the naming convention reads it); every region when left out. A brief of region global is in every region.","markdownDescription":"The regions the blackout applies to: the `{region}` token of the brief id, as the naming convention's `campaign` target reads it. Left out, the blackout applies everywhere. A brief whose region is `global` runs in every region, so every regional blackout applies to it.\n\nExample: `regions: [emea]`","type":"array","items":{"description":"A region code, such as emea.","markdownDescription":"A region code, as in the naming convention's `region` token (`na`, `emea`).","type":"string","minLength":1}},"channels":{"description":"The channels the blackout applies to; every channel when left out.","markdownDescription":"The channels the blackout applies to (a brief with any of them is hit); every channel when left out.\n\nExample: `channels: [email, social]`","type":"array","items":{"description":"A channel code, such as email.","markdownDescription":"A channel code, as in the brief's `channels` (`email`, `social`).","type":"string","minLength":1}},"applies_to":{"description":"live (the default): no campaign may run during the blackout; launch: none may launch during it, but campaigns already running may continue.","markdownDescription":"`live` (the default): no campaign may be live during the blackout. `launch`: no campaign may launch during it, but campaigns already running may go on (a launch freeze).\n\nExample: `applies_to: launch`","type":"string","enum":["live","launch"],"default":"live"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"ClashLimits":{"title":"ClashLimits","description":"The limits past which campaigns clash.","markdownDescription":"The limits past which campaigns clash (`calendar/clash`): launches per channel in a window, and one audience segment in overlapping campaigns.","type":"object","additionalProperties":false,"properties":{"max_launches_per_channel":{"description":"The most launches one channel may take within window_days days; more is a clash. Not checked when left out.","markdownDescription":"The most launches one channel may take within `window_days` consecutive days; one more is a clash. Left out, launches per channel are not limited (but see `per_channel`).\n\nExample: `max_launches_per_channel: 2`","type":"integer","minimum":1},"window_days":{"description":"How many consecutive days the launch limit counts over (7: a week).","markdownDescription":"How many consecutive days the launch limit counts over: `7` for no more than N launches in any 7 days.\n\nExample: `window_days: 7`","type":"integer","minimum":1,"default":7},"per_channel":{"description":"A limit per channel, overriding max_launches_per_channel for that channel.","markdownDescription":"A limit per channel, overriding `max_launches_per_channel` for that channel.\n\n```yaml\nper_channel:\n  email: 1\n```","type":"object","additionalProperties":{"description":"The most launches this channel may take within window_days days.","markdownDescription":"The most launches this channel may take within `window_days` days.","type":"integer","minimum":1}},"same_segment":{"description":"Whether two campaigns to the same audience segment (audience.segment) live at the same time clash. Default true.","markdownDescription":"Whether two campaigns to the same audience segment (`audience.segment`, compared as written) live at the same time clash: the audience gets both at once. Default `true`.\n\nExample: `same_segment: false`","type":"boolean","default":true}}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema12 = {"title":"RuleSeverity","description":"How a rule reports its findings: off (not checked), info, warning or error. Only errors fail a CI check by default.","markdownDescription":"How a rule reports its findings: `off` (not checked), `info`, `warning` or `error`. Only `error` fails a CI check by default (see `--max-warnings`).","type":"string","enum":["off","info","warning","error"]};
const schema13 = {"title":"MartechSettings","description":"Thresholds for the martech register checks: seat utilisation and contract renewal warnings.","markdownDescription":"Thresholds for the martech register checks: seat utilisation (`martech/low-utilization`) and contract renewal warnings (`martech/renewal-due`).","type":"object","additionalProperties":false,"properties":{"low_utilization_below":{"description":"Flag a tool when its active seats divided by its licensed seats fall below this share, from 0 to 1.","markdownDescription":"Flag a tool (`martech/low-utilization`) when `seats.active` divided by `seats.licensed` falls below this share, from `0` to `1`.\n\nExample: `0.6` flags 11 active seats out of 20.","type":"number","minimum":0,"maximum":1,"default":0.6},"renewal_warning_days":{"description":"Warn this many days before a contract's notice deadline (its renewal date minus its notice days).","markdownDescription":"Warn (`martech/renewal-due`) this many days before a contract's notice deadline, that is `contract.renewal` minus `contract.notice_days`.\n\nExample: `30`","type":"integer","minimum":0,"default":30}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema14 = {"title":"LimitSettings","description":"Safety limits for reading files, such as the largest file mops will parse.","markdownDescription":"Safety limits for reading files, such as the largest file mops will parse (`max_file_bytes`).","type":"object","additionalProperties":false,"properties":{"max_file_bytes":{"description":"Files larger than this many bytes are not parsed; each one is reported instead. At most 8 MiB: a playbook cannot make mops parse more.","markdownDescription":"Files larger than this many bytes are not parsed; each one is reported as `file/too-large` instead. At most 8 MiB (8388608): a playbook repo is untrusted, and cannot make mops parse files large enough to exhaust memory.\n\nExample: `1048576` (1 MiB)","type":"integer","minimum":0,"maximum":8388608,"default":1048576}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema15 = {"title":"ReportSettings","description":"Settings for generated reports.","markdownDescription":"Settings for the reports made by `mops report` and the editor's report command.","type":"object","additionalProperties":false,"properties":{"out_dir":{"description":"The folder, relative to the playbook root, where generated reports are written.","markdownDescription":"The folder, relative to the playbook root, where generated reports are written.\n\nExample: `out_dir: reports`","type":"string","minLength":1,"pattern":"^(?![\\\\/~])(?![A-Za-z]:)(?!(.*[\\\\/])?\\.\\.([\\\\/]|$)).+$","patternMessage":"a folder inside the playbook: a relative path without '..'"},"launch_window_days":{"description":"How many days ahead the pipeline report looks for upcoming launches.","markdownDescription":"How many days ahead the pipeline report looks for upcoming launches.\n\nExample: `14`","type":"integer","minimum":0,"default":14},"renewal_window_days":{"description":"How many days ahead the martech report lists upcoming contract renewals.","markdownDescription":"How many days ahead the martech report lists upcoming contract renewals.\n\nExample: `90`","type":"integer","minimum":0,"default":90}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^x-", "u");
const pattern4 = new RegExp("^(?![\\\\/~])(?![A-Za-z]:)(?!(.*[\\\\/])?\\.\\.([\\\\/]|$)).+$", "u");
const formats0 = require("ajv-formats/dist/formats").fullFormats.date;
const schema16 = {"title":"CalendarSettings","description":"Blackout periods and clash limits for the campaign calendar.","markdownDescription":"Blackout periods (`calendar/blackout`) and clash limits (`calendar/clash`) for the campaign calendar (`mops report calendar`).","type":"object","additionalProperties":false,"properties":{"blackouts":{"description":"Periods when campaigns must not run (or, with applies_to: launch, must not launch): a holiday freeze, a quiet period, a platform migration.","markdownDescription":"Periods when campaigns must not run (or, with `applies_to: launch`, must not launch): a holiday freeze, a quiet period before earnings, a platform migration. A brief whose live window (`timeline.launch` to `timeline.end`) touches one gets `calendar/blackout`.\n\n```yaml\nblackouts:\n  - from: 2026-12-24\n    to: 2027-01-01\n    reason: Year-end freeze\n    channels: [email]\n```","type":"array","items":{"description":"One blackout period: its first and last day, why, and optionally the regions and channels it applies to.","markdownDescription":"One blackout period: `from` and `to` (both days included), a `reason`, and optionally the `regions` and `channels` it applies to.","allOf":[{"$ref":"#/definitions/Blackout"}]}},"clashes":{"description":"When two campaigns clash: too many launches on one channel in a window, or one audience segment targeted by campaigns live at the same time.","markdownDescription":"When two campaigns clash (`calendar/clash`): more than `max_launches_per_channel` launches on one channel within `window_days` days, or one audience segment targeted by two campaigns live at the same time (`same_segment`).\n\n```yaml\nclashes:\n  max_launches_per_channel: 2\n  window_days: 7\n  per_channel:\n    email: 1\n  same_segment: true\n```","allOf":[{"$ref":"#/definitions/ClashLimits"}]}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema17 = {"title":"Blackout","description":"One blackout period.","markdownDescription":"One blackout period: `from` and `to` (both days included) and a `reason`; `regions` and `channels` narrow it.","type":"object","required":["from","to","reason"],"additionalProperties":false,"properties":{"from":{"description":"The first day of the blackout, YYYY-MM-DD.","markdownDescription":"The first day of the blackout, included.\n\nExample: `from: 2026-12-24`","type":"string","format":"date"},"to":{"description":"The last day of the blackout, YYYY-MM-DD (included).","markdownDescription":"The last day of the blackout, included. The same day as `from` for a one-day blackout.\n\nExample: `to: 2027-01-01`","type":"string","format":"date"},"reason":{"description":"Why campaigns must not run then; the finding and the calendar show it.","markdownDescription":"Why campaigns must not run then: the `calendar/blackout` finding and the calendar report show it.\n\nExample: `reason: Year-end freeze`","type":"string","minLength":1},"regions":{"description":"The regions the blackout applies to (the region token of the brief id, as the naming convention reads it); every region when left out. A brief of region global is in every region.","markdownDescription":"The regions the blackout applies to: the `{region}` token of the brief id, as the naming convention's `campaign` target reads it. Left out, the blackout applies everywhere. A brief whose region is `global` runs in every region, so every regional blackout applies to it.\n\nExample: `regions: [emea]`","type":"array","items":{"description":"A region code, such as emea.","markdownDescription":"A region code, as in the naming convention's `region` token (`na`, `emea`).","type":"string","minLength":1}},"channels":{"description":"The channels the blackout applies to; every channel when left out.","markdownDescription":"The channels the blackout applies to (a brief with any of them is hit); every channel when left out.\n\nExample: `channels: [email, social]`","type":"array","items":{"description":"A channel code, such as email.","markdownDescription":"A channel code, as in the brief's `channels` (`email`, `social`).","type":"string","minLength":1}},"applies_to":{"description":"live (the default): no campaign may run during the blackout; launch: none may launch during it, but campaigns already running may continue.","markdownDescription":"`live` (the default): no campaign may be live during the blackout. `launch`: no campaign may launch during it, but campaigns already running may go on (a launch freeze).\n\nExample: `applies_to: launch`","type":"string","enum":["live","launch"],"default":"live"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema18 = {"title":"ClashLimits","description":"The limits past which campaigns clash.","markdownDescription":"The limits past which campaigns clash (`calendar/clash`): launches per channel in a window, and one audience segment in overlapping campaigns.","type":"object","additionalProperties":false,"properties":{"max_launches_per_channel":{"description":"The most launches one channel may take within window_days days; more is a clash. Not checked when left out.","markdownDescription":"The most launches one channel may take within `window_days` consecutive days; one more is a clash. Left out, launches per channel are not limited (but see `per_channel`).\n\nExample: `max_launches_per_channel: 2`","type":"integer","minimum":1},"window_days":{"description":"How many consecutive days the launch limit counts over (7: a week).","markdownDescription":"How many consecutive days the launch limit counts over: `7` for no more than N launches in any 7 days.\n\nExample: `window_days: 7`","type":"integer","minimum":1,"default":7},"per_channel":{"description":"A limit per channel, overriding max_launches_per_channel for that channel.","markdownDescription":"A limit per channel, overriding `max_launches_per_channel` for that channel.\n\n```yaml\nper_channel:\n  email: 1\n```","type":"object","additionalProperties":{"description":"The most launches this channel may take within window_days days.","markdownDescription":"The most launches this channel may take within `window_days` days.","type":"integer","minimum":1}},"same_segment":{"description":"Whether two campaigns to the same audience segment (audience.segment) live at the same time clash. Default true.","markdownDescription":"Whether two campaigns to the same audience segment (`audience.segment`, compared as written) live at the same time clash: the audience gets both at once. Default `true`.\n\nExample: `same_segment: false`","type":"boolean","default":true}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "blackouts") || (key0 === "clashes")) || (pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.blackouts !== undefined){
let data0 = data.blackouts;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.from === undefined){
const err1 = {instancePath:instancePath+"/blackouts/" + i0,schemaPath:"#/definitions/Blackout/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema17.required,parentSchema:schema17,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.to === undefined){
const err2 = {instancePath:instancePath+"/blackouts/" + i0,schemaPath:"#/definitions/Blackout/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema17.required,parentSchema:schema17,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.reason === undefined){
const err3 = {instancePath:instancePath+"/blackouts/" + i0,schemaPath:"#/definitions/Blackout/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema17.required,parentSchema:schema17,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data1){
if(!(((((((key1 === "from") || (key1 === "to")) || (key1 === "reason")) || (key1 === "regions")) || (key1 === "channels")) || (key1 === "applies_to")) || (pattern0.test(key1)))){
const err4 = {instancePath:instancePath+"/blackouts/" + i0,schemaPath:"#/definitions/Blackout/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.from !== undefined){
let data2 = data1.from;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err5 = {instancePath:instancePath+"/blackouts/" + i0+"/from",schemaPath:"#/definitions/Blackout/properties/from/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema17.properties.from,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/blackouts/" + i0+"/from",schemaPath:"#/definitions/Blackout/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.from.type,parentSchema:schema17.properties.from,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.to !== undefined){
let data3 = data1.to;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err7 = {instancePath:instancePath+"/blackouts/" + i0+"/to",schemaPath:"#/definitions/Blackout/properties/to/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema17.properties.to,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/blackouts/" + i0+"/to",schemaPath:"#/definitions/Blackout/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.to.type,parentSchema:schema17.properties.to,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.reason !== undefined){
let data4 = data1.reason;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err9 = {instancePath:instancePath+"/blackouts/" + i0+"/reason",schemaPath:"#/definitions/Blackout/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.reason,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/blackouts/" + i0+"/reason",schemaPath:"#/definitions/Blackout/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.reason.type,parentSchema:schema17.properties.reason,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.regions !== undefined){
let data5 = data1.regions;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err11 = {instancePath:instancePath+"/blackouts/" + i0+"/regions/" + i1,schemaPath:"#/definitions/Blackout/properties/regions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.regions.items,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/blackouts/" + i0+"/regions/" + i1,schemaPath:"#/definitions/Blackout/properties/regions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.regions.items.type,parentSchema:schema17.properties.regions.items,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/blackouts/" + i0+"/regions",schemaPath:"#/definitions/Blackout/properties/regions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties.regions.type,parentSchema:schema17.properties.regions,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.channels !== undefined){
let data7 = data1.channels;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err14 = {instancePath:instancePath+"/blackouts/" + i0+"/channels/" + i2,schemaPath:"#/definitions/Blackout/properties/channels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.channels.items,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/blackouts/" + i0+"/channels/" + i2,schemaPath:"#/definitions/Blackout/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.channels.items.type,parentSchema:schema17.properties.channels.items,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/blackouts/" + i0+"/channels",schemaPath:"#/definitions/Blackout/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties.channels.type,parentSchema:schema17.properties.channels,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.applies_to !== undefined){
let data9 = data1.applies_to;
if(typeof data9 !== "string"){
const err17 = {instancePath:instancePath+"/blackouts/" + i0+"/applies_to",schemaPath:"#/definitions/Blackout/properties/applies_to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.applies_to.type,parentSchema:schema17.properties.applies_to,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((data9 === "live") || (data9 === "launch"))){
const err18 = {instancePath:instancePath+"/blackouts/" + i0+"/applies_to",schemaPath:"#/definitions/Blackout/properties/applies_to/enum",keyword:"enum",params:{allowedValues: schema17.properties.applies_to.enum},message:"must be equal to one of the allowed values",schema:schema17.properties.applies_to.enum,parentSchema:schema17.properties.applies_to,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/blackouts/" + i0,schemaPath:"#/definitions/Blackout/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/blackouts",schemaPath:"#/properties/blackouts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.blackouts.type,parentSchema:schema16.properties.blackouts,data:data0};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.clashes !== undefined){
let data10 = data.clashes;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
if(!((((key2 === "max_launches_per_channel") || (key2 === "window_days")) || (key2 === "per_channel")) || (key2 === "same_segment"))){
const err21 = {instancePath:instancePath+"/clashes",schemaPath:"#/definitions/ClashLimits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data10.max_launches_per_channel !== undefined){
let data11 = data10.max_launches_per_channel;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err22 = {instancePath:instancePath+"/clashes/max_launches_per_channel",schemaPath:"#/definitions/ClashLimits/properties/max_launches_per_channel/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema18.properties.max_launches_per_channel.type,parentSchema:schema18.properties.max_launches_per_channel,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err23 = {instancePath:instancePath+"/clashes/max_launches_per_channel",schemaPath:"#/definitions/ClashLimits/properties/max_launches_per_channel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema18.properties.max_launches_per_channel,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data10.window_days !== undefined){
let data12 = data10.window_days;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err24 = {instancePath:instancePath+"/clashes/window_days",schemaPath:"#/definitions/ClashLimits/properties/window_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema18.properties.window_days.type,parentSchema:schema18.properties.window_days,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err25 = {instancePath:instancePath+"/clashes/window_days",schemaPath:"#/definitions/ClashLimits/properties/window_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema18.properties.window_days,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data10.per_channel !== undefined){
let data13 = data10.per_channel;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
let data14 = data13[key3];
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err26 = {instancePath:instancePath+"/clashes/per_channel/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ClashLimits/properties/per_channel/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema18.properties.per_channel.additionalProperties.type,parentSchema:schema18.properties.per_channel.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err27 = {instancePath:instancePath+"/clashes/per_channel/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ClashLimits/properties/per_channel/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema18.properties.per_channel.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/clashes/per_channel",schemaPath:"#/definitions/ClashLimits/properties/per_channel/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.properties.per_channel.type,parentSchema:schema18.properties.per_channel,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data10.same_segment !== undefined){
let data15 = data10.same_segment;
if(typeof data15 !== "boolean"){
const err29 = {instancePath:instancePath+"/clashes/same_segment",schemaPath:"#/definitions/ClashLimits/properties/same_segment/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.same_segment.type,parentSchema:schema18.properties.same_segment,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/clashes",schemaPath:"#/definitions/ClashLimits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mops.dev/schemas/v1/config.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((func2.call(schema11.properties, key0)) || (pattern0.test(key0)))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if("mops/v1" !== data0){
const err3 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "mops/v1"},message:"must be equal to constant",schema:"mops/v1",parentSchema:schema11.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("Config" !== data1){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Config"},message:"must be equal to constant",schema:"Config",parentSchema:schema11.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.today !== undefined){
let data2 = data.today;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err5 = {instancePath:instancePath+"/today",schemaPath:"#/properties/today/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema11.properties.today,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/today",schemaPath:"#/properties/today/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.today.type,parentSchema:schema11.properties.today,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.include !== undefined){
let data3 = data.include;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err7 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.include.items,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.include.items.type,parentSchema:schema11.properties.include.items,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.include.type,parentSchema:schema11.properties.include,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.exclude !== undefined){
let data5 = data.exclude;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err10 = {instancePath:instancePath+"/exclude/" + i1,schemaPath:"#/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.exclude.items,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/exclude/" + i1,schemaPath:"#/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.exclude.items.type,parentSchema:schema11.properties.exclude.items,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.exclude.type,parentSchema:schema11.properties.exclude,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.rules !== undefined){
let data7 = data.rules;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
let data8 = data7[key1];
if(typeof data8 !== "string"){
const err13 = {instancePath:instancePath+"/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/RuleSeverity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((data8 === "off") || (data8 === "info")) || (data8 === "warning")) || (data8 === "error"))){
const err14 = {instancePath:instancePath+"/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/RuleSeverity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values",schema:schema12.enum,parentSchema:schema12,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.type,parentSchema:schema11.properties.rules,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.martech !== undefined){
let data9 = data.martech;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
if(!(((key2 === "low_utilization_below") || (key2 === "renewal_warning_days")) || (pattern0.test(key2)))){
const err16 = {instancePath:instancePath+"/martech",schemaPath:"#/definitions/MartechSettings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data9.low_utilization_below !== undefined){
let data10 = data9.low_utilization_below;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1 || isNaN(data10)){
const err17 = {instancePath:instancePath+"/martech/low_utilization_below",schemaPath:"#/definitions/MartechSettings/properties/low_utilization_below/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema13.properties.low_utilization_below,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err18 = {instancePath:instancePath+"/martech/low_utilization_below",schemaPath:"#/definitions/MartechSettings/properties/low_utilization_below/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.low_utilization_below,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/martech/low_utilization_below",schemaPath:"#/definitions/MartechSettings/properties/low_utilization_below/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.properties.low_utilization_below.type,parentSchema:schema13.properties.low_utilization_below,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data9.renewal_warning_days !== undefined){
let data11 = data9.renewal_warning_days;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err20 = {instancePath:instancePath+"/martech/renewal_warning_days",schemaPath:"#/definitions/MartechSettings/properties/renewal_warning_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.renewal_warning_days.type,parentSchema:schema13.properties.renewal_warning_days,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err21 = {instancePath:instancePath+"/martech/renewal_warning_days",schemaPath:"#/definitions/MartechSettings/properties/renewal_warning_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.renewal_warning_days,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/martech",schemaPath:"#/definitions/MartechSettings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.limits !== undefined){
let data12 = data.limits;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
if(!((key3 === "max_file_bytes") || (pattern0.test(key3)))){
const err23 = {instancePath:instancePath+"/limits",schemaPath:"#/definitions/LimitSettings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.max_file_bytes !== undefined){
let data13 = data12.max_file_bytes;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err24 = {instancePath:instancePath+"/limits/max_file_bytes",schemaPath:"#/definitions/LimitSettings/properties/max_file_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.max_file_bytes.type,parentSchema:schema14.properties.max_file_bytes,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 8388608 || isNaN(data13)){
const err25 = {instancePath:instancePath+"/limits/max_file_bytes",schemaPath:"#/definitions/LimitSettings/properties/max_file_bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8388608},message:"must be <= 8388608",schema:8388608,parentSchema:schema14.properties.max_file_bytes,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err26 = {instancePath:instancePath+"/limits/max_file_bytes",schemaPath:"#/definitions/LimitSettings/properties/max_file_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties.max_file_bytes,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/limits",schemaPath:"#/definitions/LimitSettings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.reports !== undefined){
let data14 = data.reports;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key4 in data14){
if(!((((key4 === "out_dir") || (key4 === "launch_window_days")) || (key4 === "renewal_window_days")) || (pattern0.test(key4)))){
const err28 = {instancePath:instancePath+"/reports",schemaPath:"#/definitions/ReportSettings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data14.out_dir !== undefined){
let data15 = data14.out_dir;
if(typeof data15 === "string"){
if(func3(data15) < 1){
const err29 = {instancePath:instancePath+"/reports/out_dir",schemaPath:"#/definitions/ReportSettings/properties/out_dir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties.out_dir,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern4.test(data15)){
const err30 = {instancePath:instancePath+"/reports/out_dir",schemaPath:"#/definitions/ReportSettings/properties/out_dir/pattern",keyword:"pattern",params:{pattern: "^(?![\\\\/~])(?![A-Za-z]:)(?!(.*[\\\\/])?\\.\\.([\\\\/]|$)).+$"},message:"must match pattern \""+"^(?![\\\\/~])(?![A-Za-z]:)(?!(.*[\\\\/])?\\.\\.([\\\\/]|$)).+$"+"\"",schema:"^(?![\\\\/~])(?![A-Za-z]:)(?!(.*[\\\\/])?\\.\\.([\\\\/]|$)).+$",parentSchema:schema15.properties.out_dir,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/reports/out_dir",schemaPath:"#/definitions/ReportSettings/properties/out_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.out_dir.type,parentSchema:schema15.properties.out_dir,data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data14.launch_window_days !== undefined){
let data16 = data14.launch_window_days;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err32 = {instancePath:instancePath+"/reports/launch_window_days",schemaPath:"#/definitions/ReportSettings/properties/launch_window_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.launch_window_days.type,parentSchema:schema15.properties.launch_window_days,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err33 = {instancePath:instancePath+"/reports/launch_window_days",schemaPath:"#/definitions/ReportSettings/properties/launch_window_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.launch_window_days,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data14.renewal_window_days !== undefined){
let data17 = data14.renewal_window_days;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err34 = {instancePath:instancePath+"/reports/renewal_window_days",schemaPath:"#/definitions/ReportSettings/properties/renewal_window_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.renewal_window_days.type,parentSchema:schema15.properties.renewal_window_days,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err35 = {instancePath:instancePath+"/reports/renewal_window_days",schemaPath:"#/definitions/ReportSettings/properties/renewal_window_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.renewal_window_days,data:data17};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/reports",schemaPath:"#/definitions/ReportSettings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.calendar !== undefined){
if(!(validate11(data.calendar, {instancePath:instancePath+"/calendar",parentData:data,parentDataProperty:"calendar",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const Brief = validate13;
const schema19 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mops.dev/schemas/v1/brief.schema.json","title":"Brief","description":"A campaign intake brief: one campaign with its objective, audience, timeline, budget and success metrics agreed before launch, and its progress through the workflow stages.","markdownDescription":"A campaign intake brief: one campaign with its objective, audience, timeline, budget and success metrics agreed before launch, and its progress through the workflow stages.\n\n```yaml\napiVersion: mops/v1\nkind: Brief\nid: 2026q4-na-email-black-friday\ntitle: Black Friday early access\nworkflow: campaign\ntier: 2\nowner: priya.shah\nstage: creative\n```","type":"object","required":["apiVersion","kind","id","title","workflow","tier","owner","stage"],"additionalProperties":false,"properties":{"apiVersion":{"description":"The mops file format version. Always mops/v1.","markdownDescription":"The mops file format version. Always `mops/v1`.\n\n```yaml\napiVersion: mops/v1\nkind: Brief\n```","const":"mops/v1"},"kind":{"description":"The document type. Brief for a campaign brief.","markdownDescription":"The document type: `Brief` for a campaign brief.","const":"Brief"},"id":{"description":"The campaign id. It must follow the campaign target of the naming convention, and every tracked link's utm_campaign must equal it.","markdownDescription":"The campaign id. It must follow the `campaign` target of the naming convention, and every tracked link's `utm_campaign` must equal it.\n\nExample: `2026q4-na-email-black-friday`","type":"string","minLength":1},"title":{"description":"A short human-readable name for the campaign.","markdownDescription":"A short human-readable name for the campaign.\n\nExample: `Black Friday early access`","type":"string","minLength":1},"workflow":{"description":"The id of the Workflow this campaign follows; it sets the stages, gates and tier rules.","markdownDescription":"The `id` of the `Workflow` this campaign follows; it sets the stages, gates and tier rules.\n\nExample: `campaign`","type":"string","minLength":1},"tier":{"description":"The campaign tier: 1 is a single channel over 1 to 2 weeks, 2 is multi-channel over 3 to 4 weeks, 3 is an integrated campaign of 6 weeks or more. The workflow's tier rules set the minimum lead time and channel count.","markdownDescription":"The campaign tier: `1` is a single channel over 1–2 weeks, `2` is multi-channel over 3–4 weeks, `3` is an integrated campaign of 6+ weeks. The workflow's `tiers` rules set the minimum lead time and channel count.\n\nExample: `tier: 2`","type":"integer","minimum":1},"status":{"description":"Whether the campaign is being worked on. Only active briefs are held to stage SLAs and gates.","markdownDescription":"Whether the campaign is being worked on: `active` (the default), `on-hold`, `closed` or `cancelled`. Only `active` briefs are held to stage SLAs and gates.","type":"string","enum":["active","on-hold","closed","cancelled"],"default":"active"},"owner":{"description":"The person accountable for the campaign: a person id from the Team file.","markdownDescription":"The person accountable for the campaign: a person `id` from the `Team` file, e.g. `priya.shah`.","type":"string","minLength":1},"requester":{"description":"The person who asked for the campaign: a person id from the Team file.","markdownDescription":"The person who asked for the campaign: a person `id` from the `Team` file, e.g. `priya.shah`.","type":"string","minLength":1},"program":{"description":"The budget program that pays for the campaign; it must have an allocation in a Budget.","markdownDescription":"The budget program that pays for the campaign; it must have an `allocations` entry in a `Budget`.\n\nExample: `demand-gen`","type":"string","minLength":1},"stage":{"description":"The workflow stage the campaign stands at now. It must be a stage of its workflow, every earlier gate must be approved, and it must match the last history entry.","markdownDescription":"The workflow stage the campaign stands at now. It must be a stage `id` of its workflow, every earlier gate must be approved, and it must match the last `history` entry.\n\nExample: `stage: creative`","type":"string","minLength":1},"objective":{"description":"What the campaign must achieve, in one sentence, ideally with a number.","markdownDescription":"What the campaign must achieve, in one sentence, ideally with a number.\n\nExample: `Drive 1,200 early-access sign-ups from existing customers in North America`","type":"string"},"audience":{"description":"Who the campaign is for: the segment, its size and a short description.","markdownDescription":"Who the campaign is for: the segment, its size and a short description.\n\n```yaml\naudience:\n  segment: existing-customers-na\n  size: 48000\n```","allOf":[{"$ref":"#/definitions/Audience"}]},"channels":{"description":"The channels the campaign runs on, as codes from the naming convention's channel dictionary.","markdownDescription":"The channels the campaign runs on, as codes from the naming convention's `channel` token dictionary. A tier may limit how many are allowed.\n\nExample: `channels: [social, email]`","type":"array","items":{"description":"A channel code from the naming convention's channel dictionary.","markdownDescription":"A channel code from the naming convention's `channel` dictionary, e.g. `email`.","type":"string","minLength":1}},"timeline":{"description":"The key dates: when the brief was approved, when the campaign launches and when it ends.","markdownDescription":"The key dates: when the brief was approved, when the campaign launches and when it ends. They must be in that order, and approval to launch must leave the tier's minimum lead time.\n\n```yaml\ntimeline:\n  brief_approved: 2026-10-01\n  launch: 2026-11-18\n  end: 2026-11-30\n```","allOf":[{"$ref":"#/definitions/Timeline"}]},"budget":{"description":"The campaign budget: currency, total planned spend and its line items.","markdownDescription":"The campaign budget: currency, total planned spend and its line items. The lines' `planned` amounts must add up to `planned`.\n\n```yaml\nbudget:\n  currency: USD\n  planned: 20000\n  lines:\n    - item: design\n      planned: 20000\n```","allOf":[{"$ref":"#/definitions/BriefBudget"}]},"success_metrics":{"description":"The measures that say whether the campaign worked, agreed before launch.","markdownDescription":"The measures that say whether the campaign worked, agreed before launch. A brief at or past the launch stage must have at least one.\n\n```yaml\nsuccess_metrics:\n  - metric: sign-ups\n    target: 1200\n    baseline: 800\n```","type":"array","items":{"description":"One success metric with its target and, once known, its actual result.","markdownDescription":"One success metric with its `target` and, once known, its `actual` result.","allOf":[{"$ref":"#/definitions/SuccessMetric"}]}},"approvals":{"description":"The gate decisions recorded for the campaign, one entry per gate approval or rejection.","markdownDescription":"The gate decisions recorded for the campaign, one entry per gate approval or rejection. To stand at a stage, every earlier stage's gate needs an `approved` entry here.\n\n```yaml\napprovals:\n  - gate: brief\n    approver: maria.lopez\n    status: approved\n    date: 2026-10-01\n```","type":"array","items":{"description":"One gate decision: which gate, who decided, the outcome and the date.","markdownDescription":"One gate decision: which `gate`, who decided (`approver`), the `status` and the `date`.","allOf":[{"$ref":"#/definitions/Approval"}]}},"history":{"description":"The stages the campaign has entered, with dates, oldest first. The last entry is the current stage; going back to an earlier stage counts as rework.","markdownDescription":"The stages the campaign has entered, with dates, oldest first. The last entry must be the current `stage`; going back to an earlier stage counts as rework.\n\n```yaml\nhistory:\n  - stage: brief\n    entered: 2026-09-25\n  - stage: creative\n    entered: 2026-10-01\n```","type":"array","items":{"description":"One stage the campaign entered, and the date it did.","markdownDescription":"One stage the campaign entered, and the date it did.","allOf":[{"$ref":"#/definitions/HistoryEntry"}]}},"links":{"description":"The tracked URLs the campaign uses. Each must pass the UTM standard, and its utm_campaign must equal the brief id.","markdownDescription":"The tracked URLs the campaign uses. Each must pass the UTM standard, and its `utm_campaign` must equal the brief `id`.\n\n```yaml\nlinks:\n  - name: hero-early-access\n    url: https://shop.acme.example/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=hero-early-access\n```","type":"array","items":{"description":"One tracked link: a name for it and the full URL with its UTM parameters.","markdownDescription":"One tracked link: a `name` for it and the full `url` with its UTM parameters.","allOf":[{"$ref":"#/definitions/TrackedLink"}]}},"tools":{"description":"The martech tools the campaign uses, as tool ids from the register.","markdownDescription":"The martech tools the campaign uses, as `Tool` ids from the register.\n\nExample: `tools: [hubspot, ga4]`","type":"array","items":{"description":"A tool id from the martech register.","markdownDescription":"A `Tool` id from the martech register, e.g. `hubspot`.","type":"string","minLength":1}},"compliance":{"description":"Privacy and legal facts about the campaign: legal review and the lawful basis for processing personal data.","markdownDescription":"Privacy and legal facts about the campaign: legal review and the lawful basis for processing personal data.\n\n```yaml\ncompliance:\n  legal_review: true\n  consent_basis: consent\n```","allOf":[{"$ref":"#/definitions/Compliance"}]},"notes":{"description":"Free-text notes about the campaign.","markdownDescription":"Free-text notes about the campaign.","type":"string"}},"definitions":{"Audience":{"title":"Audience","description":"Who the campaign is for.","markdownDescription":"Who the campaign is for.\n\n```yaml\naudience:\n  segment: emea-ops-leaders\n  size: 120000\n```","type":"object","additionalProperties":false,"properties":{"segment":{"description":"The audience segment, as named in the CRM or marketing automation tool.","markdownDescription":"The audience segment, as named in the CRM or marketing automation tool.\n\nExample: `existing-customers-na`","type":"string","minLength":1},"size":{"description":"The number of people in the segment.","markdownDescription":"The number of people in the segment.\n\nExample: `48000`","type":"integer","minimum":0},"description":{"description":"A short description of who these people are and why they are targeted.","markdownDescription":"A short description of who these people are and why they are targeted.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"Timeline":{"title":"Timeline","description":"The key dates of a campaign, which must be in order: brief approved, launch, end.","markdownDescription":"The key dates of a campaign, which must be in order: `brief_approved` ≤ `launch` ≤ `end`.","type":"object","additionalProperties":false,"properties":{"brief_approved":{"description":"The day the brief was approved. The lead time to launch is counted from here.","markdownDescription":"The day the brief was approved. The lead time to `launch` is counted from here and must reach the tier's `min_lead_days`.\n\nExample: `2026-10-01`","type":"string","format":"date"},"launch":{"description":"The day the campaign goes live.","markdownDescription":"The day the campaign goes live.\n\nExample: `2026-11-18`","type":"string","format":"date"},"end":{"description":"The last day the campaign runs.","markdownDescription":"The last day the campaign runs.\n\nExample: `2026-11-30`","type":"string","format":"date"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"BriefBudget":{"title":"BriefBudget","description":"The money planned for one campaign: currency, total planned spend and its line items, which must add up to the total.","markdownDescription":"The money planned for one campaign: `currency`, total `planned` spend and its `lines`, whose planned amounts must add up to the total. The currency must match the program's `Budget`.","type":"object","additionalProperties":false,"properties":{"currency":{"description":"The three-letter ISO 4217 currency code of every amount in this budget. It must match the currency of the program's Budget.","markdownDescription":"The three-letter ISO 4217 currency code of every amount in this budget, in capitals. It must match the currency of the program's `Budget`.\n\nExample: `USD`","type":"string","pattern":"^[A-Z]{3}$","patternMessage":"a three-letter ISO 4217 currency code in capitals, such as USD or EUR"},"planned":{"description":"The total planned spend. It must equal the sum of the lines' planned amounts.","markdownDescription":"The total planned spend. It must equal the sum of the `lines`' `planned` amounts.\n\nExample: `20000`","type":"number","minimum":0},"lines":{"description":"The budget broken down into line items.","markdownDescription":"The budget broken down into line items.\n\n```yaml\nlines:\n  - item: email-production\n    planned: 8000\n    actual: 7600\n```","type":"array","items":{"description":"One budget line item: what it is for, what is planned and what was spent.","markdownDescription":"One budget line item: what it is for (`item`), what is `planned` and what was spent (`actual`).","allOf":[{"$ref":"#/definitions/BudgetLine"}]}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"BudgetLine":{"title":"BudgetLine","description":"One budget line item of a campaign.","markdownDescription":"One budget line item of a campaign.\n\n```yaml\n- item: design\n  planned: 12000\n  actual: 11000\n```","type":"object","required":["item","planned"],"additionalProperties":false,"properties":{"item":{"description":"What the money is for.","markdownDescription":"What the money is for.\n\nExample: `paid-social`","type":"string","minLength":1},"planned":{"description":"The amount planned for this item, in the budget's currency.","markdownDescription":"The amount planned for this item, in the budget's currency.\n\nExample: `7000`","type":"number","minimum":0},"actual":{"description":"The amount actually spent so far, in the budget's currency. Spending above the planned amount is flagged.","markdownDescription":"The amount actually spent so far, in the budget's currency. Spending above `planned` is flagged (`brief/over-budget`).\n\nExample: `7600`","type":"number","minimum":0},"note":{"description":"A free-text note about this line.","markdownDescription":"A free-text note about this line.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"SuccessMetric":{"title":"SuccessMetric","description":"A measure of campaign success, with the target agreed before launch.","markdownDescription":"A measure of campaign success, with the `target` agreed before launch.\n\n```yaml\n- metric: registrations\n  target: 400\n  baseline: 250\n  unit: people\n```","type":"object","required":["metric","target"],"additionalProperties":false,"properties":{"metric":{"description":"The name of what is measured.","markdownDescription":"The name of what is measured.\n\nExample: `trial-starts`","type":"string","minLength":1},"target":{"description":"The value the campaign aims for.","markdownDescription":"The value the campaign aims for.\n\nExample: `500`","type":"number"},"baseline":{"description":"The value before the campaign, to compare against.","markdownDescription":"The value before the campaign, to compare against.\n\nExample: `800`","type":"number"},"actual":{"description":"The value the campaign actually achieved, once known.","markdownDescription":"The value the campaign actually achieved, once known.\n\nExample: `560`","type":"number"},"unit":{"description":"The unit of the values, if it is not a plain count.","markdownDescription":"The unit of the values, if it is not a plain count.\n\nExample: `USD` or `%`","type":"string"},"better":{"description":"Which way the metric is better: higher (the default) or lower, as for a cost per lead. Without it, a target below the baseline means lower.","markdownDescription":"Which way the metric is better: `higher` (the default) or `lower`, as for a cost per lead or days to close. Without it, a `target` below the `baseline` means lower. The results report and the health report judge attainment by it.\n\n```yaml\n- metric: cost-per-lead\n  target: 40\n  better: lower\n  unit: USD\n```","type":"string","enum":["higher","lower"]}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"Approval":{"title":"Approval","description":"A decision at a workflow gate. An approval counts when its status is approved, the approver holds one of the gate's roles, and its checklist covers the gate's checklist.","markdownDescription":"A decision at a workflow gate. An approval counts when its `status` is `approved`, the `approver` holds one of the gate's `approver_roles`, and its `checklist` covers the gate's checklist.\n\n```yaml\n- gate: review\n  approver: ana.silva\n  status: approved\n  date: 2026-11-10\n  checklist: [brand-guidelines, legal-compliance]\n```","type":"object","required":["gate","approver","status"],"additionalProperties":false,"properties":{"gate":{"description":"The id of the workflow stage whose exit gate this decision is for.","markdownDescription":"The `id` of the workflow stage whose exit gate this decision is for.\n\nExample: `gate: creative`","type":"string","minLength":1},"approver":{"description":"The person who made the decision: a person id from the Team file. They must hold one of the gate's approver roles.","markdownDescription":"The person who made the decision: a person `id` from the `Team` file, e.g. `priya.shah`. They must hold one of the gate's approver roles.","type":"string","minLength":1},"status":{"description":"The outcome of the gate: approved, rejected or pending.","markdownDescription":"The outcome of the gate: `approved`, `rejected` or `pending`. Only `approved` lets the campaign move past the gate.","type":"string","enum":["approved","rejected","pending"]},"date":{"description":"The day the decision was made.","markdownDescription":"The day the decision was made.\n\nExample: `2026-11-10`","type":"string","format":"date"},"checklist":{"description":"The gate checklist items the approver confirmed. Every item of the gate's checklist must be here.","markdownDescription":"The gate checklist items the approver confirmed. Every item of the gate's `checklist` must be here.\n\nExample: `checklist: [links-tested, utm-verified]`","type":"array","items":{"description":"A confirmed checklist item, as named in the gate's checklist.","markdownDescription":"A confirmed checklist item, as named in the gate's `checklist`, e.g. `utm-verified`.","type":"string","minLength":1}},"note":{"description":"A free-text note on the decision, such as the reason for a rejection.","markdownDescription":"A free-text note on the decision, such as the reason for a rejection.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"HistoryEntry":{"title":"HistoryEntry","description":"One step in a campaign's path through its workflow: a stage and the day it was entered.","markdownDescription":"One step in a campaign's path through its workflow: a `stage` and the day it was `entered`.\n\n```yaml\n- stage: review\n  entered: 2026-10-09\n```","type":"object","required":["stage","entered"],"additionalProperties":false,"properties":{"stage":{"description":"The id of the workflow stage that was entered.","markdownDescription":"The `id` of the workflow stage that was entered.\n\nExample: `qa`","type":"string","minLength":1},"entered":{"description":"The day the campaign entered the stage. Dates must not go backwards.","markdownDescription":"The day the campaign entered the stage. Dates must not go backwards through the history; the SLA clock of the current stage starts here.\n\nExample: `2026-11-10`","type":"string","format":"date"},"note":{"description":"A free-text note, such as why the campaign went back a stage.","markdownDescription":"A free-text note, such as why the campaign went back a stage.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"TrackedLink":{"title":"TrackedLink","description":"A campaign URL with UTM parameters, checked against the UTM standard.","markdownDescription":"A campaign URL with UTM parameters, checked against the UTM standard.\n\n```yaml\n- name: ad-trial\n  url: https://www.acme.example/trial?utm_source=google&utm_medium=cpc&utm_campaign=2026q3-na-search-back-to-school&utm_content=ad-trial\n```","type":"object","required":["name","url"],"additionalProperties":false,"properties":{"name":{"description":"A short name for the link, usually the same as its utm_content.","markdownDescription":"A short name for the link, usually the same as its `utm_content`.\n\nExample: `hero-early-access`","type":"string","minLength":1},"url":{"description":"The full tracked URL, including its UTM query parameters.","markdownDescription":"The full tracked URL, including its UTM query parameters.\n\nExample: `https://shop.acme.example/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday`","type":"string","minLength":1}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"Compliance":{"title":"Compliance","description":"Privacy and legal facts about a campaign: whether legal reviews it, and the lawful basis for processing the audience's personal data.","markdownDescription":"Privacy and legal facts about a campaign: whether legal reviews it (`legal_review`), and the lawful basis for processing the audience's personal data (`consent_basis`).\n\n```yaml\ncompliance:\n  legal_review: true\n  consent_basis: consent\n```","type":"object","additionalProperties":false,"properties":{"legal_review":{"description":"Whether the legal team must review (or has reviewed) the campaign.","markdownDescription":"Whether the legal team must review (or has reviewed) the campaign.\n\nExample: `legal_review: true`","type":"boolean"},"consent_basis":{"description":"The GDPR lawful basis for processing the audience's personal data.","markdownDescription":"The GDPR lawful basis for processing the audience's personal data: `consent`, `contract`, `legal-obligation`, `vital-interests`, `public-task` or `legitimate-interest`.","type":"string","enum":["consent","contract","legal-obligation","vital-interests","public-task","legitimate-interest"]},"notes":{"description":"Free-text compliance notes.","markdownDescription":"Free-text compliance notes, such as the consent wording used.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema20 = {"title":"Audience","description":"Who the campaign is for.","markdownDescription":"Who the campaign is for.\n\n```yaml\naudience:\n  segment: emea-ops-leaders\n  size: 120000\n```","type":"object","additionalProperties":false,"properties":{"segment":{"description":"The audience segment, as named in the CRM or marketing automation tool.","markdownDescription":"The audience segment, as named in the CRM or marketing automation tool.\n\nExample: `existing-customers-na`","type":"string","minLength":1},"size":{"description":"The number of people in the segment.","markdownDescription":"The number of people in the segment.\n\nExample: `48000`","type":"integer","minimum":0},"description":{"description":"A short description of who these people are and why they are targeted.","markdownDescription":"A short description of who these people are and why they are targeted.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema21 = {"title":"Timeline","description":"The key dates of a campaign, which must be in order: brief approved, launch, end.","markdownDescription":"The key dates of a campaign, which must be in order: `brief_approved` ≤ `launch` ≤ `end`.","type":"object","additionalProperties":false,"properties":{"brief_approved":{"description":"The day the brief was approved. The lead time to launch is counted from here.","markdownDescription":"The day the brief was approved. The lead time to `launch` is counted from here and must reach the tier's `min_lead_days`.\n\nExample: `2026-10-01`","type":"string","format":"date"},"launch":{"description":"The day the campaign goes live.","markdownDescription":"The day the campaign goes live.\n\nExample: `2026-11-18`","type":"string","format":"date"},"end":{"description":"The last day the campaign runs.","markdownDescription":"The last day the campaign runs.\n\nExample: `2026-11-30`","type":"string","format":"date"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema24 = {"title":"SuccessMetric","description":"A measure of campaign success, with the target agreed before launch.","markdownDescription":"A measure of campaign success, with the `target` agreed before launch.\n\n```yaml\n- metric: registrations\n  target: 400\n  baseline: 250\n  unit: people\n```","type":"object","required":["metric","target"],"additionalProperties":false,"properties":{"metric":{"description":"The name of what is measured.","markdownDescription":"The name of what is measured.\n\nExample: `trial-starts`","type":"string","minLength":1},"target":{"description":"The value the campaign aims for.","markdownDescription":"The value the campaign aims for.\n\nExample: `500`","type":"number"},"baseline":{"description":"The value before the campaign, to compare against.","markdownDescription":"The value before the campaign, to compare against.\n\nExample: `800`","type":"number"},"actual":{"description":"The value the campaign actually achieved, once known.","markdownDescription":"The value the campaign actually achieved, once known.\n\nExample: `560`","type":"number"},"unit":{"description":"The unit of the values, if it is not a plain count.","markdownDescription":"The unit of the values, if it is not a plain count.\n\nExample: `USD` or `%`","type":"string"},"better":{"description":"Which way the metric is better: higher (the default) or lower, as for a cost per lead. Without it, a target below the baseline means lower.","markdownDescription":"Which way the metric is better: `higher` (the default) or `lower`, as for a cost per lead or days to close. Without it, a `target` below the `baseline` means lower. The results report and the health report judge attainment by it.\n\n```yaml\n- metric: cost-per-lead\n  target: 40\n  better: lower\n  unit: USD\n```","type":"string","enum":["higher","lower"]}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema25 = {"title":"Approval","description":"A decision at a workflow gate. An approval counts when its status is approved, the approver holds one of the gate's roles, and its checklist covers the gate's checklist.","markdownDescription":"A decision at a workflow gate. An approval counts when its `status` is `approved`, the `approver` holds one of the gate's `approver_roles`, and its `checklist` covers the gate's checklist.\n\n```yaml\n- gate: review\n  approver: ana.silva\n  status: approved\n  date: 2026-11-10\n  checklist: [brand-guidelines, legal-compliance]\n```","type":"object","required":["gate","approver","status"],"additionalProperties":false,"properties":{"gate":{"description":"The id of the workflow stage whose exit gate this decision is for.","markdownDescription":"The `id` of the workflow stage whose exit gate this decision is for.\n\nExample: `gate: creative`","type":"string","minLength":1},"approver":{"description":"The person who made the decision: a person id from the Team file. They must hold one of the gate's approver roles.","markdownDescription":"The person who made the decision: a person `id` from the `Team` file, e.g. `priya.shah`. They must hold one of the gate's approver roles.","type":"string","minLength":1},"status":{"description":"The outcome of the gate: approved, rejected or pending.","markdownDescription":"The outcome of the gate: `approved`, `rejected` or `pending`. Only `approved` lets the campaign move past the gate.","type":"string","enum":["approved","rejected","pending"]},"date":{"description":"The day the decision was made.","markdownDescription":"The day the decision was made.\n\nExample: `2026-11-10`","type":"string","format":"date"},"checklist":{"description":"The gate checklist items the approver confirmed. Every item of the gate's checklist must be here.","markdownDescription":"The gate checklist items the approver confirmed. Every item of the gate's `checklist` must be here.\n\nExample: `checklist: [links-tested, utm-verified]`","type":"array","items":{"description":"A confirmed checklist item, as named in the gate's checklist.","markdownDescription":"A confirmed checklist item, as named in the gate's `checklist`, e.g. `utm-verified`.","type":"string","minLength":1}},"note":{"description":"A free-text note on the decision, such as the reason for a rejection.","markdownDescription":"A free-text note on the decision, such as the reason for a rejection.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema26 = {"title":"HistoryEntry","description":"One step in a campaign's path through its workflow: a stage and the day it was entered.","markdownDescription":"One step in a campaign's path through its workflow: a `stage` and the day it was `entered`.\n\n```yaml\n- stage: review\n  entered: 2026-10-09\n```","type":"object","required":["stage","entered"],"additionalProperties":false,"properties":{"stage":{"description":"The id of the workflow stage that was entered.","markdownDescription":"The `id` of the workflow stage that was entered.\n\nExample: `qa`","type":"string","minLength":1},"entered":{"description":"The day the campaign entered the stage. Dates must not go backwards.","markdownDescription":"The day the campaign entered the stage. Dates must not go backwards through the history; the SLA clock of the current stage starts here.\n\nExample: `2026-11-10`","type":"string","format":"date"},"note":{"description":"A free-text note, such as why the campaign went back a stage.","markdownDescription":"A free-text note, such as why the campaign went back a stage.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema27 = {"title":"TrackedLink","description":"A campaign URL with UTM parameters, checked against the UTM standard.","markdownDescription":"A campaign URL with UTM parameters, checked against the UTM standard.\n\n```yaml\n- name: ad-trial\n  url: https://www.acme.example/trial?utm_source=google&utm_medium=cpc&utm_campaign=2026q3-na-search-back-to-school&utm_content=ad-trial\n```","type":"object","required":["name","url"],"additionalProperties":false,"properties":{"name":{"description":"A short name for the link, usually the same as its utm_content.","markdownDescription":"A short name for the link, usually the same as its `utm_content`.\n\nExample: `hero-early-access`","type":"string","minLength":1},"url":{"description":"The full tracked URL, including its UTM query parameters.","markdownDescription":"The full tracked URL, including its UTM query parameters.\n\nExample: `https://shop.acme.example/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday`","type":"string","minLength":1}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema28 = {"title":"Compliance","description":"Privacy and legal facts about a campaign: whether legal reviews it, and the lawful basis for processing the audience's personal data.","markdownDescription":"Privacy and legal facts about a campaign: whether legal reviews it (`legal_review`), and the lawful basis for processing the audience's personal data (`consent_basis`).\n\n```yaml\ncompliance:\n  legal_review: true\n  consent_basis: consent\n```","type":"object","additionalProperties":false,"properties":{"legal_review":{"description":"Whether the legal team must review (or has reviewed) the campaign.","markdownDescription":"Whether the legal team must review (or has reviewed) the campaign.\n\nExample: `legal_review: true`","type":"boolean"},"consent_basis":{"description":"The GDPR lawful basis for processing the audience's personal data.","markdownDescription":"The GDPR lawful basis for processing the audience's personal data: `consent`, `contract`, `legal-obligation`, `vital-interests`, `public-task` or `legitimate-interest`.","type":"string","enum":["consent","contract","legal-obligation","vital-interests","public-task","legitimate-interest"]},"notes":{"description":"Free-text compliance notes.","markdownDescription":"Free-text compliance notes, such as the consent wording used.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema22 = {"title":"BriefBudget","description":"The money planned for one campaign: currency, total planned spend and its line items, which must add up to the total.","markdownDescription":"The money planned for one campaign: `currency`, total `planned` spend and its `lines`, whose planned amounts must add up to the total. The currency must match the program's `Budget`.","type":"object","additionalProperties":false,"properties":{"currency":{"description":"The three-letter ISO 4217 currency code of every amount in this budget. It must match the currency of the program's Budget.","markdownDescription":"The three-letter ISO 4217 currency code of every amount in this budget, in capitals. It must match the currency of the program's `Budget`.\n\nExample: `USD`","type":"string","pattern":"^[A-Z]{3}$","patternMessage":"a three-letter ISO 4217 currency code in capitals, such as USD or EUR"},"planned":{"description":"The total planned spend. It must equal the sum of the lines' planned amounts.","markdownDescription":"The total planned spend. It must equal the sum of the `lines`' `planned` amounts.\n\nExample: `20000`","type":"number","minimum":0},"lines":{"description":"The budget broken down into line items.","markdownDescription":"The budget broken down into line items.\n\n```yaml\nlines:\n  - item: email-production\n    planned: 8000\n    actual: 7600\n```","type":"array","items":{"description":"One budget line item: what it is for, what is planned and what was spent.","markdownDescription":"One budget line item: what it is for (`item`), what is `planned` and what was spent (`actual`).","allOf":[{"$ref":"#/definitions/BudgetLine"}]}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema23 = {"title":"BudgetLine","description":"One budget line item of a campaign.","markdownDescription":"One budget line item of a campaign.\n\n```yaml\n- item: design\n  planned: 12000\n  actual: 11000\n```","type":"object","required":["item","planned"],"additionalProperties":false,"properties":{"item":{"description":"What the money is for.","markdownDescription":"What the money is for.\n\nExample: `paid-social`","type":"string","minLength":1},"planned":{"description":"The amount planned for this item, in the budget's currency.","markdownDescription":"The amount planned for this item, in the budget's currency.\n\nExample: `7000`","type":"number","minimum":0},"actual":{"description":"The amount actually spent so far, in the budget's currency. Spending above the planned amount is flagged.","markdownDescription":"The amount actually spent so far, in the budget's currency. Spending above `planned` is flagged (`brief/over-budget`).\n\nExample: `7600`","type":"number","minimum":0},"note":{"description":"A free-text note about this line.","markdownDescription":"A free-text note about this line.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const pattern11 = new RegExp("^[A-Z]{3}$", "u");

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "currency") || (key0 === "planned")) || (key0 === "lines")) || (pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.currency !== undefined){
let data0 = data.currency;
if(typeof data0 === "string"){
if(!pattern11.test(data0)){
const err1 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema22.properties.currency,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.currency.type,parentSchema:schema22.properties.currency,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.planned !== undefined){
let data1 = data.planned;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/planned",schemaPath:"#/properties/planned/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.planned,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/planned",schemaPath:"#/properties/planned/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema22.properties.planned.type,parentSchema:schema22.properties.planned,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.lines !== undefined){
let data2 = data.lines;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.item === undefined){
const err5 = {instancePath:instancePath+"/lines/" + i0,schemaPath:"#/definitions/BudgetLine/required",keyword:"required",params:{missingProperty: "item"},message:"must have required property '"+"item"+"'",schema:schema23.required,parentSchema:schema23,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3.planned === undefined){
const err6 = {instancePath:instancePath+"/lines/" + i0,schemaPath:"#/definitions/BudgetLine/required",keyword:"required",params:{missingProperty: "planned"},message:"must have required property '"+"planned"+"'",schema:schema23.required,parentSchema:schema23,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data3){
if(!(((((key1 === "item") || (key1 === "planned")) || (key1 === "actual")) || (key1 === "note")) || (pattern0.test(key1)))){
const err7 = {instancePath:instancePath+"/lines/" + i0,schemaPath:"#/definitions/BudgetLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.item !== undefined){
let data4 = data3.item;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err8 = {instancePath:instancePath+"/lines/" + i0+"/item",schemaPath:"#/definitions/BudgetLine/properties/item/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.item,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/lines/" + i0+"/item",schemaPath:"#/definitions/BudgetLine/properties/item/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.item.type,parentSchema:schema23.properties.item,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.planned !== undefined){
let data5 = data3.planned;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/lines/" + i0+"/planned",schemaPath:"#/definitions/BudgetLine/properties/planned/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.properties.planned,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/lines/" + i0+"/planned",schemaPath:"#/definitions/BudgetLine/properties/planned/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.planned.type,parentSchema:schema23.properties.planned,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.actual !== undefined){
let data6 = data3.actual;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/lines/" + i0+"/actual",schemaPath:"#/definitions/BudgetLine/properties/actual/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.properties.actual,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/lines/" + i0+"/actual",schemaPath:"#/definitions/BudgetLine/properties/actual/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.actual.type,parentSchema:schema23.properties.actual,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.note !== undefined){
let data7 = data3.note;
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/lines/" + i0+"/note",schemaPath:"#/definitions/BudgetLine/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.note.type,parentSchema:schema23.properties.note,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/lines/" + i0,schemaPath:"#/definitions/BudgetLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.lines.type,parentSchema:schema22.properties.lines,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mops.dev/schemas/v1/brief.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.title === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.workflow === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.tier === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tier"},message:"must have required property '"+"tier"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.owner === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.stage === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stage"},message:"must have required property '"+"stage"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((func2.call(schema19.properties, key0)) || (pattern0.test(key0)))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if("mops/v1" !== data0){
const err9 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "mops/v1"},message:"must be equal to constant",schema:"mops/v1",parentSchema:schema19.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("Brief" !== data1){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Brief"},message:"must be equal to constant",schema:"Brief",parentSchema:schema19.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.id,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.id.type,parentSchema:schema19.properties.id,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.title !== undefined){
let data3 = data.title;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.title,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.title.type,parentSchema:schema19.properties.title,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.workflow !== undefined){
let data4 = data.workflow;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err15 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.workflow,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.workflow.type,parentSchema:schema19.properties.workflow,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.tier !== undefined){
let data5 = data.tier;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err17 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.tier.type,parentSchema:schema19.properties.tier,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema19.properties.tier,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.status !== undefined){
let data6 = data.status;
if(typeof data6 !== "string"){
const err19 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.status.type,parentSchema:schema19.properties.status,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((((data6 === "active") || (data6 === "on-hold")) || (data6 === "closed")) || (data6 === "cancelled"))){
const err20 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema19.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.status.enum,parentSchema:schema19.properties.status,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.owner !== undefined){
let data7 = data.owner;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err21 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.owner,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.owner.type,parentSchema:schema19.properties.owner,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.requester !== undefined){
let data8 = data.requester;
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err23 = {instancePath:instancePath+"/requester",schemaPath:"#/properties/requester/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.requester,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/requester",schemaPath:"#/properties/requester/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.requester.type,parentSchema:schema19.properties.requester,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.program !== undefined){
let data9 = data.program;
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err25 = {instancePath:instancePath+"/program",schemaPath:"#/properties/program/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.program,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/program",schemaPath:"#/properties/program/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.program.type,parentSchema:schema19.properties.program,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.stage !== undefined){
let data10 = data.stage;
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err27 = {instancePath:instancePath+"/stage",schemaPath:"#/properties/stage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.stage,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/stage",schemaPath:"#/properties/stage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.stage.type,parentSchema:schema19.properties.stage,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.objective !== undefined){
let data11 = data.objective;
if(typeof data11 !== "string"){
const err29 = {instancePath:instancePath+"/objective",schemaPath:"#/properties/objective/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.objective.type,parentSchema:schema19.properties.objective,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.audience !== undefined){
let data12 = data.audience;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key1 in data12){
if(!((((key1 === "segment") || (key1 === "size")) || (key1 === "description")) || (pattern0.test(key1)))){
const err30 = {instancePath:instancePath+"/audience",schemaPath:"#/definitions/Audience/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data12.segment !== undefined){
let data13 = data12.segment;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err31 = {instancePath:instancePath+"/audience/segment",schemaPath:"#/definitions/Audience/properties/segment/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.segment,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/audience/segment",schemaPath:"#/definitions/Audience/properties/segment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.segment.type,parentSchema:schema20.properties.segment,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data12.size !== undefined){
let data14 = data12.size;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err33 = {instancePath:instancePath+"/audience/size",schemaPath:"#/definitions/Audience/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema20.properties.size.type,parentSchema:schema20.properties.size,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err34 = {instancePath:instancePath+"/audience/size",schemaPath:"#/definitions/Audience/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema20.properties.size,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data12.description !== undefined){
let data15 = data12.description;
if(typeof data15 !== "string"){
const err35 = {instancePath:instancePath+"/audience/description",schemaPath:"#/definitions/Audience/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.description.type,parentSchema:schema20.properties.description,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/audience",schemaPath:"#/definitions/Audience/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.channels !== undefined){
let data16 = data.channels;
if(Array.isArray(data16)){
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err37 = {instancePath:instancePath+"/channels/" + i0,schemaPath:"#/properties/channels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.channels.items,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/channels/" + i0,schemaPath:"#/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.channels.items.type,parentSchema:schema19.properties.channels.items,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.channels.type,parentSchema:schema19.properties.channels,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.timeline !== undefined){
let data18 = data.timeline;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key2 in data18){
if(!((((key2 === "brief_approved") || (key2 === "launch")) || (key2 === "end")) || (pattern0.test(key2)))){
const err40 = {instancePath:instancePath+"/timeline",schemaPath:"#/definitions/Timeline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data18.brief_approved !== undefined){
let data19 = data18.brief_approved;
if(typeof data19 === "string"){
if(!(formats0.validate(data19))){
const err41 = {instancePath:instancePath+"/timeline/brief_approved",schemaPath:"#/definitions/Timeline/properties/brief_approved/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema21.properties.brief_approved,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/timeline/brief_approved",schemaPath:"#/definitions/Timeline/properties/brief_approved/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.brief_approved.type,parentSchema:schema21.properties.brief_approved,data:data19};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data18.launch !== undefined){
let data20 = data18.launch;
if(typeof data20 === "string"){
if(!(formats0.validate(data20))){
const err43 = {instancePath:instancePath+"/timeline/launch",schemaPath:"#/definitions/Timeline/properties/launch/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema21.properties.launch,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/timeline/launch",schemaPath:"#/definitions/Timeline/properties/launch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.launch.type,parentSchema:schema21.properties.launch,data:data20};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data18.end !== undefined){
let data21 = data18.end;
if(typeof data21 === "string"){
if(!(formats0.validate(data21))){
const err45 = {instancePath:instancePath+"/timeline/end",schemaPath:"#/definitions/Timeline/properties/end/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema21.properties.end,data:data21};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/timeline/end",schemaPath:"#/definitions/Timeline/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.end.type,parentSchema:schema21.properties.end,data:data21};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/timeline",schemaPath:"#/definitions/Timeline/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data18};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.budget !== undefined){
if(!(validate14(data.budget, {instancePath:instancePath+"/budget",parentData:data,parentDataProperty:"budget",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.success_metrics !== undefined){
let data23 = data.success_metrics;
if(Array.isArray(data23)){
const len1 = data23.length;
for(let i1=0; i1<len1; i1++){
let data24 = data23[i1];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.metric === undefined){
const err48 = {instancePath:instancePath+"/success_metrics/" + i1,schemaPath:"#/definitions/SuccessMetric/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema24.required,parentSchema:schema24,data:data24};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data24.target === undefined){
const err49 = {instancePath:instancePath+"/success_metrics/" + i1,schemaPath:"#/definitions/SuccessMetric/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema24.required,parentSchema:schema24,data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key3 in data24){
if(!(((((((key3 === "metric") || (key3 === "target")) || (key3 === "baseline")) || (key3 === "actual")) || (key3 === "unit")) || (key3 === "better")) || (pattern0.test(key3)))){
const err50 = {instancePath:instancePath+"/success_metrics/" + i1,schemaPath:"#/definitions/SuccessMetric/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data24};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data24.metric !== undefined){
let data25 = data24.metric;
if(typeof data25 === "string"){
if(func3(data25) < 1){
const err51 = {instancePath:instancePath+"/success_metrics/" + i1+"/metric",schemaPath:"#/definitions/SuccessMetric/properties/metric/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24.properties.metric,data:data25};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/success_metrics/" + i1+"/metric",schemaPath:"#/definitions/SuccessMetric/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.metric.type,parentSchema:schema24.properties.metric,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data24.target !== undefined){
let data26 = data24.target;
if(!((typeof data26 == "number") && (isFinite(data26)))){
const err53 = {instancePath:instancePath+"/success_metrics/" + i1+"/target",schemaPath:"#/definitions/SuccessMetric/properties/target/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.target.type,parentSchema:schema24.properties.target,data:data26};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data24.baseline !== undefined){
let data27 = data24.baseline;
if(!((typeof data27 == "number") && (isFinite(data27)))){
const err54 = {instancePath:instancePath+"/success_metrics/" + i1+"/baseline",schemaPath:"#/definitions/SuccessMetric/properties/baseline/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.baseline.type,parentSchema:schema24.properties.baseline,data:data27};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data24.actual !== undefined){
let data28 = data24.actual;
if(!((typeof data28 == "number") && (isFinite(data28)))){
const err55 = {instancePath:instancePath+"/success_metrics/" + i1+"/actual",schemaPath:"#/definitions/SuccessMetric/properties/actual/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.actual.type,parentSchema:schema24.properties.actual,data:data28};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data24.unit !== undefined){
let data29 = data24.unit;
if(typeof data29 !== "string"){
const err56 = {instancePath:instancePath+"/success_metrics/" + i1+"/unit",schemaPath:"#/definitions/SuccessMetric/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.unit.type,parentSchema:schema24.properties.unit,data:data29};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data24.better !== undefined){
let data30 = data24.better;
if(typeof data30 !== "string"){
const err57 = {instancePath:instancePath+"/success_metrics/" + i1+"/better",schemaPath:"#/definitions/SuccessMetric/properties/better/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.better.type,parentSchema:schema24.properties.better,data:data30};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!((data30 === "higher") || (data30 === "lower"))){
const err58 = {instancePath:instancePath+"/success_metrics/" + i1+"/better",schemaPath:"#/definitions/SuccessMetric/properties/better/enum",keyword:"enum",params:{allowedValues: schema24.properties.better.enum},message:"must be equal to one of the allowed values",schema:schema24.properties.better.enum,parentSchema:schema24.properties.better,data:data30};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/success_metrics/" + i1,schemaPath:"#/definitions/SuccessMetric/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data24};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/success_metrics",schemaPath:"#/properties/success_metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.success_metrics.type,parentSchema:schema19.properties.success_metrics,data:data23};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.approvals !== undefined){
let data31 = data.approvals;
if(Array.isArray(data31)){
const len2 = data31.length;
for(let i2=0; i2<len2; i2++){
let data32 = data31[i2];
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.gate === undefined){
const err61 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/definitions/Approval/required",keyword:"required",params:{missingProperty: "gate"},message:"must have required property '"+"gate"+"'",schema:schema25.required,parentSchema:schema25,data:data32};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data32.approver === undefined){
const err62 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/definitions/Approval/required",keyword:"required",params:{missingProperty: "approver"},message:"must have required property '"+"approver"+"'",schema:schema25.required,parentSchema:schema25,data:data32};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data32.status === undefined){
const err63 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/definitions/Approval/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema25.required,parentSchema:schema25,data:data32};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key4 in data32){
if(!(((((((key4 === "gate") || (key4 === "approver")) || (key4 === "status")) || (key4 === "date")) || (key4 === "checklist")) || (key4 === "note")) || (pattern0.test(key4)))){
const err64 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/definitions/Approval/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data:data32};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data32.gate !== undefined){
let data33 = data32.gate;
if(typeof data33 === "string"){
if(func3(data33) < 1){
const err65 = {instancePath:instancePath+"/approvals/" + i2+"/gate",schemaPath:"#/definitions/Approval/properties/gate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.gate,data:data33};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/approvals/" + i2+"/gate",schemaPath:"#/definitions/Approval/properties/gate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.gate.type,parentSchema:schema25.properties.gate,data:data33};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data32.approver !== undefined){
let data34 = data32.approver;
if(typeof data34 === "string"){
if(func3(data34) < 1){
const err67 = {instancePath:instancePath+"/approvals/" + i2+"/approver",schemaPath:"#/definitions/Approval/properties/approver/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.approver,data:data34};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/approvals/" + i2+"/approver",schemaPath:"#/definitions/Approval/properties/approver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.approver.type,parentSchema:schema25.properties.approver,data:data34};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data32.status !== undefined){
let data35 = data32.status;
if(typeof data35 !== "string"){
const err69 = {instancePath:instancePath+"/approvals/" + i2+"/status",schemaPath:"#/definitions/Approval/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.status.type,parentSchema:schema25.properties.status,data:data35};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(!(((data35 === "approved") || (data35 === "rejected")) || (data35 === "pending"))){
const err70 = {instancePath:instancePath+"/approvals/" + i2+"/status",schemaPath:"#/definitions/Approval/properties/status/enum",keyword:"enum",params:{allowedValues: schema25.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema25.properties.status.enum,parentSchema:schema25.properties.status,data:data35};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data32.date !== undefined){
let data36 = data32.date;
if(typeof data36 === "string"){
if(!(formats0.validate(data36))){
const err71 = {instancePath:instancePath+"/approvals/" + i2+"/date",schemaPath:"#/definitions/Approval/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema25.properties.date,data:data36};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/approvals/" + i2+"/date",schemaPath:"#/definitions/Approval/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.date.type,parentSchema:schema25.properties.date,data:data36};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data32.checklist !== undefined){
let data37 = data32.checklist;
if(Array.isArray(data37)){
const len3 = data37.length;
for(let i3=0; i3<len3; i3++){
let data38 = data37[i3];
if(typeof data38 === "string"){
if(func3(data38) < 1){
const err73 = {instancePath:instancePath+"/approvals/" + i2+"/checklist/" + i3,schemaPath:"#/definitions/Approval/properties/checklist/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.checklist.items,data:data38};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/approvals/" + i2+"/checklist/" + i3,schemaPath:"#/definitions/Approval/properties/checklist/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.checklist.items.type,parentSchema:schema25.properties.checklist.items,data:data38};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/approvals/" + i2+"/checklist",schemaPath:"#/definitions/Approval/properties/checklist/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.checklist.type,parentSchema:schema25.properties.checklist,data:data37};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data32.note !== undefined){
let data39 = data32.note;
if(typeof data39 !== "string"){
const err76 = {instancePath:instancePath+"/approvals/" + i2+"/note",schemaPath:"#/definitions/Approval/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.note.type,parentSchema:schema25.properties.note,data:data39};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/definitions/Approval/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data:data32};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.approvals.type,parentSchema:schema19.properties.approvals,data:data31};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.history !== undefined){
let data40 = data.history;
if(Array.isArray(data40)){
const len4 = data40.length;
for(let i4=0; i4<len4; i4++){
let data41 = data40[i4];
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.stage === undefined){
const err79 = {instancePath:instancePath+"/history/" + i4,schemaPath:"#/definitions/HistoryEntry/required",keyword:"required",params:{missingProperty: "stage"},message:"must have required property '"+"stage"+"'",schema:schema26.required,parentSchema:schema26,data:data41};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data41.entered === undefined){
const err80 = {instancePath:instancePath+"/history/" + i4,schemaPath:"#/definitions/HistoryEntry/required",keyword:"required",params:{missingProperty: "entered"},message:"must have required property '"+"entered"+"'",schema:schema26.required,parentSchema:schema26,data:data41};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key5 in data41){
if(!((((key5 === "stage") || (key5 === "entered")) || (key5 === "note")) || (pattern0.test(key5)))){
const err81 = {instancePath:instancePath+"/history/" + i4,schemaPath:"#/definitions/HistoryEntry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data:data41};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data41.stage !== undefined){
let data42 = data41.stage;
if(typeof data42 === "string"){
if(func3(data42) < 1){
const err82 = {instancePath:instancePath+"/history/" + i4+"/stage",schemaPath:"#/definitions/HistoryEntry/properties/stage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.stage,data:data42};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/history/" + i4+"/stage",schemaPath:"#/definitions/HistoryEntry/properties/stage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.stage.type,parentSchema:schema26.properties.stage,data:data42};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data41.entered !== undefined){
let data43 = data41.entered;
if(typeof data43 === "string"){
if(!(formats0.validate(data43))){
const err84 = {instancePath:instancePath+"/history/" + i4+"/entered",schemaPath:"#/definitions/HistoryEntry/properties/entered/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema26.properties.entered,data:data43};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/history/" + i4+"/entered",schemaPath:"#/definitions/HistoryEntry/properties/entered/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.entered.type,parentSchema:schema26.properties.entered,data:data43};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data41.note !== undefined){
let data44 = data41.note;
if(typeof data44 !== "string"){
const err86 = {instancePath:instancePath+"/history/" + i4+"/note",schemaPath:"#/definitions/HistoryEntry/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.note.type,parentSchema:schema26.properties.note,data:data44};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/history/" + i4,schemaPath:"#/definitions/HistoryEntry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data:data41};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.history.type,parentSchema:schema19.properties.history,data:data40};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.links !== undefined){
let data45 = data.links;
if(Array.isArray(data45)){
const len5 = data45.length;
for(let i5=0; i5<len5; i5++){
let data46 = data45[i5];
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.name === undefined){
const err89 = {instancePath:instancePath+"/links/" + i5,schemaPath:"#/definitions/TrackedLink/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema27.required,parentSchema:schema27,data:data46};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data46.url === undefined){
const err90 = {instancePath:instancePath+"/links/" + i5,schemaPath:"#/definitions/TrackedLink/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema27.required,parentSchema:schema27,data:data46};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
for(const key6 in data46){
if(!(((key6 === "name") || (key6 === "url")) || (pattern0.test(key6)))){
const err91 = {instancePath:instancePath+"/links/" + i5,schemaPath:"#/definitions/TrackedLink/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data:data46};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data46.name !== undefined){
let data47 = data46.name;
if(typeof data47 === "string"){
if(func3(data47) < 1){
const err92 = {instancePath:instancePath+"/links/" + i5+"/name",schemaPath:"#/definitions/TrackedLink/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.name,data:data47};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/links/" + i5+"/name",schemaPath:"#/definitions/TrackedLink/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.name.type,parentSchema:schema27.properties.name,data:data47};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data46.url !== undefined){
let data48 = data46.url;
if(typeof data48 === "string"){
if(func3(data48) < 1){
const err94 = {instancePath:instancePath+"/links/" + i5+"/url",schemaPath:"#/definitions/TrackedLink/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.url,data:data48};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/links/" + i5+"/url",schemaPath:"#/definitions/TrackedLink/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.url.type,parentSchema:schema27.properties.url,data:data48};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/links/" + i5,schemaPath:"#/definitions/TrackedLink/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data:data46};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.links.type,parentSchema:schema19.properties.links,data:data45};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.tools !== undefined){
let data49 = data.tools;
if(Array.isArray(data49)){
const len6 = data49.length;
for(let i6=0; i6<len6; i6++){
let data50 = data49[i6];
if(typeof data50 === "string"){
if(func3(data50) < 1){
const err98 = {instancePath:instancePath+"/tools/" + i6,schemaPath:"#/properties/tools/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.tools.items,data:data50};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/tools/" + i6,schemaPath:"#/properties/tools/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.tools.items.type,parentSchema:schema19.properties.tools.items,data:data50};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.tools.type,parentSchema:schema19.properties.tools,data:data49};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.compliance !== undefined){
let data51 = data.compliance;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
for(const key7 in data51){
if(!((((key7 === "legal_review") || (key7 === "consent_basis")) || (key7 === "notes")) || (pattern0.test(key7)))){
const err101 = {instancePath:instancePath+"/compliance",schemaPath:"#/definitions/Compliance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data:data51};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data51.legal_review !== undefined){
let data52 = data51.legal_review;
if(typeof data52 !== "boolean"){
const err102 = {instancePath:instancePath+"/compliance/legal_review",schemaPath:"#/definitions/Compliance/properties/legal_review/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.legal_review.type,parentSchema:schema28.properties.legal_review,data:data52};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data51.consent_basis !== undefined){
let data53 = data51.consent_basis;
if(typeof data53 !== "string"){
const err103 = {instancePath:instancePath+"/compliance/consent_basis",schemaPath:"#/definitions/Compliance/properties/consent_basis/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.consent_basis.type,parentSchema:schema28.properties.consent_basis,data:data53};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(!((((((data53 === "consent") || (data53 === "contract")) || (data53 === "legal-obligation")) || (data53 === "vital-interests")) || (data53 === "public-task")) || (data53 === "legitimate-interest"))){
const err104 = {instancePath:instancePath+"/compliance/consent_basis",schemaPath:"#/definitions/Compliance/properties/consent_basis/enum",keyword:"enum",params:{allowedValues: schema28.properties.consent_basis.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.consent_basis.enum,parentSchema:schema28.properties.consent_basis,data:data53};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data51.notes !== undefined){
let data54 = data51.notes;
if(typeof data54 !== "string"){
const err105 = {instancePath:instancePath+"/compliance/notes",schemaPath:"#/definitions/Compliance/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.notes.type,parentSchema:schema28.properties.notes,data:data54};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/compliance",schemaPath:"#/definitions/Compliance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data:data51};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data.notes !== undefined){
let data55 = data.notes;
if(typeof data55 !== "string"){
const err107 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.notes.type,parentSchema:schema19.properties.notes,data:data55};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

export const NamingConvention = validate16;
const schema29 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mops.dev/schemas/v1/naming-convention.schema.json","title":"NamingConvention","description":"The naming convention: for each kind of name (campaign, asset, tool, ...) a token template, and the dictionary or format of each token.","markdownDescription":"The naming convention: for each kind of name (`campaign`, `asset`, `tool`, …) a token template, and the dictionary or format of each token.\n\n```yaml\napiVersion: mops/v1\nkind: NamingConvention\nid: acme\ntargets:\n  campaign:\n    pattern: \"{year}{quarter}-{region}-{channel}-{slug}\"\n    max_length: 60\ntokens:\n  year:\n    format: year\n  region:\n    values: [na, emea, apac]\n```","type":"object","required":["apiVersion","kind","id","targets","tokens"],"additionalProperties":false,"properties":{"apiVersion":{"description":"The mops file format version. Always mops/v1.","markdownDescription":"The mops file format version. Always `mops/v1`.\n\n```yaml\napiVersion: mops/v1\nkind: NamingConvention\n```","const":"mops/v1"},"kind":{"description":"The document type. NamingConvention for the naming convention.","markdownDescription":"The document type: `NamingConvention` for the naming convention.","const":"NamingConvention"},"id":{"description":"The id of this naming convention.","markdownDescription":"The id of this naming convention.\n\nExample: `acme`","type":"string","minLength":1},"description":{"description":"What this naming convention covers, for people reading the playbook.","markdownDescription":"What this naming convention covers, for people reading the playbook.","type":"string"},"targets":{"description":"The kinds of names this convention governs, each with its template. Use campaign for brief ids, asset for link contents and tool for tool ids.","markdownDescription":"The kinds of names this convention governs, each with its template. `campaign` checks brief ids and `utm_campaign`, `asset` checks `utm_content`, `tool` checks tool ids.\n\n```yaml\ntargets:\n  campaign:\n    pattern: \"{year}{quarter}-{region}-{channel}-{slug}\"\n    max_length: 60\n  tool:\n    pattern: \"{slug}\"\n```","type":"object","additionalProperties":{"description":"The template and length limit for this kind of name.","markdownDescription":"The template and length limit for this kind of name, e.g. `pattern: \"{format}-{slug}\"`.","allOf":[{"$ref":"#/definitions/NamingTarget"}]}},"tokens":{"description":"The tokens used in the templates, by name. Each token has a dictionary of allowed values or a built-in format.","markdownDescription":"The tokens used in the templates, by name. Each token has a dictionary of allowed `values` or a built-in `format`.\n\n```yaml\ntokens:\n  quarter:\n    values: [q1, q2, q3, q4]\n  slug:\n    format: slug\n    max_length: 30\n```","type":"object","additionalProperties":{"description":"The allowed values or format of this token.","markdownDescription":"The allowed `values` or `format` of this token, used wherever `{token}` appears in a template.","allOf":[{"$ref":"#/definitions/NamingToken"}]}}},"definitions":{"NamingTarget":{"title":"NamingTarget","description":"A kind of name and the template every name of that kind must fit.","markdownDescription":"A kind of name and the template every name of that kind must fit.\n\n```yaml\ncampaign:\n  pattern: \"{year}{quarter}-{region}-{channel}-{slug}\"\n  max_length: 60\n```","type":"object","required":["pattern"],"additionalProperties":false,"properties":{"pattern":{"description":"The token template: token names in braces, with the literal text between them. A name fits when each token matches its dictionary or format and the literal text matches exactly.","markdownDescription":"The token template: token names in braces, with the literal text between them. A name fits when each `{token}` matches its dictionary or format and the literal text matches exactly.\n\nExample: `\"{year}{quarter}-{region}-{channel}-{slug}\"` accepts `2026q4-na-email-black-friday`.","type":"string","minLength":1},"max_length":{"description":"The longest a name of this kind may be, in characters.","markdownDescription":"The longest a name of this kind may be, in characters (`naming/max-length`).\n\nExample: `60`","type":"integer","minimum":0},"description":{"description":"What this kind of name is used for.","markdownDescription":"What this kind of name is used for.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"NamingToken":{"title":"NamingToken","description":"A token of the naming templates: either a dictionary of allowed values or a built-in format, with optional length limits.","markdownDescription":"A token of the naming templates: either a dictionary of allowed `values` or a built-in `format`, with optional length limits.\n\n```yaml\nregion:\n  values: [na, emea, apac, latam, global]\nslug:\n  format: slug\n  max_length: 30\n```","type":"object","additionalProperties":false,"properties":{"values":{"description":"The dictionary: every value this token may take.","markdownDescription":"The dictionary: every value this token may take. A name with another value is flagged with the nearest allowed one.\n\nExample: `values: [na, emea, apac, latam, global]`","type":"array","items":{"description":"An allowed value of the token.","markdownDescription":"An allowed value of the token, e.g. `emea`.","type":"string","minLength":1}},"format":{"description":"A built-in format for the token when there is no dictionary: year, quarter, slug, number or date.","markdownDescription":"A built-in format for the token when there is no dictionary: `year` (e.g. `2026`), `quarter` (`q1`–`q4`), `slug` (lower-case words joined by hyphens, e.g. `black-friday`), `number` (digits) or `date` (e.g. `20261120`).","type":"string","enum":["year","quarter","slug","number","date"]},"max_length":{"description":"The longest the token's value may be, in characters.","markdownDescription":"The longest the token's value may be, in characters.\n\nExample: `30`","type":"integer","minimum":0},"min_length":{"description":"The shortest the token's value may be, in characters.","markdownDescription":"The shortest the token's value may be, in characters.\n\nExample: `3`","type":"integer","minimum":0},"description":{"description":"What this token stands for.","markdownDescription":"What this token stands for.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema30 = {"title":"NamingTarget","description":"A kind of name and the template every name of that kind must fit.","markdownDescription":"A kind of name and the template every name of that kind must fit.\n\n```yaml\ncampaign:\n  pattern: \"{year}{quarter}-{region}-{channel}-{slug}\"\n  max_length: 60\n```","type":"object","required":["pattern"],"additionalProperties":false,"properties":{"pattern":{"description":"The token template: token names in braces, with the literal text between them. A name fits when each token matches its dictionary or format and the literal text matches exactly.","markdownDescription":"The token template: token names in braces, with the literal text between them. A name fits when each `{token}` matches its dictionary or format and the literal text matches exactly.\n\nExample: `\"{year}{quarter}-{region}-{channel}-{slug}\"` accepts `2026q4-na-email-black-friday`.","type":"string","minLength":1},"max_length":{"description":"The longest a name of this kind may be, in characters.","markdownDescription":"The longest a name of this kind may be, in characters (`naming/max-length`).\n\nExample: `60`","type":"integer","minimum":0},"description":{"description":"What this kind of name is used for.","markdownDescription":"What this kind of name is used for.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema31 = {"title":"NamingToken","description":"A token of the naming templates: either a dictionary of allowed values or a built-in format, with optional length limits.","markdownDescription":"A token of the naming templates: either a dictionary of allowed `values` or a built-in `format`, with optional length limits.\n\n```yaml\nregion:\n  values: [na, emea, apac, latam, global]\nslug:\n  format: slug\n  max_length: 30\n```","type":"object","additionalProperties":false,"properties":{"values":{"description":"The dictionary: every value this token may take.","markdownDescription":"The dictionary: every value this token may take. A name with another value is flagged with the nearest allowed one.\n\nExample: `values: [na, emea, apac, latam, global]`","type":"array","items":{"description":"An allowed value of the token.","markdownDescription":"An allowed value of the token, e.g. `emea`.","type":"string","minLength":1}},"format":{"description":"A built-in format for the token when there is no dictionary: year, quarter, slug, number or date.","markdownDescription":"A built-in format for the token when there is no dictionary: `year` (e.g. `2026`), `quarter` (`q1`–`q4`), `slug` (lower-case words joined by hyphens, e.g. `black-friday`), `number` (digits) or `date` (e.g. `20261120`).","type":"string","enum":["year","quarter","slug","number","date"]},"max_length":{"description":"The longest the token's value may be, in characters.","markdownDescription":"The longest the token's value may be, in characters.\n\nExample: `30`","type":"integer","minimum":0},"min_length":{"description":"The shortest the token's value may be, in characters.","markdownDescription":"The shortest the token's value may be, in characters.\n\nExample: `3`","type":"integer","minimum":0},"description":{"description":"What this token stands for.","markdownDescription":"What this token stands for.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mops.dev/schemas/v1/naming-convention.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.targets === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "targets"},message:"must have required property '"+"targets"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.tokens === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tokens"},message:"must have required property '"+"tokens"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "id")) || (key0 === "description")) || (key0 === "targets")) || (key0 === "tokens")) || (pattern0.test(key0)))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if("mops/v1" !== data0){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "mops/v1"},message:"must be equal to constant",schema:"mops/v1",parentSchema:schema29.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("NamingConvention" !== data1){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "NamingConvention"},message:"must be equal to constant",schema:"NamingConvention",parentSchema:schema29.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.id,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.id.type,parentSchema:schema29.properties.id,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.description.type,parentSchema:schema29.properties.description,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.targets !== undefined){
let data4 = data.targets;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
let data5 = data4[key1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.pattern === undefined){
const err11 = {instancePath:instancePath+"/targets/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/NamingTarget/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'",schema:schema30.required,parentSchema:schema30,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key2 in data5){
if(!((((key2 === "pattern") || (key2 === "max_length")) || (key2 === "description")) || (pattern0.test(key2)))){
const err12 = {instancePath:instancePath+"/targets/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/NamingTarget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.pattern !== undefined){
let data6 = data5.pattern;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err13 = {instancePath:instancePath+"/targets/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/definitions/NamingTarget/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.properties.pattern,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/targets/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/definitions/NamingTarget/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.pattern.type,parentSchema:schema30.properties.pattern,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.max_length !== undefined){
let data7 = data5.max_length;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err15 = {instancePath:instancePath+"/targets/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_length",schemaPath:"#/definitions/NamingTarget/properties/max_length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.max_length.type,parentSchema:schema30.properties.max_length,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/targets/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_length",schemaPath:"#/definitions/NamingTarget/properties/max_length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30.properties.max_length,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data5.description !== undefined){
let data8 = data5.description;
if(typeof data8 !== "string"){
const err17 = {instancePath:instancePath+"/targets/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/NamingTarget/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.description.type,parentSchema:schema30.properties.description,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/targets/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/NamingTarget/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.targets.type,parentSchema:schema29.properties.targets,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.tokens !== undefined){
let data9 = data.tokens;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key3 in data9){
let data10 = data9[key3];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key4 in data10){
if(!((((((key4 === "values") || (key4 === "format")) || (key4 === "max_length")) || (key4 === "min_length")) || (key4 === "description")) || (pattern0.test(key4)))){
const err20 = {instancePath:instancePath+"/tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/NamingToken/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data10.values !== undefined){
let data11 = data10.values;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err21 = {instancePath:instancePath+"/tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/values/" + i0,schemaPath:"#/definitions/NamingToken/properties/values/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.values.items,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/values/" + i0,schemaPath:"#/definitions/NamingToken/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.values.items.type,parentSchema:schema31.properties.values.items,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/values",schemaPath:"#/definitions/NamingToken/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.values.type,parentSchema:schema31.properties.values,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data10.format !== undefined){
let data13 = data10.format;
if(typeof data13 !== "string"){
const err24 = {instancePath:instancePath+"/tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/format",schemaPath:"#/definitions/NamingToken/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.format.type,parentSchema:schema31.properties.format,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((((data13 === "year") || (data13 === "quarter")) || (data13 === "slug")) || (data13 === "number")) || (data13 === "date"))){
const err25 = {instancePath:instancePath+"/tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/format",schemaPath:"#/definitions/NamingToken/properties/format/enum",keyword:"enum",params:{allowedValues: schema31.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.format.enum,parentSchema:schema31.properties.format,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10.max_length !== undefined){
let data14 = data10.max_length;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err26 = {instancePath:instancePath+"/tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_length",schemaPath:"#/definitions/NamingToken/properties/max_length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.max_length.type,parentSchema:schema31.properties.max_length,data:data14};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err27 = {instancePath:instancePath+"/tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_length",schemaPath:"#/definitions/NamingToken/properties/max_length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.max_length,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data10.min_length !== undefined){
let data15 = data10.min_length;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err28 = {instancePath:instancePath+"/tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/min_length",schemaPath:"#/definitions/NamingToken/properties/min_length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.min_length.type,parentSchema:schema31.properties.min_length,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err29 = {instancePath:instancePath+"/tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/min_length",schemaPath:"#/definitions/NamingToken/properties/min_length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.min_length,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data10.description !== undefined){
let data16 = data10.description;
if(typeof data16 !== "string"){
const err30 = {instancePath:instancePath+"/tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/NamingToken/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/tokens/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/NamingToken/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.tokens.type,parentSchema:schema29.properties.tokens,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

export const UtmStandard = validate17;
const schema32 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mops.dev/schemas/v1/utm-standard.schema.json","title":"UtmStandard","description":"The UTM standard every tracked link must follow: required parameters, allowed values, allowed source and medium pairs, landing domains and URL hygiene.","markdownDescription":"The UTM standard every tracked link must follow: required parameters, allowed values, allowed source and medium pairs, landing domains and URL hygiene.\n\n```yaml\napiVersion: mops/v1\nkind: UtmStandard\nid: acme\nrequired: [utm_source, utm_medium, utm_campaign]\nparams:\n  utm_source:\n    values: [newsletter, google]\n  utm_campaign:\n    naming: campaign\nsource_medium:\n  google: [cpc, display]\ndomains: [www.acme.example]\n```","type":"object","required":["apiVersion","kind","id"],"additionalProperties":false,"properties":{"apiVersion":{"description":"The mops file format version. Always mops/v1.","markdownDescription":"The mops file format version. Always `mops/v1`.\n\n```yaml\napiVersion: mops/v1\nkind: UtmStandard\n```","const":"mops/v1"},"kind":{"description":"The document type. UtmStandard for the UTM standard.","markdownDescription":"The document type: `UtmStandard` for the UTM standard.","const":"UtmStandard"},"id":{"description":"The id of this UTM standard.","markdownDescription":"The id of this UTM standard.\n\nExample: `acme`","type":"string","minLength":1},"description":{"description":"What this UTM standard covers, for people reading the playbook.","markdownDescription":"What this UTM standard covers, for people reading the playbook.","type":"string"},"required":{"description":"The UTM parameters every tracked link must carry.","markdownDescription":"The UTM parameters every tracked link must carry (`utm/missing-param`).\n\nExample: `required: [utm_source, utm_medium, utm_campaign]`","type":"array","items":{"description":"A UTM parameter name that every link must carry.","markdownDescription":"A UTM parameter name that every link must carry, e.g. `utm_source`.","type":"string","pattern":"^utm_[a-z0-9_]+$","patternMessage":"a UTM parameter name: utm_ followed by lower-case letters, digits or _"}},"params":{"description":"Rules for each UTM parameter, by parameter name: a list of allowed values, or a naming convention target the value must fit.","markdownDescription":"Rules for each UTM parameter, by parameter name (`utm_…`): a list of allowed `values`, or a naming convention target the value must fit (`naming`).\n\n```yaml\nparams:\n  utm_medium:\n    values: [email, cpc, paid-social]\n  utm_content:\n    naming: asset\n```","type":"object","patternProperties":{"^utm_[a-z0-9_]+$":{"description":"The rule for this UTM parameter.","markdownDescription":"The rule for this UTM parameter: allowed `values` or a `naming` target.","allOf":[{"$ref":"#/definitions/UtmParam"}]}},"additionalProperties":false},"source_medium":{"description":"The allowed pairs of source and medium: for each utm_source value, the utm_medium values it may be used with.","markdownDescription":"The allowed pairs of source and medium: for each `utm_source` value, the `utm_medium` values it may be used with (`utm/source-medium`).\n\n```yaml\nsource_medium:\n  newsletter: [email]\n  google: [cpc, display]\n```","type":"object","additionalProperties":{"description":"The utm_medium values allowed with this source.","markdownDescription":"The `utm_medium` values allowed with this source, e.g. `[cpc, display]` for `google`.","type":"array","items":{"description":"A utm_medium value allowed with this source.","markdownDescription":"A `utm_medium` value allowed with this source, e.g. `cpc`.","type":"string","minLength":1}}},"domains":{"description":"The host names tracked links may point to. Links to other hosts are flagged.","markdownDescription":"The host names tracked links may point to (`utm/domain`). Links to other hosts are flagged.\n\nExample: `domains: [www.acme.example, shop.acme.example]`","type":"array","items":{"description":"An allowed landing host name.","markdownDescription":"An allowed landing host name, without scheme or path, e.g. `www.acme.example`.","type":"string","minLength":1}},"require_https":{"description":"Whether tracked links must use https.","markdownDescription":"Whether tracked links must use `https` (`utm/insecure`). Defaults to `true`.","type":"boolean","default":true},"forbid_pii":{"description":"Whether tracked links are checked for personal data such as e-mail addresses and phone numbers.","markdownDescription":"Whether tracked links are checked for personal data such as e-mail addresses and phone numbers (`utm/pii`). Defaults to `true`.","type":"boolean","default":true},"max_url_length":{"description":"The longest a tracked URL may be, in characters.","markdownDescription":"The longest a tracked URL may be, in characters (`utm/too-long`).\n\nExample: `2000`","type":"integer","minimum":0},"case":{"description":"Whether UTM values must be lower case (lower) or may use any case (any).","markdownDescription":"Whether UTM values must be lower case (`lower`, the default) or may use any case (`any`). See `utm/case`.","type":"string","enum":["lower","any"],"default":"lower"}},"definitions":{"UtmParam":{"title":"UtmParam","description":"The rule for one UTM parameter: a dictionary of allowed values (with their synonyms), or a naming convention target its value must fit.","markdownDescription":"The rule for one UTM parameter: a dictionary of allowed `values` (with other spellings as `synonyms`), or a naming convention target its value must fit (`naming`).\n\n```yaml\nutm_source:\n  values: [newsletter, google, meta]\n  synonyms:\n    meta: [facebook, fb]\nutm_campaign:\n  naming: campaign\n```","type":"object","additionalProperties":false,"properties":{"values":{"description":"Every value this parameter may take.","markdownDescription":"Every value this parameter may take (`utm/unknown-value`).\n\nExample: `values: [newsletter, google, meta, linkedin]`","type":"array","items":{"description":"An allowed value of the parameter.","markdownDescription":"An allowed value of the parameter, e.g. `newsletter`.","type":"string","minLength":1}},"synonyms":{"description":"Other spellings of allowed values, by the value they stand for: a link that uses one is reported with the allowed value as its fix.","markdownDescription":"Other spellings of allowed values, by the value of `values` they stand for. A link that uses one gets a `utm/unknown-value` finding whose fix writes the allowed value.\n\n```yaml\nutm_source:\n  values: [newsletter, google, meta]\n  synonyms:\n    meta: [facebook, fb, instagram]\n```","type":"object","additionalProperties":{"description":"The other spellings of this value.","markdownDescription":"The other spellings of this value, e.g. `[facebook, fb]` for `meta`.","type":"array","items":{"description":"A spelling that stands for this value.","markdownDescription":"A spelling that stands for this value, e.g. `facebook`.","type":"string","minLength":1}}},"naming":{"description":"A target of the naming convention whose template the value must fit.","markdownDescription":"A target of the naming convention whose template the value must fit.\n\nExample: `naming: campaign` for `utm_campaign`, `naming: asset` for `utm_content`.","type":"string","minLength":1},"description":{"description":"What this parameter records.","markdownDescription":"What this parameter records.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema33 = {"title":"UtmParam","description":"The rule for one UTM parameter: a dictionary of allowed values (with their synonyms), or a naming convention target its value must fit.","markdownDescription":"The rule for one UTM parameter: a dictionary of allowed `values` (with other spellings as `synonyms`), or a naming convention target its value must fit (`naming`).\n\n```yaml\nutm_source:\n  values: [newsletter, google, meta]\n  synonyms:\n    meta: [facebook, fb]\nutm_campaign:\n  naming: campaign\n```","type":"object","additionalProperties":false,"properties":{"values":{"description":"Every value this parameter may take.","markdownDescription":"Every value this parameter may take (`utm/unknown-value`).\n\nExample: `values: [newsletter, google, meta, linkedin]`","type":"array","items":{"description":"An allowed value of the parameter.","markdownDescription":"An allowed value of the parameter, e.g. `newsletter`.","type":"string","minLength":1}},"synonyms":{"description":"Other spellings of allowed values, by the value they stand for: a link that uses one is reported with the allowed value as its fix.","markdownDescription":"Other spellings of allowed values, by the value of `values` they stand for. A link that uses one gets a `utm/unknown-value` finding whose fix writes the allowed value.\n\n```yaml\nutm_source:\n  values: [newsletter, google, meta]\n  synonyms:\n    meta: [facebook, fb, instagram]\n```","type":"object","additionalProperties":{"description":"The other spellings of this value.","markdownDescription":"The other spellings of this value, e.g. `[facebook, fb]` for `meta`.","type":"array","items":{"description":"A spelling that stands for this value.","markdownDescription":"A spelling that stands for this value, e.g. `facebook`.","type":"string","minLength":1}}},"naming":{"description":"A target of the naming convention whose template the value must fit.","markdownDescription":"A target of the naming convention whose template the value must fit.\n\nExample: `naming: campaign` for `utm_campaign`, `naming: asset` for `utm_content`.","type":"string","minLength":1},"description":{"description":"What this parameter records.","markdownDescription":"What this parameter records.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const pattern22 = new RegExp("^utm_[a-z0-9_]+$", "u");

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mops.dev/schemas/v1/utm-standard.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((func2.call(schema32.properties, key0)) || (pattern0.test(key0)))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if("mops/v1" !== data0){
const err4 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "mops/v1"},message:"must be equal to constant",schema:"mops/v1",parentSchema:schema32.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("UtmStandard" !== data1){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "UtmStandard"},message:"must be equal to constant",schema:"UtmStandard",parentSchema:schema32.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.id,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.id.type,parentSchema:schema32.properties.id,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.description.type,parentSchema:schema32.properties.description,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.required !== undefined){
let data4 = data.required;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(!pattern22.test(data5)){
const err9 = {instancePath:instancePath+"/required/" + i0,schemaPath:"#/properties/required/items/pattern",keyword:"pattern",params:{pattern: "^utm_[a-z0-9_]+$"},message:"must match pattern \""+"^utm_[a-z0-9_]+$"+"\"",schema:"^utm_[a-z0-9_]+$",parentSchema:schema32.properties.required.items,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/required/" + i0,schemaPath:"#/properties/required/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.required.items.type,parentSchema:schema32.properties.required.items,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.required.type,parentSchema:schema32.properties.required,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.params !== undefined){
let data6 = data.params;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!(pattern22.test(key1))){
const err12 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.params,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key2 in data6){
if(pattern22.test(key2)){
let data7 = data6[key2];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key3 in data7){
if(!(((((key3 === "values") || (key3 === "synonyms")) || (key3 === "naming")) || (key3 === "description")) || (pattern0.test(key3)))){
const err13 = {instancePath:instancePath+"/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/UtmParam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data7.values !== undefined){
let data8 = data7.values;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err14 = {instancePath:instancePath+"/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/values/" + i1,schemaPath:"#/definitions/UtmParam/properties/values/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.values.items,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/values/" + i1,schemaPath:"#/definitions/UtmParam/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.values.items.type,parentSchema:schema33.properties.values.items,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/values",schemaPath:"#/definitions/UtmParam/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.values.type,parentSchema:schema33.properties.values,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.synonyms !== undefined){
let data10 = data7.synonyms;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key4 in data10){
let data11 = data10[key4];
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err17 = {instancePath:instancePath+"/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/synonyms/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/definitions/UtmParam/properties/synonyms/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.synonyms.additionalProperties.items,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/synonyms/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/definitions/UtmParam/properties/synonyms/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.synonyms.additionalProperties.items.type,parentSchema:schema33.properties.synonyms.additionalProperties.items,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/synonyms/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/UtmParam/properties/synonyms/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.synonyms.additionalProperties.type,parentSchema:schema33.properties.synonyms.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/synonyms",schemaPath:"#/definitions/UtmParam/properties/synonyms/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.synonyms.type,parentSchema:schema33.properties.synonyms,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.naming !== undefined){
let data13 = data7.naming;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err21 = {instancePath:instancePath+"/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/naming",schemaPath:"#/definitions/UtmParam/properties/naming/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.naming,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/naming",schemaPath:"#/definitions/UtmParam/properties/naming/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.naming.type,parentSchema:schema33.properties.naming,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.description !== undefined){
let data14 = data7.description;
if(typeof data14 !== "string"){
const err23 = {instancePath:instancePath+"/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/UtmParam/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.description.type,parentSchema:schema33.properties.description,data:data14};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/UtmParam/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
else {
const err25 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.params.type,parentSchema:schema32.properties.params,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.source_medium !== undefined){
let data15 = data.source_medium;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key5 in data15){
let data16 = data15[key5];
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
let data17 = data16[i3];
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err26 = {instancePath:instancePath+"/source_medium/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/source_medium/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.source_medium.additionalProperties.items,data:data17};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/source_medium/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/source_medium/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.source_medium.additionalProperties.items.type,parentSchema:schema32.properties.source_medium.additionalProperties.items,data:data17};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/source_medium/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/source_medium/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.source_medium.additionalProperties.type,parentSchema:schema32.properties.source_medium.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/source_medium",schemaPath:"#/properties/source_medium/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.source_medium.type,parentSchema:schema32.properties.source_medium,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.domains !== undefined){
let data18 = data.domains;
if(Array.isArray(data18)){
const len4 = data18.length;
for(let i4=0; i4<len4; i4++){
let data19 = data18[i4];
if(typeof data19 === "string"){
if(func3(data19) < 1){
const err30 = {instancePath:instancePath+"/domains/" + i4,schemaPath:"#/properties/domains/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.domains.items,data:data19};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/domains/" + i4,schemaPath:"#/properties/domains/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.domains.items.type,parentSchema:schema32.properties.domains.items,data:data19};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.domains.type,parentSchema:schema32.properties.domains,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.require_https !== undefined){
let data20 = data.require_https;
if(typeof data20 !== "boolean"){
const err33 = {instancePath:instancePath+"/require_https",schemaPath:"#/properties/require_https/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema32.properties.require_https.type,parentSchema:schema32.properties.require_https,data:data20};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.forbid_pii !== undefined){
let data21 = data.forbid_pii;
if(typeof data21 !== "boolean"){
const err34 = {instancePath:instancePath+"/forbid_pii",schemaPath:"#/properties/forbid_pii/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema32.properties.forbid_pii.type,parentSchema:schema32.properties.forbid_pii,data:data21};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.max_url_length !== undefined){
let data22 = data.max_url_length;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err35 = {instancePath:instancePath+"/max_url_length",schemaPath:"#/properties/max_url_length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.max_url_length.type,parentSchema:schema32.properties.max_url_length,data:data22};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err36 = {instancePath:instancePath+"/max_url_length",schemaPath:"#/properties/max_url_length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.max_url_length,data:data22};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data.case !== undefined){
let data23 = data.case;
if(typeof data23 !== "string"){
const err37 = {instancePath:instancePath+"/case",schemaPath:"#/properties/case/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.case.type,parentSchema:schema32.properties.case,data:data23};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!((data23 === "lower") || (data23 === "any"))){
const err38 = {instancePath:instancePath+"/case",schemaPath:"#/properties/case/enum",keyword:"enum",params:{allowedValues: schema32.properties.case.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.case.enum,parentSchema:schema32.properties.case,data:data23};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

export const Team = validate18;
const schema34 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mops.dev/schemas/v1/team.schema.json","title":"Team","description":"The marketing team roster: the people who own, request and approve campaigns and tools, and the roles they hold.","markdownDescription":"The marketing team roster: the people who own, request and approve campaigns and tools, and the roles they hold.\n\n```yaml\napiVersion: mops/v1\nkind: Team\nid: marketing\nmembers:\n  - id: priya.shah\n    name: Priya Shah\n    roles: [campaign-ops]\n```","type":"object","required":["apiVersion","kind","id","members"],"additionalProperties":false,"properties":{"apiVersion":{"description":"The mops file format version. Always mops/v1.","markdownDescription":"The mops file format version. Always `mops/v1`.\n\n```yaml\napiVersion: mops/v1\nkind: Team\n```","const":"mops/v1"},"kind":{"description":"The document type. Team for the team roster.","markdownDescription":"The document type: `Team` for the team roster.","const":"Team"},"id":{"description":"The id of this team.","markdownDescription":"The id of this team.\n\nExample: `marketing`","type":"string","minLength":1},"description":{"description":"What this team does, for people reading the playbook.","markdownDescription":"What this team does, for people reading the playbook.","type":"string"},"members":{"description":"The people on the team. Owners, requesters and approvers anywhere in the playbook must be listed here.","markdownDescription":"The people on the team. Owners, requesters and approvers anywhere in the playbook must be listed here by `id`.\n\n```yaml\nmembers:\n  - id: li.wei\n    name: Li Wei\n    roles: [analytics, campaign-ops]\n```","type":"array","items":{"description":"One person on the team, with their roles.","markdownDescription":"One person on the team, with their `roles`.","allOf":[{"$ref":"#/definitions/TeamMember"}]}}},"definitions":{"TeamMember":{"title":"TeamMember","description":"A person on the marketing team and the roles they hold.","markdownDescription":"A person on the marketing team and the roles they hold.\n\n```yaml\n- id: ana.silva\n  name: Ana Silva\n  roles: [legal]\n  title: Legal counsel\n```","type":"object","required":["id","name","roles"],"additionalProperties":false,"properties":{"id":{"description":"The person's id, used wherever the playbook names an owner, requester or approver. Ids must be unique.","markdownDescription":"The person's id, used wherever the playbook names an `owner`, `requester` or `approver`. Ids must be unique.\n\nExample: `priya.shah`","type":"string","minLength":1},"name":{"description":"The person's full name.","markdownDescription":"The person's full name.\n\nExample: `Priya Shah`","type":"string","minLength":1},"roles":{"description":"The roles the person holds. Workflow gates name the roles allowed to approve them.","markdownDescription":"The roles the person holds. Workflow gates name the roles allowed to approve them (`approver_roles`).\n\nExample: `roles: [analytics, campaign-ops]`","type":"array","items":{"description":"A role the person holds.","markdownDescription":"A role the person holds, e.g. `marketing-lead`.","type":"string","minLength":1}},"title":{"description":"The person's job title.","markdownDescription":"The person's job title.\n\nExample: `Marketing operations manager`","type":"string"},"email":{"description":"The person's work e-mail address.","markdownDescription":"The person's work e-mail address.\n\nExample: `priya.shah@acme.example`","type":"string"},"away":{"description":"Periods when the person is away, each naming a delegate who may approve in their place. Past periods stay as the record of who could approve when.","markdownDescription":"Periods when the person is away, each naming a `delegate` who may approve in their place from `from` to `to` (both days included). A gate approved by the delegate on a day of the period counts as approved by the person's roles (`brief/gate-approver-role`), and `mops report queue` gives the delegate the person's approvals. Keep past periods: they are the record of who could approve when.\n\n```yaml\naway:\n  - from: 2027-01-04\n    to: 2027-01-15\n    delegate: li.wei\n```","type":"array","items":{"description":"One period away and who acts for the person meanwhile.","markdownDescription":"One period away (`from` to `to`, both days included) and the `delegate` who acts for the person meanwhile.","type":"object","required":["from","to","delegate"],"additionalProperties":false,"properties":{"from":{"description":"The first day away.","markdownDescription":"The first day away (included).\n\nExample: `2027-01-04`","type":"string","format":"date"},"to":{"description":"The last day away (included).","markdownDescription":"The last day away (included); on or after `from`.\n\nExample: `2027-01-15`","type":"string","format":"date"},"delegate":{"description":"The Team member who acts for the person during the period: approves gates in their roles and takes their approvals queue.","markdownDescription":"The id of the Team member who acts for the person during the period: approves gates in the person's roles and takes their approvals in `mops report queue`. Not the person themselves.\n\nExample: `li.wei`","type":"string","minLength":1}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema35 = {"title":"TeamMember","description":"A person on the marketing team and the roles they hold.","markdownDescription":"A person on the marketing team and the roles they hold.\n\n```yaml\n- id: ana.silva\n  name: Ana Silva\n  roles: [legal]\n  title: Legal counsel\n```","type":"object","required":["id","name","roles"],"additionalProperties":false,"properties":{"id":{"description":"The person's id, used wherever the playbook names an owner, requester or approver. Ids must be unique.","markdownDescription":"The person's id, used wherever the playbook names an `owner`, `requester` or `approver`. Ids must be unique.\n\nExample: `priya.shah`","type":"string","minLength":1},"name":{"description":"The person's full name.","markdownDescription":"The person's full name.\n\nExample: `Priya Shah`","type":"string","minLength":1},"roles":{"description":"The roles the person holds. Workflow gates name the roles allowed to approve them.","markdownDescription":"The roles the person holds. Workflow gates name the roles allowed to approve them (`approver_roles`).\n\nExample: `roles: [analytics, campaign-ops]`","type":"array","items":{"description":"A role the person holds.","markdownDescription":"A role the person holds, e.g. `marketing-lead`.","type":"string","minLength":1}},"title":{"description":"The person's job title.","markdownDescription":"The person's job title.\n\nExample: `Marketing operations manager`","type":"string"},"email":{"description":"The person's work e-mail address.","markdownDescription":"The person's work e-mail address.\n\nExample: `priya.shah@acme.example`","type":"string"},"away":{"description":"Periods when the person is away, each naming a delegate who may approve in their place. Past periods stay as the record of who could approve when.","markdownDescription":"Periods when the person is away, each naming a `delegate` who may approve in their place from `from` to `to` (both days included). A gate approved by the delegate on a day of the period counts as approved by the person's roles (`brief/gate-approver-role`), and `mops report queue` gives the delegate the person's approvals. Keep past periods: they are the record of who could approve when.\n\n```yaml\naway:\n  - from: 2027-01-04\n    to: 2027-01-15\n    delegate: li.wei\n```","type":"array","items":{"description":"One period away and who acts for the person meanwhile.","markdownDescription":"One period away (`from` to `to`, both days included) and the `delegate` who acts for the person meanwhile.","type":"object","required":["from","to","delegate"],"additionalProperties":false,"properties":{"from":{"description":"The first day away.","markdownDescription":"The first day away (included).\n\nExample: `2027-01-04`","type":"string","format":"date"},"to":{"description":"The last day away (included).","markdownDescription":"The last day away (included); on or after `from`.\n\nExample: `2027-01-15`","type":"string","format":"date"},"delegate":{"description":"The Team member who acts for the person during the period: approves gates in their roles and takes their approvals queue.","markdownDescription":"The id of the Team member who acts for the person during the period: approves gates in the person's roles and takes their approvals in `mops report queue`. Not the person themselves.\n\nExample: `li.wei`","type":"string","minLength":1}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mops.dev/schemas/v1/team.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.members === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "members"},message:"must have required property '"+"members"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "id")) || (key0 === "description")) || (key0 === "members")) || (pattern0.test(key0)))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if("mops/v1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "mops/v1"},message:"must be equal to constant",schema:"mops/v1",parentSchema:schema34.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("Team" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Team"},message:"must be equal to constant",schema:"Team",parentSchema:schema34.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.id,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.id.type,parentSchema:schema34.properties.id,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.description.type,parentSchema:schema34.properties.description,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.members !== undefined){
let data4 = data.members;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err10 = {instancePath:instancePath+"/members/" + i0,schemaPath:"#/definitions/TeamMember/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema35.required,parentSchema:schema35,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5.name === undefined){
const err11 = {instancePath:instancePath+"/members/" + i0,schemaPath:"#/definitions/TeamMember/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema35.required,parentSchema:schema35,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5.roles === undefined){
const err12 = {instancePath:instancePath+"/members/" + i0,schemaPath:"#/definitions/TeamMember/required",keyword:"required",params:{missingProperty: "roles"},message:"must have required property '"+"roles"+"'",schema:schema35.required,parentSchema:schema35,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!(((((((key1 === "id") || (key1 === "name")) || (key1 === "roles")) || (key1 === "title")) || (key1 === "email")) || (key1 === "away")) || (pattern0.test(key1)))){
const err13 = {instancePath:instancePath+"/members/" + i0,schemaPath:"#/definitions/TeamMember/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.id !== undefined){
let data6 = data5.id;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err14 = {instancePath:instancePath+"/members/" + i0+"/id",schemaPath:"#/definitions/TeamMember/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.id,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/members/" + i0+"/id",schemaPath:"#/definitions/TeamMember/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.id.type,parentSchema:schema35.properties.id,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.name !== undefined){
let data7 = data5.name;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err16 = {instancePath:instancePath+"/members/" + i0+"/name",schemaPath:"#/definitions/TeamMember/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.name,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/members/" + i0+"/name",schemaPath:"#/definitions/TeamMember/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.name.type,parentSchema:schema35.properties.name,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.roles !== undefined){
let data8 = data5.roles;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err18 = {instancePath:instancePath+"/members/" + i0+"/roles/" + i1,schemaPath:"#/definitions/TeamMember/properties/roles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.roles.items,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/members/" + i0+"/roles/" + i1,schemaPath:"#/definitions/TeamMember/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.roles.items.type,parentSchema:schema35.properties.roles.items,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/members/" + i0+"/roles",schemaPath:"#/definitions/TeamMember/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.roles.type,parentSchema:schema35.properties.roles,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.title !== undefined){
let data10 = data5.title;
if(typeof data10 !== "string"){
const err21 = {instancePath:instancePath+"/members/" + i0+"/title",schemaPath:"#/definitions/TeamMember/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.title.type,parentSchema:schema35.properties.title,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data5.email !== undefined){
let data11 = data5.email;
if(typeof data11 !== "string"){
const err22 = {instancePath:instancePath+"/members/" + i0+"/email",schemaPath:"#/definitions/TeamMember/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.email.type,parentSchema:schema35.properties.email,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.away !== undefined){
let data12 = data5.away;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.from === undefined){
const err23 = {instancePath:instancePath+"/members/" + i0+"/away/" + i2,schemaPath:"#/definitions/TeamMember/properties/away/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema35.properties.away.items.required,parentSchema:schema35.properties.away.items,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data13.to === undefined){
const err24 = {instancePath:instancePath+"/members/" + i0+"/away/" + i2,schemaPath:"#/definitions/TeamMember/properties/away/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema35.properties.away.items.required,parentSchema:schema35.properties.away.items,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data13.delegate === undefined){
const err25 = {instancePath:instancePath+"/members/" + i0+"/away/" + i2,schemaPath:"#/definitions/TeamMember/properties/away/items/required",keyword:"required",params:{missingProperty: "delegate"},message:"must have required property '"+"delegate"+"'",schema:schema35.properties.away.items.required,parentSchema:schema35.properties.away.items,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data13){
if(!((((key2 === "from") || (key2 === "to")) || (key2 === "delegate")) || (pattern0.test(key2)))){
const err26 = {instancePath:instancePath+"/members/" + i0+"/away/" + i2,schemaPath:"#/definitions/TeamMember/properties/away/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.away.items,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data13.from !== undefined){
let data14 = data13.from;
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err27 = {instancePath:instancePath+"/members/" + i0+"/away/" + i2+"/from",schemaPath:"#/definitions/TeamMember/properties/away/items/properties/from/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema35.properties.away.items.properties.from,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/members/" + i0+"/away/" + i2+"/from",schemaPath:"#/definitions/TeamMember/properties/away/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.away.items.properties.from.type,parentSchema:schema35.properties.away.items.properties.from,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data13.to !== undefined){
let data15 = data13.to;
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
const err29 = {instancePath:instancePath+"/members/" + i0+"/away/" + i2+"/to",schemaPath:"#/definitions/TeamMember/properties/away/items/properties/to/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema35.properties.away.items.properties.to,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/members/" + i0+"/away/" + i2+"/to",schemaPath:"#/definitions/TeamMember/properties/away/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.away.items.properties.to.type,parentSchema:schema35.properties.away.items.properties.to,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data13.delegate !== undefined){
let data16 = data13.delegate;
if(typeof data16 === "string"){
if(func3(data16) < 1){
const err31 = {instancePath:instancePath+"/members/" + i0+"/away/" + i2+"/delegate",schemaPath:"#/definitions/TeamMember/properties/away/items/properties/delegate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.away.items.properties.delegate,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/members/" + i0+"/away/" + i2+"/delegate",schemaPath:"#/definitions/TeamMember/properties/away/items/properties/delegate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.away.items.properties.delegate.type,parentSchema:schema35.properties.away.items.properties.delegate,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/members/" + i0+"/away/" + i2,schemaPath:"#/definitions/TeamMember/properties/away/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.away.items.type,parentSchema:schema35.properties.away.items,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/members/" + i0+"/away",schemaPath:"#/definitions/TeamMember/properties/away/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.away.type,parentSchema:schema35.properties.away,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/members/" + i0,schemaPath:"#/definitions/TeamMember/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data:data5};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.members.type,parentSchema:schema34.properties.members,data:data4};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

export const Workflow = validate19;
const schema36 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mops.dev/schemas/v1/workflow.schema.json","title":"Workflow","description":"A stage-gate workflow for campaigns: its ordered stages, each with an SLA in days and an optional exit gate, and the rules for each campaign tier.","markdownDescription":"A stage-gate workflow for campaigns: its ordered stages, each with an SLA in days and an optional exit `gate`, and the rules for each campaign tier.\n\n```yaml\napiVersion: mops/v1\nkind: Workflow\nid: campaign\ntitle: Campaign launch\nstages:\n  - id: brief\n    sla_days: 5\n    gate:\n      approver_roles: [marketing-lead]\n  - id: launch\n    sla_days: 2\ntiers:\n  - tier: 1\n    min_lead_days: 7\n    max_channels: 1\n```","type":"object","required":["apiVersion","kind","id","title","stages"],"additionalProperties":false,"properties":{"apiVersion":{"description":"The mops file format version. Always mops/v1.","markdownDescription":"The mops file format version. Always `mops/v1`.\n\n```yaml\napiVersion: mops/v1\nkind: Workflow\n```","const":"mops/v1"},"kind":{"description":"The document type. Workflow for a stage-gate workflow.","markdownDescription":"The document type: `Workflow` for a stage-gate workflow.","const":"Workflow"},"id":{"description":"The id of this workflow, which briefs name in their workflow field.","markdownDescription":"The id of this workflow, which briefs name in their `workflow` field.\n\nExample: `campaign`","type":"string","minLength":1},"title":{"description":"A short human-readable name for the workflow.","markdownDescription":"A short human-readable name for the workflow.\n\nExample: `Campaign launch`","type":"string","minLength":1},"description":{"description":"What kind of work this workflow is for.","markdownDescription":"What kind of work this workflow is for.","type":"string"},"stages":{"description":"The stages in order, from first to last. A brief moves through them one by one.","markdownDescription":"The stages in order, from first to last. A brief moves through them one by one, and may only stand at a stage once every earlier gate is approved.\n\n```yaml\nstages:\n  - id: review\n    sla_days: 3\n    gate:\n      approver_roles: [legal]\n      checklist: [brand-guidelines, legal-compliance]\n```","type":"array","items":{"description":"One workflow stage, with its SLA and optional exit gate.","markdownDescription":"One workflow stage, with its `sla_days` and optional exit `gate`.","allOf":[{"$ref":"#/definitions/Stage"}]},"minItems":1},"launch_stage":{"type":"string","minLength":1,"description":"The id of the stage from which a campaign counts as launched (success metrics must be agreed before it). When omitted, the first stage named launch, publish, live or go-live is the launch stage.","markdownDescription":"The id of the stage from which a campaign counts as launched: `brief/metrics-before-launch` requires success metrics from this stage on. When omitted, the first stage named `launch`, `publish`, `live` or `go-live` is the launch stage.\n\nExample: `launch_stage: live-event`"},"tiers":{"description":"The rules for each campaign tier: the minimum lead time from brief approval to launch, and the most channels allowed.","markdownDescription":"The rules for each campaign tier: the minimum lead time from brief approval to launch, and the most channels allowed.\n\n```yaml\ntiers:\n  - tier: 1\n    min_lead_days: 7\n    max_channels: 1\n  - tier: 3\n    min_lead_days: 42\n```","type":"array","items":{"description":"The rule for one campaign tier.","markdownDescription":"The rule for one campaign `tier`.","allOf":[{"$ref":"#/definitions/TierRule"}]}}},"definitions":{"Stage":{"title":"Stage","description":"A stage of the workflow: how long a campaign may stay in it, and the gate it must pass to leave it.","markdownDescription":"A stage of the workflow: how long a campaign may stay in it (`sla_days`), and the `gate` it must pass to leave it.\n\n```yaml\n- id: qa\n  sla_days: 3\n  gate:\n    approver_roles: [campaign-ops]\n    checklist: [links-tested, utm-verified]\n```","type":"object","required":["id","sla_days"],"additionalProperties":false,"properties":{"id":{"description":"The stage id, which briefs use in stage, history and approvals.","markdownDescription":"The stage id, which briefs use in `stage`, `history` and `approvals` (as `gate`).\n\nExample: `creative`","type":"string","minLength":1},"title":{"description":"A human-readable name for the stage.","markdownDescription":"A human-readable name for the stage.\n\nExample: `Creative production`","type":"string"},"sla_days":{"description":"The most days an active campaign may stay in this stage before it is flagged as overdue.","markdownDescription":"The most days an active campaign may stay in this stage before it is flagged as overdue (`brief/sla-overdue`).\n\nExample: `5`","type":"integer","minimum":0},"gate":{"description":"The exit gate of this stage: who must approve it, which brief fields must be filled in, and the checklist to confirm. Leave it out if the stage has no gate.","markdownDescription":"The exit gate of this stage: who must approve it, which brief fields must be filled in, and the checklist to confirm. Leave it out if the stage has no gate.\n\n```yaml\ngate:\n  approver_roles: [marketing-lead]\n  requires: [objective, audience, timeline, budget]\n```","allOf":[{"$ref":"#/definitions/Gate"}]},"description":{"description":"What happens in this stage.","markdownDescription":"What happens in this stage.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"Gate":{"title":"Gate","description":"The exit gate of a stage. A brief passes it with an approved approval from someone holding one of the roles, with every checklist item confirmed and every required brief field filled in.","markdownDescription":"The exit gate of a stage. A brief passes it with an `approved` entry in its `approvals` from someone holding one of the `approver_roles`, with every `checklist` item confirmed and every `requires` field filled in.","type":"object","required":["approver_roles"],"additionalProperties":false,"properties":{"approver_roles":{"description":"The team roles allowed to approve this gate; the approver must hold at least one.","markdownDescription":"The team roles allowed to approve this gate; the approver must hold at least one.\n\nExample: `approver_roles: [marketing-lead]`","type":"array","items":{"description":"A role from the Team file.","markdownDescription":"A role held by someone in the `Team` file, e.g. `legal`.","type":"string","minLength":1},"minItems":1},"requires":{"description":"The brief fields that must be filled in before this gate can be passed.","markdownDescription":"The brief fields that must be filled in before this gate can be passed.\n\nExample: `requires: [objective, audience, timeline, budget, success_metrics]`","type":"array","items":{"description":"A brief field that must be present and not empty.","markdownDescription":"A brief field that must be present and not empty, e.g. `success_metrics`.","type":"string","enum":["objective","audience","channels","timeline","budget","success_metrics","links","tools","compliance","program","requester","notes"]}},"checklist":{"description":"The items the approver must confirm in the approval's checklist.","markdownDescription":"The items the approver must confirm in the approval's `checklist`.\n\nExample: `checklist: [links-tested, utm-verified, tracking-verified]`","type":"array","items":{"description":"A checklist item to confirm.","markdownDescription":"A checklist item to confirm, e.g. `links-tested`.","type":"string","minLength":1}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"TierRule":{"title":"TierRule","description":"The rule for one campaign tier: minimum lead time and channel limit.","markdownDescription":"The rule for one campaign tier: minimum lead time and channel limit.\n\n```yaml\n- tier: 1\n  min_lead_days: 7\n  max_channels: 1\n```","type":"object","required":["tier","min_lead_days"],"additionalProperties":false,"properties":{"tier":{"description":"The tier this rule applies to, as set in a brief's tier field.","markdownDescription":"The tier this rule applies to, as set in a brief's `tier` field.\n\nExample: `2`","type":"integer","minimum":1},"min_lead_days":{"description":"The fewest days allowed between brief approval and launch for campaigns of this tier.","markdownDescription":"The fewest days allowed between `timeline.brief_approved` and `timeline.launch` for campaigns of this tier (`brief/tier-lead-time`).\n\nExample: `21`","type":"integer","minimum":0},"max_channels":{"description":"The most channels a campaign of this tier may use.","markdownDescription":"The most `channels` a campaign of this tier may use (`brief/tier-channels`).\n\nExample: `1`","type":"integer","minimum":1},"description":{"description":"What campaigns of this tier look like.","markdownDescription":"What campaigns of this tier look like.\n\nExample: `Single channel, 1–2 weeks`","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema39 = {"title":"TierRule","description":"The rule for one campaign tier: minimum lead time and channel limit.","markdownDescription":"The rule for one campaign tier: minimum lead time and channel limit.\n\n```yaml\n- tier: 1\n  min_lead_days: 7\n  max_channels: 1\n```","type":"object","required":["tier","min_lead_days"],"additionalProperties":false,"properties":{"tier":{"description":"The tier this rule applies to, as set in a brief's tier field.","markdownDescription":"The tier this rule applies to, as set in a brief's `tier` field.\n\nExample: `2`","type":"integer","minimum":1},"min_lead_days":{"description":"The fewest days allowed between brief approval and launch for campaigns of this tier.","markdownDescription":"The fewest days allowed between `timeline.brief_approved` and `timeline.launch` for campaigns of this tier (`brief/tier-lead-time`).\n\nExample: `21`","type":"integer","minimum":0},"max_channels":{"description":"The most channels a campaign of this tier may use.","markdownDescription":"The most `channels` a campaign of this tier may use (`brief/tier-channels`).\n\nExample: `1`","type":"integer","minimum":1},"description":{"description":"What campaigns of this tier look like.","markdownDescription":"What campaigns of this tier look like.\n\nExample: `Single channel, 1–2 weeks`","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema37 = {"title":"Stage","description":"A stage of the workflow: how long a campaign may stay in it, and the gate it must pass to leave it.","markdownDescription":"A stage of the workflow: how long a campaign may stay in it (`sla_days`), and the `gate` it must pass to leave it.\n\n```yaml\n- id: qa\n  sla_days: 3\n  gate:\n    approver_roles: [campaign-ops]\n    checklist: [links-tested, utm-verified]\n```","type":"object","required":["id","sla_days"],"additionalProperties":false,"properties":{"id":{"description":"The stage id, which briefs use in stage, history and approvals.","markdownDescription":"The stage id, which briefs use in `stage`, `history` and `approvals` (as `gate`).\n\nExample: `creative`","type":"string","minLength":1},"title":{"description":"A human-readable name for the stage.","markdownDescription":"A human-readable name for the stage.\n\nExample: `Creative production`","type":"string"},"sla_days":{"description":"The most days an active campaign may stay in this stage before it is flagged as overdue.","markdownDescription":"The most days an active campaign may stay in this stage before it is flagged as overdue (`brief/sla-overdue`).\n\nExample: `5`","type":"integer","minimum":0},"gate":{"description":"The exit gate of this stage: who must approve it, which brief fields must be filled in, and the checklist to confirm. Leave it out if the stage has no gate.","markdownDescription":"The exit gate of this stage: who must approve it, which brief fields must be filled in, and the checklist to confirm. Leave it out if the stage has no gate.\n\n```yaml\ngate:\n  approver_roles: [marketing-lead]\n  requires: [objective, audience, timeline, budget]\n```","allOf":[{"$ref":"#/definitions/Gate"}]},"description":{"description":"What happens in this stage.","markdownDescription":"What happens in this stage.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema38 = {"title":"Gate","description":"The exit gate of a stage. A brief passes it with an approved approval from someone holding one of the roles, with every checklist item confirmed and every required brief field filled in.","markdownDescription":"The exit gate of a stage. A brief passes it with an `approved` entry in its `approvals` from someone holding one of the `approver_roles`, with every `checklist` item confirmed and every `requires` field filled in.","type":"object","required":["approver_roles"],"additionalProperties":false,"properties":{"approver_roles":{"description":"The team roles allowed to approve this gate; the approver must hold at least one.","markdownDescription":"The team roles allowed to approve this gate; the approver must hold at least one.\n\nExample: `approver_roles: [marketing-lead]`","type":"array","items":{"description":"A role from the Team file.","markdownDescription":"A role held by someone in the `Team` file, e.g. `legal`.","type":"string","minLength":1},"minItems":1},"requires":{"description":"The brief fields that must be filled in before this gate can be passed.","markdownDescription":"The brief fields that must be filled in before this gate can be passed.\n\nExample: `requires: [objective, audience, timeline, budget, success_metrics]`","type":"array","items":{"description":"A brief field that must be present and not empty.","markdownDescription":"A brief field that must be present and not empty, e.g. `success_metrics`.","type":"string","enum":["objective","audience","channels","timeline","budget","success_metrics","links","tools","compliance","program","requester","notes"]}},"checklist":{"description":"The items the approver must confirm in the approval's checklist.","markdownDescription":"The items the approver must confirm in the approval's `checklist`.\n\nExample: `checklist: [links-tested, utm-verified, tracking-verified]`","type":"array","items":{"description":"A checklist item to confirm.","markdownDescription":"A checklist item to confirm, e.g. `links-tested`.","type":"string","minLength":1}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sla_days === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sla_days"},message:"must have required property '"+"sla_days"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "title")) || (key0 === "sla_days")) || (key0 === "gate")) || (key0 === "description")) || (pattern0.test(key0)))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.id.type,parentSchema:schema37.properties.id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.title.type,parentSchema:schema37.properties.title,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.sla_days !== undefined){
let data2 = data.sla_days;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/sla_days",schemaPath:"#/properties/sla_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.sla_days.type,parentSchema:schema37.properties.sla_days,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/sla_days",schemaPath:"#/properties/sla_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.properties.sla_days,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.gate !== undefined){
let data3 = data.gate;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.approver_roles === undefined){
const err8 = {instancePath:instancePath+"/gate",schemaPath:"#/definitions/Gate/required",keyword:"required",params:{missingProperty: "approver_roles"},message:"must have required property '"+"approver_roles"+"'",schema:schema38.required,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data3){
if(!((((key1 === "approver_roles") || (key1 === "requires")) || (key1 === "checklist")) || (pattern0.test(key1)))){
const err9 = {instancePath:instancePath+"/gate",schemaPath:"#/definitions/Gate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.approver_roles !== undefined){
let data4 = data3.approver_roles;
if(Array.isArray(data4)){
if(data4.length < 1){
const err10 = {instancePath:instancePath+"/gate/approver_roles",schemaPath:"#/definitions/Gate/properties/approver_roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.approver_roles,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err11 = {instancePath:instancePath+"/gate/approver_roles/" + i0,schemaPath:"#/definitions/Gate/properties/approver_roles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.approver_roles.items,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/gate/approver_roles/" + i0,schemaPath:"#/definitions/Gate/properties/approver_roles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.approver_roles.items.type,parentSchema:schema38.properties.approver_roles.items,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/gate/approver_roles",schemaPath:"#/definitions/Gate/properties/approver_roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.approver_roles.type,parentSchema:schema38.properties.approver_roles,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.requires !== undefined){
let data6 = data3.requires;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/gate/requires/" + i1,schemaPath:"#/definitions/Gate/properties/requires/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.requires.items.type,parentSchema:schema38.properties.requires.items,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((((((((((data7 === "objective") || (data7 === "audience")) || (data7 === "channels")) || (data7 === "timeline")) || (data7 === "budget")) || (data7 === "success_metrics")) || (data7 === "links")) || (data7 === "tools")) || (data7 === "compliance")) || (data7 === "program")) || (data7 === "requester")) || (data7 === "notes"))){
const err15 = {instancePath:instancePath+"/gate/requires/" + i1,schemaPath:"#/definitions/Gate/properties/requires/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.requires.items.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.requires.items.enum,parentSchema:schema38.properties.requires.items,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/gate/requires",schemaPath:"#/definitions/Gate/properties/requires/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.requires.type,parentSchema:schema38.properties.requires,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.checklist !== undefined){
let data8 = data3.checklist;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err17 = {instancePath:instancePath+"/gate/checklist/" + i2,schemaPath:"#/definitions/Gate/properties/checklist/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.checklist.items,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/gate/checklist/" + i2,schemaPath:"#/definitions/Gate/properties/checklist/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.checklist.items.type,parentSchema:schema38.properties.checklist.items,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/gate/checklist",schemaPath:"#/definitions/Gate/properties/checklist/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.checklist.type,parentSchema:schema38.properties.checklist,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/gate",schemaPath:"#/definitions/Gate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.description !== undefined){
let data10 = data.description;
if(typeof data10 !== "string"){
const err21 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.description.type,parentSchema:schema37.properties.description,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}


function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mops.dev/schemas/v1/workflow.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.title === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.stages === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stages"},message:"must have required property '"+"stages"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "id")) || (key0 === "title")) || (key0 === "description")) || (key0 === "stages")) || (key0 === "launch_stage")) || (key0 === "tiers")) || (pattern0.test(key0)))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if("mops/v1" !== data0){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "mops/v1"},message:"must be equal to constant",schema:"mops/v1",parentSchema:schema36.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("Workflow" !== data1){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Workflow"},message:"must be equal to constant",schema:"Workflow",parentSchema:schema36.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.id,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.id.type,parentSchema:schema36.properties.id,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.title !== undefined){
let data3 = data.title;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.title,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.title.type,parentSchema:schema36.properties.title,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.description.type,parentSchema:schema36.properties.description,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.stages !== undefined){
let data5 = data.stages;
if(Array.isArray(data5)){
if(data5.length < 1){
const err13 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema36.properties.stages,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate20(data5[i0], {instancePath:instancePath+"/stages/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.stages.type,parentSchema:schema36.properties.stages,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.launch_stage !== undefined){
let data7 = data.launch_stage;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err15 = {instancePath:instancePath+"/launch_stage",schemaPath:"#/properties/launch_stage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.launch_stage,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/launch_stage",schemaPath:"#/properties/launch_stage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.launch_stage.type,parentSchema:schema36.properties.launch_stage,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.tiers !== undefined){
let data8 = data.tiers;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.tier === undefined){
const err17 = {instancePath:instancePath+"/tiers/" + i1,schemaPath:"#/definitions/TierRule/required",keyword:"required",params:{missingProperty: "tier"},message:"must have required property '"+"tier"+"'",schema:schema39.required,parentSchema:schema39,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data9.min_lead_days === undefined){
const err18 = {instancePath:instancePath+"/tiers/" + i1,schemaPath:"#/definitions/TierRule/required",keyword:"required",params:{missingProperty: "min_lead_days"},message:"must have required property '"+"min_lead_days"+"'",schema:schema39.required,parentSchema:schema39,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data9){
if(!(((((key1 === "tier") || (key1 === "min_lead_days")) || (key1 === "max_channels")) || (key1 === "description")) || (pattern0.test(key1)))){
const err19 = {instancePath:instancePath+"/tiers/" + i1,schemaPath:"#/definitions/TierRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data9.tier !== undefined){
let data10 = data9.tier;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err20 = {instancePath:instancePath+"/tiers/" + i1+"/tier",schemaPath:"#/definitions/TierRule/properties/tier/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.tier.type,parentSchema:schema39.properties.tier,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/tiers/" + i1+"/tier",schemaPath:"#/definitions/TierRule/properties/tier/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.tier,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data9.min_lead_days !== undefined){
let data11 = data9.min_lead_days;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err22 = {instancePath:instancePath+"/tiers/" + i1+"/min_lead_days",schemaPath:"#/definitions/TierRule/properties/min_lead_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.min_lead_days.type,parentSchema:schema39.properties.min_lead_days,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err23 = {instancePath:instancePath+"/tiers/" + i1+"/min_lead_days",schemaPath:"#/definitions/TierRule/properties/min_lead_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.min_lead_days,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data9.max_channels !== undefined){
let data12 = data9.max_channels;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err24 = {instancePath:instancePath+"/tiers/" + i1+"/max_channels",schemaPath:"#/definitions/TierRule/properties/max_channels/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.max_channels.type,parentSchema:schema39.properties.max_channels,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err25 = {instancePath:instancePath+"/tiers/" + i1+"/max_channels",schemaPath:"#/definitions/TierRule/properties/max_channels/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.max_channels,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data9.description !== undefined){
let data13 = data9.description;
if(typeof data13 !== "string"){
const err26 = {instancePath:instancePath+"/tiers/" + i1+"/description",schemaPath:"#/definitions/TierRule/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.description.type,parentSchema:schema39.properties.description,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/tiers/" + i1,schemaPath:"#/definitions/TierRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.tiers.type,parentSchema:schema36.properties.tiers,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

export const Tool = validate22;
const schema40 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mops.dev/schemas/v1/tool.schema.json","title":"Tool","description":"One martech tool in the register: what it is for, who owns it, what it costs, how many seats are used, when its contract renews and when it was last reviewed.","markdownDescription":"One martech tool in the register: what it is for, who owns it, what it costs, how many seats are used, when its contract renews and when it was last reviewed.\n\n```yaml\napiVersion: mops/v1\nkind: Tool\nid: hubspot\nname: HubSpot Marketing Hub\ncategory: marketing-automation\nowner: priya.shah\ncost:\n  annual: 36000\n  currency: USD\n```","type":"object","required":["apiVersion","kind","id","name","category","owner"],"additionalProperties":false,"properties":{"apiVersion":{"description":"The mops file format version. Always mops/v1.","markdownDescription":"The mops file format version. Always `mops/v1`.\n\n```yaml\napiVersion: mops/v1\nkind: Tool\n```","const":"mops/v1"},"kind":{"description":"The document type. Tool for a martech tool.","markdownDescription":"The document type: `Tool` for a martech tool.","const":"Tool"},"id":{"description":"The tool id, which briefs and other tools use to refer to it. It must follow the tool target of the naming convention.","markdownDescription":"The tool id, which briefs (`tools`) and other tools (`integrations`) use to refer to it. It must follow the `tool` target of the naming convention.\n\nExample: `hubspot`","type":"string","minLength":1},"name":{"description":"The product name of the tool.","markdownDescription":"The product name of the tool.\n\nExample: `HubSpot Marketing Hub`","type":"string","minLength":1},"category":{"description":"The kind of tool. Two or more active tools in one category are flagged as overlap.","markdownDescription":"The kind of tool. Two or more active tools in one category are flagged as overlap (`martech/overlap`).\n\nExample: `marketing-automation`, `crm`, `analytics`","type":"string","minLength":1},"owner":{"description":"The person accountable for the tool and its reviews: a person id from the Team file.","markdownDescription":"The person accountable for the tool and its reviews: a person `id` from the `Team` file, e.g. `priya.shah`.","type":"string","minLength":1},"status":{"description":"Where the tool is in its life: active, evaluating, sunsetting or retired.","markdownDescription":"Where the tool is in its life: `active` (the default), `evaluating`, `sunsetting` or `retired`. Active briefs must not use sunsetting or retired tools.","type":"string","enum":["active","evaluating","sunsetting","retired"],"default":"active"},"vendor":{"description":"The company that sells the tool.","markdownDescription":"The company that sells the tool.\n\nExample: `HubSpot, Inc.`","type":"string"},"purpose":{"description":"The tool's primary function: the job it does for the team.","markdownDescription":"The tool's primary function: the job it does for the team.\n\nExample: `Email, landing pages and lead nurturing`","type":"string"},"cost":{"description":"What the tool costs per year, and in which currency.","markdownDescription":"What the tool costs per year, and in which currency.\n\n```yaml\ncost:\n  annual: 36000\n  currency: USD\n```","allOf":[{"$ref":"#/definitions/ToolCost"}]},"seats":{"description":"How many seats are paid for and how many are used.","markdownDescription":"How many seats are paid for and how many are used; low use is flagged.\n\n```yaml\nseats:\n  licensed: 20\n  active: 17\n```","allOf":[{"$ref":"#/definitions/ToolSeats"}]},"contract":{"description":"The contract terms: renewal date, notice period and whether it renews automatically.","markdownDescription":"The contract terms: renewal date, notice period and whether it renews automatically.\n\n```yaml\ncontract:\n  renewal: 2027-06-30\n  notice_days: 60\n  auto_renew: true\n```","allOf":[{"$ref":"#/definitions/ToolContract"}]},"last_review":{"description":"The day someone last reviewed whether the tool is earning its place.","markdownDescription":"The day someone last reviewed whether the tool is earning its place. With `review_every_days` it sets when the next review is due (`martech/review-overdue`).\n\nExample: `2026-10-01`","type":"string","format":"date"},"review_every_days":{"description":"How often the tool must be reviewed, in days.","markdownDescription":"How often the tool must be reviewed, in days.\n\nExample: `90` for a quarterly review","type":"integer","minimum":0},"integrations":{"description":"The other tools in the register this tool exchanges data with, by tool id.","markdownDescription":"The other tools in the register this tool exchanges data with, by tool `id`.\n\nExample: `integrations: [salesforce, ga4]`","type":"array","items":{"description":"The id of an integrated tool.","markdownDescription":"The `id` of an integrated tool in the register, e.g. `salesforce`.","type":"string","minLength":1}},"data":{"description":"What personal data the tool holds, and whether a data processing agreement is signed.","markdownDescription":"What personal data the tool holds, and whether a data processing agreement is signed.\n\n```yaml\ndata:\n  pii: true\n  dpa_signed: true\n```","allOf":[{"$ref":"#/definitions/ToolData"}]},"notes":{"description":"Free-text notes about the tool.","markdownDescription":"Free-text notes about the tool.","type":"string"}},"definitions":{"ToolCost":{"title":"ToolCost","description":"What a tool costs per year, and in which currency.","markdownDescription":"What a tool costs per year, and in which currency.\n\n```yaml\ncost:\n  annual: 36000\n  currency: USD\n```","type":"object","required":["annual","currency"],"additionalProperties":false,"properties":{"annual":{"description":"The cost per year.","markdownDescription":"The cost per year, in `currency`.\n\nExample: `36000`","type":"number","minimum":0},"currency":{"description":"The three-letter ISO 4217 currency code of the cost.","markdownDescription":"The three-letter ISO 4217 currency code of the cost, in capitals.\n\nExample: `USD`","type":"string","pattern":"^[A-Z]{3}$","patternMessage":"a three-letter ISO 4217 currency code in capitals, such as USD or EUR"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"ToolSeats":{"title":"ToolSeats","description":"Seats paid for and seats in use. Active divided by licensed below the configured threshold is flagged as low utilisation.","markdownDescription":"Seats paid for and seats in use. `active` / `licensed` below `martech.low_utilization_below` is flagged (`martech/low-utilization`).","type":"object","required":["licensed","active"],"additionalProperties":false,"properties":{"licensed":{"description":"The number of seats paid for.","markdownDescription":"The number of seats paid for.\n\nExample: `20`","type":"integer","minimum":0},"active":{"description":"The number of seats actually in use.","markdownDescription":"The number of seats actually in use.\n\nExample: `17`","type":"integer","minimum":0}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"ToolContract":{"title":"ToolContract","description":"The contract of a tool. Its notice deadline is the renewal date minus the notice days.","markdownDescription":"The contract of a tool. Its notice deadline is `renewal` minus `notice_days`; mops warns as it approaches (`martech/renewal-due`).","type":"object","required":["renewal"],"additionalProperties":false,"properties":{"renewal":{"description":"The day the contract renews or ends.","markdownDescription":"The day the contract renews or ends.\n\nExample: `2027-06-30`","type":"string","format":"date"},"notice_days":{"description":"How many days before the renewal date notice must be given to cancel or change the contract.","markdownDescription":"How many days before `renewal` notice must be given to cancel or change the contract.\n\nExample: `60`","type":"integer","minimum":0},"auto_renew":{"description":"Whether the contract renews automatically unless notice is given.","markdownDescription":"Whether the contract renews automatically unless notice is given.\n\nExample: `auto_renew: true`","type":"boolean"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"ToolData":{"title":"ToolData","description":"The personal data a tool holds.","markdownDescription":"The personal data a tool holds. A tool with `pii: true` needs `dpa_signed: true` (`martech/pii-without-dpa`).","type":"object","required":["pii"],"additionalProperties":false,"properties":{"pii":{"description":"Whether the tool stores personal data (PII) such as names, e-mail addresses or phone numbers.","markdownDescription":"Whether the tool stores personal data (PII) such as names, e-mail addresses or phone numbers.\n\nExample: `pii: true`","type":"boolean"},"dpa_signed":{"description":"Whether a data processing agreement with the vendor is signed.","markdownDescription":"Whether a data processing agreement (DPA) with the vendor is signed. Required when `pii` is `true`.","type":"boolean"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema41 = {"title":"ToolCost","description":"What a tool costs per year, and in which currency.","markdownDescription":"What a tool costs per year, and in which currency.\n\n```yaml\ncost:\n  annual: 36000\n  currency: USD\n```","type":"object","required":["annual","currency"],"additionalProperties":false,"properties":{"annual":{"description":"The cost per year.","markdownDescription":"The cost per year, in `currency`.\n\nExample: `36000`","type":"number","minimum":0},"currency":{"description":"The three-letter ISO 4217 currency code of the cost.","markdownDescription":"The three-letter ISO 4217 currency code of the cost, in capitals.\n\nExample: `USD`","type":"string","pattern":"^[A-Z]{3}$","patternMessage":"a three-letter ISO 4217 currency code in capitals, such as USD or EUR"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema42 = {"title":"ToolSeats","description":"Seats paid for and seats in use. Active divided by licensed below the configured threshold is flagged as low utilisation.","markdownDescription":"Seats paid for and seats in use. `active` / `licensed` below `martech.low_utilization_below` is flagged (`martech/low-utilization`).","type":"object","required":["licensed","active"],"additionalProperties":false,"properties":{"licensed":{"description":"The number of seats paid for.","markdownDescription":"The number of seats paid for.\n\nExample: `20`","type":"integer","minimum":0},"active":{"description":"The number of seats actually in use.","markdownDescription":"The number of seats actually in use.\n\nExample: `17`","type":"integer","minimum":0}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema43 = {"title":"ToolContract","description":"The contract of a tool. Its notice deadline is the renewal date minus the notice days.","markdownDescription":"The contract of a tool. Its notice deadline is `renewal` minus `notice_days`; mops warns as it approaches (`martech/renewal-due`).","type":"object","required":["renewal"],"additionalProperties":false,"properties":{"renewal":{"description":"The day the contract renews or ends.","markdownDescription":"The day the contract renews or ends.\n\nExample: `2027-06-30`","type":"string","format":"date"},"notice_days":{"description":"How many days before the renewal date notice must be given to cancel or change the contract.","markdownDescription":"How many days before `renewal` notice must be given to cancel or change the contract.\n\nExample: `60`","type":"integer","minimum":0},"auto_renew":{"description":"Whether the contract renews automatically unless notice is given.","markdownDescription":"Whether the contract renews automatically unless notice is given.\n\nExample: `auto_renew: true`","type":"boolean"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema44 = {"title":"ToolData","description":"The personal data a tool holds.","markdownDescription":"The personal data a tool holds. A tool with `pii: true` needs `dpa_signed: true` (`martech/pii-without-dpa`).","type":"object","required":["pii"],"additionalProperties":false,"properties":{"pii":{"description":"Whether the tool stores personal data (PII) such as names, e-mail addresses or phone numbers.","markdownDescription":"Whether the tool stores personal data (PII) such as names, e-mail addresses or phone numbers.\n\nExample: `pii: true`","type":"boolean"},"dpa_signed":{"description":"Whether a data processing agreement with the vendor is signed.","markdownDescription":"Whether a data processing agreement (DPA) with the vendor is signed. Required when `pii` is `true`.","type":"boolean"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mops.dev/schemas/v1/tool.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.name === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.category === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.owner === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((func2.call(schema40.properties, key0)) || (pattern0.test(key0)))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if("mops/v1" !== data0){
const err7 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "mops/v1"},message:"must be equal to constant",schema:"mops/v1",parentSchema:schema40.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("Tool" !== data1){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Tool"},message:"must be equal to constant",schema:"Tool",parentSchema:schema40.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.id,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.id.type,parentSchema:schema40.properties.id,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.name !== undefined){
let data3 = data.name;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.name,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.name.type,parentSchema:schema40.properties.name,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.category !== undefined){
let data4 = data.category;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err13 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.category,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.category.type,parentSchema:schema40.properties.category,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.owner !== undefined){
let data5 = data.owner;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err15 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.owner,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.owner.type,parentSchema:schema40.properties.owner,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.status !== undefined){
let data6 = data.status;
if(typeof data6 !== "string"){
const err17 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.status.type,parentSchema:schema40.properties.status,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((((data6 === "active") || (data6 === "evaluating")) || (data6 === "sunsetting")) || (data6 === "retired"))){
const err18 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema40.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema40.properties.status.enum,parentSchema:schema40.properties.status,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.vendor !== undefined){
let data7 = data.vendor;
if(typeof data7 !== "string"){
const err19 = {instancePath:instancePath+"/vendor",schemaPath:"#/properties/vendor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.vendor.type,parentSchema:schema40.properties.vendor,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.purpose !== undefined){
let data8 = data.purpose;
if(typeof data8 !== "string"){
const err20 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.purpose.type,parentSchema:schema40.properties.purpose,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.cost !== undefined){
let data9 = data.cost;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.annual === undefined){
const err21 = {instancePath:instancePath+"/cost",schemaPath:"#/definitions/ToolCost/required",keyword:"required",params:{missingProperty: "annual"},message:"must have required property '"+"annual"+"'",schema:schema41.required,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data9.currency === undefined){
const err22 = {instancePath:instancePath+"/cost",schemaPath:"#/definitions/ToolCost/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'",schema:schema41.required,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data9){
if(!(((key1 === "annual") || (key1 === "currency")) || (pattern0.test(key1)))){
const err23 = {instancePath:instancePath+"/cost",schemaPath:"#/definitions/ToolCost/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.annual !== undefined){
let data10 = data9.annual;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err24 = {instancePath:instancePath+"/cost/annual",schemaPath:"#/definitions/ToolCost/properties/annual/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.annual,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/cost/annual",schemaPath:"#/definitions/ToolCost/properties/annual/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.annual.type,parentSchema:schema41.properties.annual,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data9.currency !== undefined){
let data11 = data9.currency;
if(typeof data11 === "string"){
if(!pattern11.test(data11)){
const err26 = {instancePath:instancePath+"/cost/currency",schemaPath:"#/definitions/ToolCost/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema41.properties.currency,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/cost/currency",schemaPath:"#/definitions/ToolCost/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.currency.type,parentSchema:schema41.properties.currency,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/cost",schemaPath:"#/definitions/ToolCost/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.seats !== undefined){
let data12 = data.seats;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.licensed === undefined){
const err29 = {instancePath:instancePath+"/seats",schemaPath:"#/definitions/ToolSeats/required",keyword:"required",params:{missingProperty: "licensed"},message:"must have required property '"+"licensed"+"'",schema:schema42.required,parentSchema:schema42,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data12.active === undefined){
const err30 = {instancePath:instancePath+"/seats",schemaPath:"#/definitions/ToolSeats/required",keyword:"required",params:{missingProperty: "active"},message:"must have required property '"+"active"+"'",schema:schema42.required,parentSchema:schema42,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key2 in data12){
if(!(((key2 === "licensed") || (key2 === "active")) || (pattern0.test(key2)))){
const err31 = {instancePath:instancePath+"/seats",schemaPath:"#/definitions/ToolSeats/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data12.licensed !== undefined){
let data13 = data12.licensed;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err32 = {instancePath:instancePath+"/seats/licensed",schemaPath:"#/definitions/ToolSeats/properties/licensed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.licensed.type,parentSchema:schema42.properties.licensed,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err33 = {instancePath:instancePath+"/seats/licensed",schemaPath:"#/definitions/ToolSeats/properties/licensed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.licensed,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data12.active !== undefined){
let data14 = data12.active;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err34 = {instancePath:instancePath+"/seats/active",schemaPath:"#/definitions/ToolSeats/properties/active/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.active.type,parentSchema:schema42.properties.active,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err35 = {instancePath:instancePath+"/seats/active",schemaPath:"#/definitions/ToolSeats/properties/active/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.active,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/seats",schemaPath:"#/definitions/ToolSeats/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.contract !== undefined){
let data15 = data.contract;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.renewal === undefined){
const err37 = {instancePath:instancePath+"/contract",schemaPath:"#/definitions/ToolContract/required",keyword:"required",params:{missingProperty: "renewal"},message:"must have required property '"+"renewal"+"'",schema:schema43.required,parentSchema:schema43,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key3 in data15){
if(!((((key3 === "renewal") || (key3 === "notice_days")) || (key3 === "auto_renew")) || (pattern0.test(key3)))){
const err38 = {instancePath:instancePath+"/contract",schemaPath:"#/definitions/ToolContract/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data15.renewal !== undefined){
let data16 = data15.renewal;
if(typeof data16 === "string"){
if(!(formats0.validate(data16))){
const err39 = {instancePath:instancePath+"/contract/renewal",schemaPath:"#/definitions/ToolContract/properties/renewal/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema43.properties.renewal,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/contract/renewal",schemaPath:"#/definitions/ToolContract/properties/renewal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.renewal.type,parentSchema:schema43.properties.renewal,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data15.notice_days !== undefined){
let data17 = data15.notice_days;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err41 = {instancePath:instancePath+"/contract/notice_days",schemaPath:"#/definitions/ToolContract/properties/notice_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.notice_days.type,parentSchema:schema43.properties.notice_days,data:data17};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err42 = {instancePath:instancePath+"/contract/notice_days",schemaPath:"#/definitions/ToolContract/properties/notice_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.notice_days,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data15.auto_renew !== undefined){
let data18 = data15.auto_renew;
if(typeof data18 !== "boolean"){
const err43 = {instancePath:instancePath+"/contract/auto_renew",schemaPath:"#/definitions/ToolContract/properties/auto_renew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.auto_renew.type,parentSchema:schema43.properties.auto_renew,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/contract",schemaPath:"#/definitions/ToolContract/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.last_review !== undefined){
let data19 = data.last_review;
if(typeof data19 === "string"){
if(!(formats0.validate(data19))){
const err45 = {instancePath:instancePath+"/last_review",schemaPath:"#/properties/last_review/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema40.properties.last_review,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/last_review",schemaPath:"#/properties/last_review/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.last_review.type,parentSchema:schema40.properties.last_review,data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.review_every_days !== undefined){
let data20 = data.review_every_days;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err47 = {instancePath:instancePath+"/review_every_days",schemaPath:"#/properties/review_every_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties.review_every_days.type,parentSchema:schema40.properties.review_every_days,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err48 = {instancePath:instancePath+"/review_every_days",schemaPath:"#/properties/review_every_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema40.properties.review_every_days,data:data20};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data.integrations !== undefined){
let data21 = data.integrations;
if(Array.isArray(data21)){
const len0 = data21.length;
for(let i0=0; i0<len0; i0++){
let data22 = data21[i0];
if(typeof data22 === "string"){
if(func3(data22) < 1){
const err49 = {instancePath:instancePath+"/integrations/" + i0,schemaPath:"#/properties/integrations/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.integrations.items,data:data22};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/integrations/" + i0,schemaPath:"#/properties/integrations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.integrations.items.type,parentSchema:schema40.properties.integrations.items,data:data22};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/integrations",schemaPath:"#/properties/integrations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.integrations.type,parentSchema:schema40.properties.integrations,data:data21};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.data !== undefined){
let data23 = data.data;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.pii === undefined){
const err52 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/ToolData/required",keyword:"required",params:{missingProperty: "pii"},message:"must have required property '"+"pii"+"'",schema:schema44.required,parentSchema:schema44,data:data23};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key4 in data23){
if(!(((key4 === "pii") || (key4 === "dpa_signed")) || (pattern0.test(key4)))){
const err53 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/ToolData/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data:data23};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data23.pii !== undefined){
let data24 = data23.pii;
if(typeof data24 !== "boolean"){
const err54 = {instancePath:instancePath+"/data/pii",schemaPath:"#/definitions/ToolData/properties/pii/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.pii.type,parentSchema:schema44.properties.pii,data:data24};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data23.dpa_signed !== undefined){
let data25 = data23.dpa_signed;
if(typeof data25 !== "boolean"){
const err55 = {instancePath:instancePath+"/data/dpa_signed",schemaPath:"#/definitions/ToolData/properties/dpa_signed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.dpa_signed.type,parentSchema:schema44.properties.dpa_signed,data:data25};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/ToolData/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data:data23};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.notes !== undefined){
let data26 = data.notes;
if(typeof data26 !== "string"){
const err57 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.notes.type,parentSchema:schema40.properties.notes,data:data26};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

export const Budget = validate23;
const schema45 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mops.dev/schemas/v1/budget.schema.json","title":"Budget","description":"A marketing budget for a period: how much money each program may spend. Briefs name their program, and their planned spend is checked against its allocation.","markdownDescription":"A marketing budget for a period: how much money each program may spend. Briefs name their `program`, and their planned spend is checked against its allocation.\n\n```yaml\napiVersion: mops/v1\nkind: Budget\nid: fy2026\ncurrency: USD\nperiod:\n  start: 2026-01-01\n  end: 2026-12-31\nallocations:\n  - program: demand-gen\n    amount: 400000\n```","type":"object","required":["apiVersion","kind","id","currency","period","allocations"],"additionalProperties":false,"properties":{"apiVersion":{"description":"The mops file format version. Always mops/v1.","markdownDescription":"The mops file format version. Always `mops/v1`.\n\n```yaml\napiVersion: mops/v1\nkind: Budget\n```","const":"mops/v1"},"kind":{"description":"The document type. Budget for a budget.","markdownDescription":"The document type: `Budget` for a budget.","const":"Budget"},"id":{"description":"The id of this budget.","markdownDescription":"The id of this budget.\n\nExample: `fy2026`","type":"string","minLength":1},"currency":{"description":"The three-letter ISO 4217 currency code of every amount in this budget. Brief budgets in its programs must use the same currency.","markdownDescription":"The three-letter ISO 4217 currency code of every amount in this budget, in capitals. Brief budgets in its programs must use the same currency (`budget/currency-mismatch`).\n\nExample: `USD`","type":"string","pattern":"^[A-Z]{3}$","patternMessage":"a three-letter ISO 4217 currency code in capitals, such as USD or EUR"},"period":{"description":"The first and last day the budget covers.","markdownDescription":"The first and last day the budget covers.\n\n```yaml\nperiod:\n  start: 2026-01-01\n  end: 2026-12-31\n```","allOf":[{"$ref":"#/definitions/BudgetPeriod"}]},"allocations":{"description":"The money given to each program.","markdownDescription":"The money given to each program. The planned spend of the briefs in a program must not exceed its `amount` (`budget/over-allocation`).\n\n```yaml\nallocations:\n  - program: brand\n    amount: 150000\n    owner: maria.lopez\n```","type":"array","items":{"description":"The money given to one program.","markdownDescription":"The money given to one `program`.","allOf":[{"$ref":"#/definitions/Allocation"}]}}},"definitions":{"BudgetPeriod":{"title":"BudgetPeriod","description":"The time span a budget covers, from start to end inclusive.","markdownDescription":"The time span a budget covers, from `start` to `end` inclusive.","type":"object","required":["start","end"],"additionalProperties":false,"properties":{"start":{"description":"The first day the budget covers.","markdownDescription":"The first day the budget covers.\n\nExample: `2026-01-01`","type":"string","format":"date"},"end":{"description":"The last day the budget covers.","markdownDescription":"The last day the budget covers.\n\nExample: `2026-12-31`","type":"string","format":"date"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"Allocation":{"title":"Allocation","description":"The money a program may spend in the budget period.","markdownDescription":"The money a program may spend in the budget period.\n\n```yaml\n- program: demand-gen\n  amount: 400000\n```","type":"object","required":["program","amount"],"additionalProperties":false,"properties":{"program":{"description":"The program this money is for; briefs name it in their program field.","markdownDescription":"The program this money is for; briefs name it in their `program` field.\n\nExample: `demand-gen`","type":"string","minLength":1},"amount":{"description":"The amount allocated, in the budget's currency.","markdownDescription":"The amount allocated, in the budget's `currency`.\n\nExample: `400000`","type":"number","minimum":0},"owner":{"description":"The person accountable for this program's spend: a person id from the Team file.","markdownDescription":"The person accountable for this program's spend: a person `id` from the `Team` file, e.g. `priya.shah`.","type":"string","minLength":1},"note":{"description":"A free-text note about this allocation.","markdownDescription":"A free-text note about this allocation.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema46 = {"title":"BudgetPeriod","description":"The time span a budget covers, from start to end inclusive.","markdownDescription":"The time span a budget covers, from `start` to `end` inclusive.","type":"object","required":["start","end"],"additionalProperties":false,"properties":{"start":{"description":"The first day the budget covers.","markdownDescription":"The first day the budget covers.\n\nExample: `2026-01-01`","type":"string","format":"date"},"end":{"description":"The last day the budget covers.","markdownDescription":"The last day the budget covers.\n\nExample: `2026-12-31`","type":"string","format":"date"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema47 = {"title":"Allocation","description":"The money a program may spend in the budget period.","markdownDescription":"The money a program may spend in the budget period.\n\n```yaml\n- program: demand-gen\n  amount: 400000\n```","type":"object","required":["program","amount"],"additionalProperties":false,"properties":{"program":{"description":"The program this money is for; briefs name it in their program field.","markdownDescription":"The program this money is for; briefs name it in their `program` field.\n\nExample: `demand-gen`","type":"string","minLength":1},"amount":{"description":"The amount allocated, in the budget's currency.","markdownDescription":"The amount allocated, in the budget's `currency`.\n\nExample: `400000`","type":"number","minimum":0},"owner":{"description":"The person accountable for this program's spend: a person id from the Team file.","markdownDescription":"The person accountable for this program's spend: a person `id` from the `Team` file, e.g. `priya.shah`.","type":"string","minLength":1},"note":{"description":"A free-text note about this allocation.","markdownDescription":"A free-text note about this allocation.","type":"string"}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mops.dev/schemas/v1/budget.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.currency === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.period === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.allocations === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "allocations"},message:"must have required property '"+"allocations"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "id")) || (key0 === "currency")) || (key0 === "period")) || (key0 === "allocations")) || (pattern0.test(key0)))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if("mops/v1" !== data0){
const err7 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "mops/v1"},message:"must be equal to constant",schema:"mops/v1",parentSchema:schema45.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("Budget" !== data1){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Budget"},message:"must be equal to constant",schema:"Budget",parentSchema:schema45.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.id,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.id.type,parentSchema:schema45.properties.id,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.currency !== undefined){
let data3 = data.currency;
if(typeof data3 === "string"){
if(!pattern11.test(data3)){
const err11 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema45.properties.currency,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.currency.type,parentSchema:schema45.properties.currency,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.period !== undefined){
let data4 = data.period;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.start === undefined){
const err13 = {instancePath:instancePath+"/period",schemaPath:"#/definitions/BudgetPeriod/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema46.required,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.end === undefined){
const err14 = {instancePath:instancePath+"/period",schemaPath:"#/definitions/BudgetPeriod/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema46.required,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data4){
if(!(((key1 === "start") || (key1 === "end")) || (pattern0.test(key1)))){
const err15 = {instancePath:instancePath+"/period",schemaPath:"#/definitions/BudgetPeriod/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.start !== undefined){
let data5 = data4.start;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err16 = {instancePath:instancePath+"/period/start",schemaPath:"#/definitions/BudgetPeriod/properties/start/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema46.properties.start,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/period/start",schemaPath:"#/definitions/BudgetPeriod/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.start.type,parentSchema:schema46.properties.start,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.end !== undefined){
let data6 = data4.end;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
const err18 = {instancePath:instancePath+"/period/end",schemaPath:"#/definitions/BudgetPeriod/properties/end/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema46.properties.end,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/period/end",schemaPath:"#/definitions/BudgetPeriod/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.end.type,parentSchema:schema46.properties.end,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/period",schemaPath:"#/definitions/BudgetPeriod/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.allocations !== undefined){
let data7 = data.allocations;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.program === undefined){
const err21 = {instancePath:instancePath+"/allocations/" + i0,schemaPath:"#/definitions/Allocation/required",keyword:"required",params:{missingProperty: "program"},message:"must have required property '"+"program"+"'",schema:schema47.required,parentSchema:schema47,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.amount === undefined){
const err22 = {instancePath:instancePath+"/allocations/" + i0,schemaPath:"#/definitions/Allocation/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'",schema:schema47.required,parentSchema:schema47,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key2 in data8){
if(!(((((key2 === "program") || (key2 === "amount")) || (key2 === "owner")) || (key2 === "note")) || (pattern0.test(key2)))){
const err23 = {instancePath:instancePath+"/allocations/" + i0,schemaPath:"#/definitions/Allocation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.program !== undefined){
let data9 = data8.program;
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err24 = {instancePath:instancePath+"/allocations/" + i0+"/program",schemaPath:"#/definitions/Allocation/properties/program/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.program,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/allocations/" + i0+"/program",schemaPath:"#/definitions/Allocation/properties/program/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.program.type,parentSchema:schema47.properties.program,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data8.amount !== undefined){
let data10 = data8.amount;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/allocations/" + i0+"/amount",schemaPath:"#/definitions/Allocation/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.amount,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/allocations/" + i0+"/amount",schemaPath:"#/definitions/Allocation/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema47.properties.amount.type,parentSchema:schema47.properties.amount,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.owner !== undefined){
let data11 = data8.owner;
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err28 = {instancePath:instancePath+"/allocations/" + i0+"/owner",schemaPath:"#/definitions/Allocation/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.owner,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/allocations/" + i0+"/owner",schemaPath:"#/definitions/Allocation/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.owner.type,parentSchema:schema47.properties.owner,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.note !== undefined){
let data12 = data8.note;
if(typeof data12 !== "string"){
const err30 = {instancePath:instancePath+"/allocations/" + i0+"/note",schemaPath:"#/definitions/Allocation/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.note.type,parentSchema:schema47.properties.note,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/allocations/" + i0,schemaPath:"#/definitions/Allocation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/allocations",schemaPath:"#/properties/allocations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.allocations.type,parentSchema:schema45.properties.allocations,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

export const Sop = validate24;
const schema48 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mops.dev/schemas/v1/sop.schema.json","title":"Sop","description":"A standard operating procedure: the steps the team follows for a recurring task, with an owner and a review cadence.","markdownDescription":"A standard operating procedure: the steps the team follows for a recurring task, with an owner and a review cadence.\n\n```yaml\napiVersion: mops/v1\nkind: Sop\nid: campaign-launch-checklist\ntitle: Campaign launch checklist\narea: campaign-ops\nowner: priya.shah\nsteps:\n  - Test every tracked link\n  - do: Book the launch slot\n    role: campaign-ops\n    link: https://wiki.acme.example/launch-calendar\n    done_when: The slot shows on the launch calendar\n```","type":"object","required":["apiVersion","kind","id","title","area","owner","steps"],"additionalProperties":false,"properties":{"apiVersion":{"description":"The mops file format version. Always mops/v1.","markdownDescription":"The mops file format version. Always `mops/v1`.\n\n```yaml\napiVersion: mops/v1\nkind: Sop\n```","const":"mops/v1"},"kind":{"description":"The document type. Sop for a standard operating procedure.","markdownDescription":"The document type: `Sop` for a standard operating procedure.","const":"Sop"},"id":{"description":"The SOP id.","markdownDescription":"The SOP id.\n\nExample: `campaign-launch-checklist`","type":"string","minLength":1},"title":{"description":"A short human-readable name for the procedure.","markdownDescription":"A short human-readable name for the procedure.\n\nExample: `Campaign launch checklist`","type":"string","minLength":1},"area":{"description":"The area of work the procedure belongs to; the SOP library groups procedures by area.","markdownDescription":"The area of work the procedure belongs to; the SOP library groups procedures by area.\n\nExample: `campaign-ops`, `martech`","type":"string","minLength":1},"owner":{"description":"The person who keeps the procedure up to date: a person id from the Team file.","markdownDescription":"The person who keeps the procedure up to date: a person `id` from the `Team` file, e.g. `priya.shah`.","type":"string","minLength":1},"summary":{"description":"One or two sentences on when to use this procedure.","markdownDescription":"One or two sentences on when to use this procedure.","type":"string"},"last_review":{"description":"The day the procedure was last reviewed.","markdownDescription":"The day the procedure was last reviewed. With `review_every_days` it sets when the next review is due (`sop/review-overdue`).\n\nExample: `2026-09-15`","type":"string","format":"date"},"review_every_days":{"description":"How often the procedure must be reviewed, in days.","markdownDescription":"How often the procedure must be reviewed, in days.\n\nExample: `180`","type":"integer","minimum":0},"steps":{"description":"The steps of the procedure, in order: each an instruction, or a mapping that also names who does it, a link and when it is done.","markdownDescription":"The steps of the procedure, in order. A step is an instruction, or a mapping with the instruction (`do`) and, optionally, the role that does it (`role`), a link to the page or tool it needs (`link`) and what shows it is done (`done_when`). The SOP Library and `mops report handbook` show them.\n\n```yaml\nsteps:\n  - Check the martech register for a tool that already covers the need\n  - do: Write the business case\n    role: marketing-lead\n    link: https://wiki.acme.example/business-case-template\n    done_when: The business case is attached to the request\n```","type":"array","items":{"description":"One step: an instruction, or a mapping with the instruction (do) and optionally its role, link and done_when.","markdownDescription":"One step: an instruction such as `Test every tracked link`, or a mapping with the instruction (`do`) and optionally `role`, `link` and `done_when`.","type":["string","object"],"minLength":1,"required":["do"],"additionalProperties":false,"properties":{"do":{"description":"The step, written as an instruction.","markdownDescription":"The step, written as an instruction.\n\nExample: `Test every tracked link`","type":"string","minLength":1},"role":{"description":"The role that does this step: a role that a member of the Team holds.","markdownDescription":"The role that does this step: a role that a member of the `Team` holds (`ref/unknown-role` otherwise), e.g. `campaign-ops`. The handbook names the people who hold it.","type":"string","minLength":1},"link":{"description":"A web page the step needs (a template, a tool, a guide): an http or https URL.","markdownDescription":"A web page the step needs (a template, a tool, a guide): an `http` or `https` URL.\n\nExample: `https://wiki.acme.example/launch-calendar`","type":"string","pattern":"^https?://[^\\s/?#@]+(?:[/?#]\\S*)?$","patternMessage":"a web address that starts with https:// (or http://) and holds no spaces, such as https://wiki.acme.example/launch"},"done_when":{"description":"What shows the step is done, so that whoever does it knows when to stop.","markdownDescription":"What shows the step is done, so that whoever does it knows when to stop.\n\nExample: `Every link in the brief returns 200 and carries its UTM parameters`","type":"string","minLength":1}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies, never reported as unknown.","markdownDescription":"A field of the team's own (`x-minutes: 15`): kept, readable by policies, never reported as unknown."}}},"minItems":1},"tools":{"description":"The martech tools the procedure uses, by tool id.","markdownDescription":"The martech tools the procedure uses, by tool `id`.\n\nExample: `tools: [hubspot]`","type":"array","items":{"description":"A tool id from the martech register.","markdownDescription":"A `Tool` id from the martech register, e.g. `ga4`.","type":"string","minLength":1}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const pattern45 = new RegExp("^https?://[^\\s/?#@]+(?:[/?#]\\S*)?$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mops.dev/schemas/v1/sop.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.title === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.area === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "area"},message:"must have required property '"+"area"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.owner === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.steps === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!((func2.call(schema48.properties, key0)) || (pattern0.test(key0)))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if("mops/v1" !== data0){
const err8 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "mops/v1"},message:"must be equal to constant",schema:"mops/v1",parentSchema:schema48.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("Sop" !== data1){
const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Sop"},message:"must be equal to constant",schema:"Sop",parentSchema:schema48.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.id,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.id.type,parentSchema:schema48.properties.id,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.title !== undefined){
let data3 = data.title;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.title,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.title.type,parentSchema:schema48.properties.title,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.area !== undefined){
let data4 = data.area;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err14 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.area,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.area.type,parentSchema:schema48.properties.area,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.owner !== undefined){
let data5 = data.owner;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err16 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.owner,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.owner.type,parentSchema:schema48.properties.owner,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.summary !== undefined){
let data6 = data.summary;
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.summary.type,parentSchema:schema48.properties.summary,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.last_review !== undefined){
let data7 = data.last_review;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err19 = {instancePath:instancePath+"/last_review",schemaPath:"#/properties/last_review/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema48.properties.last_review,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/last_review",schemaPath:"#/properties/last_review/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.last_review.type,parentSchema:schema48.properties.last_review,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.review_every_days !== undefined){
let data8 = data.review_every_days;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/review_every_days",schemaPath:"#/properties/review_every_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.review_every_days.type,parentSchema:schema48.properties.review_every_days,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/review_every_days",schemaPath:"#/properties/review_every_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.review_every_days,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.steps !== undefined){
let data9 = data.steps;
if(Array.isArray(data9)){
if(data9.length < 1){
const err23 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.steps,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if((typeof data10 !== "string") && (!(data10 && typeof data10 == "object" && !Array.isArray(data10)))){
const err24 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/type",keyword:"type",params:{type: schema48.properties.steps.items.type},message:"must be string,object",schema:schema48.properties.steps.items.type,parentSchema:schema48.properties.steps.items,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err25 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.steps.items,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.do === undefined){
const err26 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/required",keyword:"required",params:{missingProperty: "do"},message:"must have required property '"+"do"+"'",schema:schema48.properties.steps.items.required,parentSchema:schema48.properties.steps.items,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key1 in data10){
if(!(((((key1 === "do") || (key1 === "role")) || (key1 === "link")) || (key1 === "done_when")) || (pattern0.test(key1)))){
const err27 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.steps.items,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data10.do !== undefined){
let data11 = data10.do;
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err28 = {instancePath:instancePath+"/steps/" + i0+"/do",schemaPath:"#/properties/steps/items/properties/do/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.steps.items.properties.do,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/steps/" + i0+"/do",schemaPath:"#/properties/steps/items/properties/do/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.steps.items.properties.do.type,parentSchema:schema48.properties.steps.items.properties.do,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.role !== undefined){
let data12 = data10.role;
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err30 = {instancePath:instancePath+"/steps/" + i0+"/role",schemaPath:"#/properties/steps/items/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.steps.items.properties.role,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/steps/" + i0+"/role",schemaPath:"#/properties/steps/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.steps.items.properties.role.type,parentSchema:schema48.properties.steps.items.properties.role,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data10.link !== undefined){
let data13 = data10.link;
if(typeof data13 === "string"){
if(!pattern45.test(data13)){
const err32 = {instancePath:instancePath+"/steps/" + i0+"/link",schemaPath:"#/properties/steps/items/properties/link/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/?#@]+(?:[/?#]\\S*)?$"},message:"must match pattern \""+"^https?://[^\\s/?#@]+(?:[/?#]\\S*)?$"+"\"",schema:"^https?://[^\\s/?#@]+(?:[/?#]\\S*)?$",parentSchema:schema48.properties.steps.items.properties.link,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/steps/" + i0+"/link",schemaPath:"#/properties/steps/items/properties/link/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.steps.items.properties.link.type,parentSchema:schema48.properties.steps.items.properties.link,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data10.done_when !== undefined){
let data14 = data10.done_when;
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err34 = {instancePath:instancePath+"/steps/" + i0+"/done_when",schemaPath:"#/properties/steps/items/properties/done_when/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.steps.items.properties.done_when,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/steps/" + i0+"/done_when",schemaPath:"#/properties/steps/items/properties/done_when/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.steps.items.properties.done_when.type,parentSchema:schema48.properties.steps.items.properties.done_when,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.steps.type,parentSchema:schema48.properties.steps,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.tools !== undefined){
let data15 = data.tools;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(typeof data16 === "string"){
if(func3(data16) < 1){
const err37 = {instancePath:instancePath+"/tools/" + i1,schemaPath:"#/properties/tools/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.tools.items,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/tools/" + i1,schemaPath:"#/properties/tools/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.tools.items.type,parentSchema:schema48.properties.tools.items,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.tools.type,parentSchema:schema48.properties.tools,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

export const Policy = validate25;
const schema49 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mops.dev/schemas/v1/policy.schema.json","title":"Policy","description":"One of the team's own standards, checked like a built-in rule: which documents it applies to, and CEL expressions each of them must satisfy. Its findings are the rule policy/<id>.","markdownDescription":"One of the team's own standards, checked like a built-in rule (`policy/<id>`): which documents it applies to (`match`), and [CEL](https://cel.dev) expressions each of them must satisfy (`assert`). See docs/policies.md.\n\n```yaml\napiVersion: mops/v1\nkind: Policy\nid: tier1-legal-approval\ntitle: Tier-1 campaigns need legal approval before launch\nseverity: error\nmatch:\n  kind: Brief\n  when: self.tier == 1 && self.status == 'active'\nassert:\n  - expr: self.approvals.exists(a, a.gate == 'legal' && a.status == 'approved')\n    at: approvals\n    message: Tier-1 campaign {self.id} has no approved legal gate.\n```","type":"object","required":["apiVersion","kind","id","title","match","assert"],"additionalProperties":false,"properties":{"apiVersion":{"description":"The mops file format version. Always mops/v1.","markdownDescription":"The mops file format version. Always `mops/v1`.","const":"mops/v1"},"kind":{"description":"The document type. Policy for one of the team's own standards.","markdownDescription":"The document type: `Policy` for one of the team's own standards.","const":"Policy"},"id":{"description":"The policy id: its findings are the rule policy/<id>, which configs and disable comments name.","markdownDescription":"The policy id: its findings are the rule `policy/<id>`, which `mops.config.yaml` severities and `# mops-disable-next-line policy/<id>` comments name. Lower case, digits and dashes.\n\nExample: `tier1-legal-approval`","type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","patternMessage":"a policy id: lower-case letters, digits and dashes, such as tier1-legal-approval","maxLength":80},"title":{"description":"The standard in one line: shown as the rule's name in every report.","markdownDescription":"The standard in one line: the rule's name in `mops rules`, SARIF and the editor.\n\nExample: `Tier-1 campaigns need legal approval before launch`","type":"string","minLength":1,"maxLength":200},"description":{"description":"Why the team has this standard and how to comply: shown in hover, mops explain and SARIF help.","markdownDescription":"Why the team has this standard and how to comply (Markdown): shown in the editor's hover, by `mops explain policy/<id>` and as SARIF help.","type":"string","maxLength":10000},"severity":{"description":"error, warning or info (default: warning); mops.config.yaml rules can override it like any rule's.","markdownDescription":"`error`, `warning` or `info` (default `warning`); `rules:` in `mops.config.yaml` can override it like any rule's (`policy/<id>`, or `policy/*` for every policy).","type":"string","enum":["error","warning","info"],"default":"warning"},"match":{"description":"Which documents the policy applies to: a kind (or a list of kinds) and an optional CEL condition.","markdownDescription":"Which documents the policy applies to: `kind` (one kind or a list) and an optional CEL condition `when`.","allOf":[{"$ref":"#/definitions/PolicyMatch"}]},"assert":{"description":"What every matched document must satisfy: one or more CEL expressions, each with where its finding lands and what it says.","markdownDescription":"What every matched document must satisfy: one or more CEL expressions that must be `true`, each with where its finding lands (`at`) and what it says (`message`).","type":"array","minItems":1,"maxItems":50,"items":{"$ref":"#/definitions/PolicyAssertion"}}},"definitions":{"PolicyMatch":{"title":"PolicyMatch","description":"Which documents the policy applies to: a kind (or a list of kinds) and an optional CEL condition.","markdownDescription":"Which documents the policy applies to: `kind` (one kind or a list) and an optional CEL condition `when`.\n\n```yaml\nmatch:\n  kind: Brief\n  when: self.tier == 1 && self.status == 'active'\n```","type":"object","required":["kind"],"additionalProperties":false,"properties":{"kind":{"description":"The kind of the documents checked, or a list of kinds.","markdownDescription":"The kind of the documents checked (`Brief`, `Tool`, `Sop`, …), or a list of kinds.","type":["string","array"],"minLength":1,"minItems":1,"items":{"type":"string","minLength":1}},"when":{"description":"A CEL condition on self: only documents for which it is true are checked.","markdownDescription":"A CEL condition over `self`, `today` and `playbook`: only documents for which it is `true` are checked. A field that is missing makes it false.\n\nExample: `self.tier == 1 && self.status == 'active'`","type":"string","minLength":1,"maxLength":4096}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}},"PolicyAssertion":{"title":"PolicyAssertion","description":"One CEL expression a matched document must satisfy, where its finding lands, and its message.","markdownDescription":"One CEL expression a matched document must satisfy (`expr`), where its finding lands (`at`), and its `message`.","type":"object","required":["expr"],"additionalProperties":false,"properties":{"expr":{"description":"A CEL expression over self, today and playbook that must be true.","markdownDescription":"A CEL expression over `self`, `today` and `playbook` that must be `true`. A field that is missing makes the expression that reads it false: use `has(self.field)` to allow it.\n\nExample: `self.approvals.exists(a, a.gate == 'legal' && a.status == 'approved')`","type":"string","minLength":1,"maxLength":4096},"at":{"description":"The field the finding lands on: a dotted path with list indexes or *; where it is missing, its nearest present parent; by default the document's id.","markdownDescription":"The field the finding lands on: a dotted path with list indexes or `*` (`approvals`, `links.*.url`, `budget.lines.0.planned`). Where the field is missing, the finding lands on its nearest present parent; without `at`, on the document's `id`.","type":"string","minLength":1,"maxLength":200},"message":{"description":"What the finding says; {…} placeholders are CEL expressions rendered as text.","markdownDescription":"What the finding says. `{…}` placeholders are CEL expressions over the same variables, rendered as text: `Tier-1 campaign {self.id} has no approved legal gate.` Default: the policy's title.","type":"string","minLength":1,"maxLength":1000}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema50 = {"title":"PolicyMatch","description":"Which documents the policy applies to: a kind (or a list of kinds) and an optional CEL condition.","markdownDescription":"Which documents the policy applies to: `kind` (one kind or a list) and an optional CEL condition `when`.\n\n```yaml\nmatch:\n  kind: Brief\n  when: self.tier == 1 && self.status == 'active'\n```","type":"object","required":["kind"],"additionalProperties":false,"properties":{"kind":{"description":"The kind of the documents checked, or a list of kinds.","markdownDescription":"The kind of the documents checked (`Brief`, `Tool`, `Sop`, …), or a list of kinds.","type":["string","array"],"minLength":1,"minItems":1,"items":{"type":"string","minLength":1}},"when":{"description":"A CEL condition on self: only documents for which it is true are checked.","markdownDescription":"A CEL condition over `self`, `today` and `playbook`: only documents for which it is `true` are checked. A field that is missing makes it false.\n\nExample: `self.tier == 1 && self.status == 'active'`","type":"string","minLength":1,"maxLength":4096}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const schema51 = {"title":"PolicyAssertion","description":"One CEL expression a matched document must satisfy, where its finding lands, and its message.","markdownDescription":"One CEL expression a matched document must satisfy (`expr`), where its finding lands (`at`), and its `message`.","type":"object","required":["expr"],"additionalProperties":false,"properties":{"expr":{"description":"A CEL expression over self, today and playbook that must be true.","markdownDescription":"A CEL expression over `self`, `today` and `playbook` that must be `true`. A field that is missing makes the expression that reads it false: use `has(self.field)` to allow it.\n\nExample: `self.approvals.exists(a, a.gate == 'legal' && a.status == 'approved')`","type":"string","minLength":1,"maxLength":4096},"at":{"description":"The field the finding lands on: a dotted path with list indexes or *; where it is missing, its nearest present parent; by default the document's id.","markdownDescription":"The field the finding lands on: a dotted path with list indexes or `*` (`approvals`, `links.*.url`, `budget.lines.0.planned`). Where the field is missing, the finding lands on its nearest present parent; without `at`, on the document's `id`.","type":"string","minLength":1,"maxLength":200},"message":{"description":"What the finding says; {…} placeholders are CEL expressions rendered as text.","markdownDescription":"What the finding says. `{…}` placeholders are CEL expressions over the same variables, rendered as text: `Tier-1 campaign {self.id} has no approved legal gate.` Default: the policy's title.","type":"string","minLength":1,"maxLength":1000}},"patternProperties":{"^x-":{"description":"A field of the team's own: kept, readable by policies (self['x-…']), never reported as unknown.","markdownDescription":"A field of the team's own (`x-jira: MKT-123`, `x-labels: [q1-push]`): kept, readable by policies as `self['x-…']`, never reported as unknown."}}};
const pattern47 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://mops.dev/schemas/v1/policy.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.title === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.match === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "match"},message:"must have required property '"+"match"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.assert === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "assert"},message:"must have required property '"+"assert"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((((((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "id")) || (key0 === "title")) || (key0 === "description")) || (key0 === "severity")) || (key0 === "match")) || (key0 === "assert")) || (pattern0.test(key0)))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if("mops/v1" !== data0){
const err7 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "mops/v1"},message:"must be equal to constant",schema:"mops/v1",parentSchema:schema49.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("Policy" !== data1){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Policy"},message:"must be equal to constant",schema:"Policy",parentSchema:schema49.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(func3(data2) > 80){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema49.properties.id,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern47.test(data2)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema49.properties.id,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.id.type,parentSchema:schema49.properties.id,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.title !== undefined){
let data3 = data.title;
if(typeof data3 === "string"){
if(func3(data3) > 200){
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema49.properties.title,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func3(data3) < 1){
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.title,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.title.type,parentSchema:schema49.properties.title,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if(typeof data4 === "string"){
if(func3(data4) > 10000){
const err15 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema49.properties.description,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.description.type,parentSchema:schema49.properties.description,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.severity !== undefined){
let data5 = data.severity;
if(typeof data5 !== "string"){
const err17 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.severity.type,parentSchema:schema49.properties.severity,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(((data5 === "error") || (data5 === "warning")) || (data5 === "info"))){
const err18 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema49.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema49.properties.severity.enum,parentSchema:schema49.properties.severity,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.match !== undefined){
let data6 = data.match;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.kind === undefined){
const err19 = {instancePath:instancePath+"/match",schemaPath:"#/definitions/PolicyMatch/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema50.required,parentSchema:schema50,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data6){
if(!(((key1 === "kind") || (key1 === "when")) || (pattern0.test(key1)))){
const err20 = {instancePath:instancePath+"/match",schemaPath:"#/definitions/PolicyMatch/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.kind !== undefined){
let data7 = data6.kind;
if((typeof data7 !== "string") && (!(Array.isArray(data7)))){
const err21 = {instancePath:instancePath+"/match/kind",schemaPath:"#/definitions/PolicyMatch/properties/kind/type",keyword:"type",params:{type: schema50.properties.kind.type},message:"must be string,array",schema:schema50.properties.kind.type,parentSchema:schema50.properties.kind,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err22 = {instancePath:instancePath+"/match/kind",schemaPath:"#/definitions/PolicyMatch/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.kind,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(Array.isArray(data7)){
if(data7.length < 1){
const err23 = {instancePath:instancePath+"/match/kind",schemaPath:"#/definitions/PolicyMatch/properties/kind/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema50.properties.kind,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err24 = {instancePath:instancePath+"/match/kind/" + i0,schemaPath:"#/definitions/PolicyMatch/properties/kind/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.kind.items,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/match/kind/" + i0,schemaPath:"#/definitions/PolicyMatch/properties/kind/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.kind.items.type,parentSchema:schema50.properties.kind.items,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
if(data6.when !== undefined){
let data9 = data6.when;
if(typeof data9 === "string"){
if(func3(data9) > 4096){
const err26 = {instancePath:instancePath+"/match/when",schemaPath:"#/definitions/PolicyMatch/properties/when/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema50.properties.when,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func3(data9) < 1){
const err27 = {instancePath:instancePath+"/match/when",schemaPath:"#/definitions/PolicyMatch/properties/when/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.when,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/match/when",schemaPath:"#/definitions/PolicyMatch/properties/when/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.when.type,parentSchema:schema50.properties.when,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/match",schemaPath:"#/definitions/PolicyMatch/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.assert !== undefined){
let data10 = data.assert;
if(Array.isArray(data10)){
if(data10.length > 50){
const err30 = {instancePath:instancePath+"/assert",schemaPath:"#/properties/assert/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema49.properties.assert,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data10.length < 1){
const err31 = {instancePath:instancePath+"/assert",schemaPath:"#/properties/assert/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49.properties.assert,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.expr === undefined){
const err32 = {instancePath:instancePath+"/assert/" + i1,schemaPath:"#/definitions/PolicyAssertion/required",keyword:"required",params:{missingProperty: "expr"},message:"must have required property '"+"expr"+"'",schema:schema51.required,parentSchema:schema51,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key2 in data11){
if(!((((key2 === "expr") || (key2 === "at")) || (key2 === "message")) || (pattern0.test(key2)))){
const err33 = {instancePath:instancePath+"/assert/" + i1,schemaPath:"#/definitions/PolicyAssertion/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data11.expr !== undefined){
let data12 = data11.expr;
if(typeof data12 === "string"){
if(func3(data12) > 4096){
const err34 = {instancePath:instancePath+"/assert/" + i1+"/expr",schemaPath:"#/definitions/PolicyAssertion/properties/expr/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema51.properties.expr,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func3(data12) < 1){
const err35 = {instancePath:instancePath+"/assert/" + i1+"/expr",schemaPath:"#/definitions/PolicyAssertion/properties/expr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.properties.expr,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/assert/" + i1+"/expr",schemaPath:"#/definitions/PolicyAssertion/properties/expr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.expr.type,parentSchema:schema51.properties.expr,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.at !== undefined){
let data13 = data11.at;
if(typeof data13 === "string"){
if(func3(data13) > 200){
const err37 = {instancePath:instancePath+"/assert/" + i1+"/at",schemaPath:"#/definitions/PolicyAssertion/properties/at/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema51.properties.at,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func3(data13) < 1){
const err38 = {instancePath:instancePath+"/assert/" + i1+"/at",schemaPath:"#/definitions/PolicyAssertion/properties/at/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.properties.at,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/assert/" + i1+"/at",schemaPath:"#/definitions/PolicyAssertion/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.at.type,parentSchema:schema51.properties.at,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.message !== undefined){
let data14 = data11.message;
if(typeof data14 === "string"){
if(func3(data14) > 1000){
const err40 = {instancePath:instancePath+"/assert/" + i1+"/message",schemaPath:"#/definitions/PolicyAssertion/properties/message/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema51.properties.message,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(func3(data14) < 1){
const err41 = {instancePath:instancePath+"/assert/" + i1+"/message",schemaPath:"#/definitions/PolicyAssertion/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.properties.message,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/assert/" + i1+"/message",schemaPath:"#/definitions/PolicyAssertion/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.message.type,parentSchema:schema51.properties.message,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/assert/" + i1,schemaPath:"#/definitions/PolicyAssertion/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data11};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/assert",schemaPath:"#/properties/assert/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.assert.type,parentSchema:schema49.properties.assert,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

