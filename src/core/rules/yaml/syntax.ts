// yaml/syntax: the YAML does not parse; reported at the parser's own position.

import { parseProblemRule } from './parse-problem';

export default parseProblemRule('yaml/syntax', 'error', 'The YAML does not parse.');
