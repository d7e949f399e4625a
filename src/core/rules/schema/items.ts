// schema/items: a list has too few or too many items, or repeats an item that must be unique.

import { schemaRule } from './issue-rule';

export default schemaRule('schema/items', 'A list has too few or too many items, or repeats an item that must be unique.');
