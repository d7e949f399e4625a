// schema/enum: a value is not one of the values its property allows.

import { schemaRule } from './issue-rule';

export default schemaRule('schema/enum', 'A value is not one of the values its property allows.');
