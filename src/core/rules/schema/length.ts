// schema/length: a text is empty or longer than allowed.

import { schemaRule } from './issue-rule';

export default schemaRule('schema/length', 'A text is empty or longer than allowed.');
