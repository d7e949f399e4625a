// yaml/too-complex: nesting too deep or aliases that expand too far (a "billion laughs" bomb).

import { parseProblemRule } from './parse-problem';

export default parseProblemRule(
  'yaml/too-complex',
  'error',
  'The YAML nests too deeply or its aliases expand too far to be read safely, so it is not checked.',
);
