// schema/invalid: the document breaks its schema in a way no other schema rule covers.

import { schemaRule } from './issue-rule';

export default schemaRule('schema/invalid', 'The document breaks its schema in a way no other schema rule covers.');
