// The requests behind the VS Code extension's commands (src/lsp/protocol-commands.ts, protocol-brief.ts,
// protocol-links.ts, protocol-advance.ts), one Feature per concern. A new command's request is a file and a line here.

import type { Feature } from '../context';
import { advance } from './advance';
import { brief } from './brief';
import { fixes } from './fixes';
import { library } from './library';
import { links } from './links';
import { reassignment } from './reassign';
import { reports } from './reports';
import { scaffold } from './scaffold';

export const COMMAND_FEATURES: readonly Feature[] = [library, reports, fixes, reassignment, links, advance, brief, scaffold];
