// schema/required: a required property is missing; reported on the key of the object that lacks it.

import { schemaRule } from './issue-rule';

export default schemaRule('schema/required', 'A required property is missing; reported on the key of the object that lacks it.');
