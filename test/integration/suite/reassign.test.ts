// "mops: Reassign work from one person to another" in a real VS Code: one workspace edit over every file that
// names the person as owner, requester or pending approver; decided approvals stay.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, read, uri, write } from './util';

const WEBINAR = 'campaigns/2026q4-emea-social-winter-webinar.yaml';
const SCHOOL = 'campaigns/2026q3-na-search-back-to-school.yaml';

describe('reassign work', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it("moves Li Wei's owned work to Priya Shah in one workspace edit and keeps Li's past approval", async () => {
    await api();
    const touched = [WEBINAR, 'martech/register.yaml', 'sops/new-tool-request.yaml'];
    const saved = await Promise.all(touched.map(read));
    try {
      await moveLi(saved[0]);
    } finally {
      // VS Code may save a refactoring's files itself (files.refactoring.autoSave): put them back for the other tests.
      await closeAll();
      for (const [i, path] of touched.entries()) await write(path, saved[i]);
    }
  });

  async function moveLi(before: string): Promise<void> {
    // In the reference playbook Li owns the webinar, the new-tool-request SOP and two tools of the register;
    // Li's qa approval of back to school is a record.
    const moved = await vscode.commands.executeCommand<number>('mops.reassignWork', { from: 'li.wei', to: 'priya.shah' });
    assert.equal(moved, 4);
    const webinar = await vscode.workspace.openTextDocument(uri(WEBINAR));
    assert.equal(webinar.getText(), before.replace('owner: li.wei\n', 'owner: priya.shah\n'));
    // The register's lines 7 and 31 were Li's; line 47 was Priya's already.
    const register = await vscode.workspace.openTextDocument(uri('martech/register.yaml'));
    assert.deepEqual(
      register.getText().split('\n').flatMap((line, i) => (line === 'owner: priya.shah' ? [i + 1] : [])),
      [7, 31, 47],
    );
    assert.doesNotMatch(register.getText(), /li\.wei/);
    const sop = await vscode.workspace.openTextDocument(uri('sops/new-tool-request.yaml'));
    assert.match(sop.getText(), /^owner: priya\.shah$/m);
    const school = await vscode.workspace.openTextDocument(uri(SCHOOL));
    assert.equal(school.isDirty, false);
    assert.match(school.getText(), /approver: li\.wei/);
  }

  it('says so and edits nothing when the person has no open work', async () => {
    await api();
    assert.equal(await vscode.commands.executeCommand<number>('mops.reassignWork', { from: 'ana.silva', to: 'tom.becker' }), 0);
    assert.ok(vscode.workspace.textDocuments.every((d) => !d.isDirty));
  });
});
