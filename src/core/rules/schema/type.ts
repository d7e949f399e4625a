// schema/type: a value has the wrong type (text where a number belongs, a list where a mapping belongs).

import { schemaRule } from './issue-rule';

export default schemaRule('schema/type', 'A value has the wrong type (text where a number belongs, a list where a mapping belongs).');
