// schema/unknown-property: a property that the kind does not define (often a typo); reported on the key.

import { schemaRule } from './issue-rule';

export default schemaRule('schema/unknown-property', 'A property that the kind does not define (often a typo); reported on the key.');
