// A Markdown summary fit for a pull-request comment: the core's check summary (everything escaped).

import { checkSummaryMarkdown } from '../../core';
import type { Formatter } from './types';

export { mdCell } from '../../core';

export const markdown: Formatter = (result) => checkSummaryMarkdown(result);
