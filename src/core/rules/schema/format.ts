// schema/format: a value is not in its format, such as a date that is not a real YYYY-MM-DD date.

import { schemaRule } from './issue-rule';

export default schemaRule('schema/format', 'A value is not in its format, such as a date that is not a real YYYY-MM-DD date.');
