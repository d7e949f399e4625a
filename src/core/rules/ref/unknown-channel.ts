// ref/unknown-channel: a brief channel that is not in the naming convention's channel dictionary.

import { namingOf } from '../../domain/naming';
import { strings } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { reportUnknown } from './unknown';

const rule: DocumentRule = {
  id: 'ref/unknown-channel',
  severity: 'error',
  description: "A brief's channel is not in the naming convention's channel dictionary.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const naming = namingOf(ctx.index);
    const channels = naming?.channels;
    if (!naming || !channels) return;
    for (const [channel, i] of strings(ctx.data.channels)) {
      if (channels.includes(channel)) continue;
      reportUnknown(ctx, {
        path: ['channels', i],
        value: channel,
        what: 'a channel of the naming convention',
        candidates: channels,
        listAs: 'The channels are',
        related: ctx.locationOf(naming.doc, ['tokens', 'channel'], 'the channel dictionary', 'key'),
      });
    }
  },
};

export default rule;
