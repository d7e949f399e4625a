// file/too-many-findings: a file has more findings than are listed; the engine lists the first ones and this.

import type { EngineRule } from '../../engine/rule';

const rule: EngineRule = {
  id: 'file/too-many-findings',
  severity: 'error',
  description: 'A file has more findings than mops lists for one file; the first ones are listed, and this one counts the rest.',
  scope: 'engine',
};

export default rule;
