// SOP steps in both forms: a plain instruction, or a mapping with do, role, link and done_when; what the schema
// accepts and reports (on the offending line), and the one reading every consumer shares (domain/sop.ts).

import assert from 'node:assert/strict';
import { completionsAt, sopSteps } from '../../../src/core';
import { where, workspaceOf } from '../../helpers';

const SOP = `apiVersion: mops/v1
kind: Sop
id: steps
title: Steps
area: ops
owner: ann.lee
steps:
  - Plain step
  - do: Mapped step
    role: ops
    link: https://wiki.example/a?b=1#c
    done_when: It is done
    x-minutes: 15
  - do: Bad link
    link: javascript:alert(1)
  - role: ops
  - do: Extra
    colour: red
  - 42
  - do: Spaced link
    link: https://wiki.example/a b
  - do: Link with a user
    link: https://user@wiki.example/
`;

describe('SOP steps', () => {
  it('accepts plain and mapped steps and reports a bad link, a missing instruction, an unknown key and a number', () => {
    const ws = workspaceOf({ 'sops/steps.yaml': SOP });
    // Lines (1-based): 15 javascript: link; 16 the step without do (on its item); 18 colour; 19 the number;
    // 21 a link with a space; 23 a link with user info. x-minutes is the team's own field.
    assert.deepEqual(where(ws.findings('sops/steps.yaml')), [
      '15:schema/pattern',
      '16:schema/required',
      '18:schema/unknown-property',
      '19:schema/type',
      '21:schema/pattern',
      '23:schema/pattern',
    ]);
    const link = ws.findings('sops/steps.yaml').find((f) => f.range.start.line === 14);
    assert.equal(link?.message, "'steps[2].link' must be a web address that starts with https:// (or http://) and holds no spaces, such as https://wiki.acme.example/launch, not 'javascript:alert(1)'.");
  });

  it('reads both forms in order, skipping items without an instruction', () => {
    const ws = workspaceOf({ 'sops/steps.yaml': SOP });
    const doc = ws.parsed('sops/steps.yaml')!.documents[0];
    assert.deepEqual(sopSteps(doc.value), [
      { index: 0, text: 'Plain step' },
      { index: 1, text: 'Mapped step', role: 'ops', link: 'https://wiki.example/a?b=1#c', doneWhen: 'It is done' },
      { index: 2, text: 'Bad link', role: undefined, link: 'javascript:alert(1)', doneWhen: undefined },
      { index: 4, text: 'Extra', role: undefined, link: undefined, doneWhen: undefined },
      { index: 6, text: 'Spaced link', role: undefined, link: 'https://wiki.example/a b', doneWhen: undefined },
      { index: 7, text: 'Link with a user', role: undefined, link: 'https://user@wiki.example/', doneWhen: undefined },
    ]);
  });

  it("completes a step's role with the roles the Team's members hold", () => {
    const team = 'apiVersion: mops/v1\nkind: Team\nid: t\nmembers:\n  - id: ann.lee\n    name: Ann Lee\n    roles: [ops, lead]\n  - id: bo.kim\n    name: Bo Kim\n    roles: [legal]\n';
    const sop = 'apiVersion: mops/v1\nkind: Sop\nid: s\ntitle: S\narea: a\nowner: ann.lee\nsteps:\n  - do: Approve\n    role: ';
    const ws = workspaceOf({ 'team.yaml': team, 'sops/s.yaml': sop });
    assert.deepEqual(completionsAt(ws, 'sops/s.yaml', sop.length).map((i) => i.label).sort(), ['lead', 'legal', 'ops']);
  });
});
