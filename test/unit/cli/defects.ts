// A copy of the reference playbook on disk with known defects, each on a known line.

import { readTree, REFERENCE, tempPlaybook } from '../../helpers';

export const BRIEF = 'campaigns/2026q4-na-email-black-friday.yaml';
export const WEBINAR = 'campaigns/2026q4-emea-social-winter-webinar.yaml';

export interface DefectivePlaybook {
  dir: string;
  /** `file:line:rule` (1-based) of every defect planted. */
  expected: string[];
}

export function defectivePlaybook(): DefectivePlaybook {
  const files = readTree(REFERENCE);
  files[BRIEF] = files[BRIEF].replace('status: active', 'status: actve').replace('  launch: 2026-11-18', '  launch: 2026-11-31');
  files['martech/register.yaml'] = files['martech/register.yaml'].replace('id: meta-ads', 'id: ga4');
  files['sops/new-tool-request.yaml'] = files['sops/new-tool-request.yaml'].replace('owner: li.wei', 'owner: li.wei\nowner: li.wei\n"tab\there, <xml> & \\"quotes\\", 100%": x');
  files['team.yaml'] = `${files['team.yaml']}    email: "maria@acme.example"\n`;
  const lineOf = (file: string, needle: string) => files[file].split('\n').findIndex((l) => l.includes(needle)) + 1;
  return {
    dir: tempPlaybook(files),
    expected: [
      `${BRIEF}:${lineOf(BRIEF, 'status: actve')}:schema/enum`,
      `${BRIEF}:${lineOf(BRIEF, 'launch: 2026-11-31')}:schema/format`,
      `martech/register.yaml:${files['martech/register.yaml'].split('\n').lastIndexOf('id: ga4') + 1}:mops/duplicate-id`,
      // meta-ads is gone from the register now, so the brief that uses it points at nothing.
      `${WEBINAR}:${lineOf(WEBINAR, 'tools: [hubspot, meta-ads]')}:ref/unknown-tool`,
      `sops/new-tool-request.yaml:${lineOf('sops/new-tool-request.yaml', 'owner: li.wei') + 1}:yaml/duplicate-key`,
      `sops/new-tool-request.yaml:${lineOf('sops/new-tool-request.yaml', '"tab')}:schema/unknown-property`,
    ].sort(),
  };
}
