// yaml/duplicate-key: a mapping repeats a key; reported on the second one, with the first as related.

import { parseProblemRule } from './parse-problem';

export default parseProblemRule('yaml/duplicate-key', 'error', 'A mapping repeats a key; only the last value would count.');
