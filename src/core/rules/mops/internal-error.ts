// mops/internal-error: a rule failed on a document; the engine reports it instead of stopping the check.

import type { EngineRule } from '../../engine/rule';

const rule: EngineRule = {
  id: 'mops/internal-error',
  severity: 'error',
  description: 'A rule failed unexpectedly on a document; the rest of the check went on. Please report it.',
  scope: 'engine',
};

export default rule;
