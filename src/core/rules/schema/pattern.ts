// schema/pattern: a value does not have the required shape (a currency that is not a three-letter code, say).

import { schemaRule } from './issue-rule';

export default schemaRule('schema/pattern', 'A value does not have the required shape (a currency that is not a three-letter code, say).');
