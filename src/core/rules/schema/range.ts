// schema/range: a number is below its minimum or above its maximum.

import { schemaRule } from './issue-rule';

export default schemaRule('schema/range', 'A number is below its minimum or above its maximum.');
