// utm/click-id: a tracked link carries an ad platform's click identifier (fbclid, gclid…) or a recipient's id.

import { clickId, type Identifies } from '../../utm/click-ids';
import type { DocumentRule } from '../../engine/rule';
import { forEachParsedLink, listOf } from './each';

const WHAT: Record<Identifies, (platform: string) => string> = {
  click: (p) => `is ${p}'s identifier of one click, added when someone clicks an ad or a link; a link that carries it credits every visit to that one click.`,
  recipient: (p) => `is ${p}'s identifier of one e-mail recipient; a link that carries it ties every visit to that one person.`,
  visitor: (p) => `is ${p}'s identifier of one visitor; a link that carries it merges everyone who follows it into that one visitor.`,
};

const rule: DocumentRule = {
  id: 'utm/click-id',
  severity: 'error',
  description: "A tracked link carries a click identifier (fbclid, gclid, msclkid, …) that belongs to one click, so every visit would be credited to that click.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    // Whether or not the playbook has a UTM standard: a click id is never part of a link someone shares.
    forEachParsedLink(ctx, (check) => {
      const ids = check.link.params.flatMap((param) => {
        const known = clickId(param.name);
        return known ? [{ param, ...known }] : [];
      });
      if (ids.length === 0) return;
      const names = [...new Set(ids.map((id) => id.param.written))];
      // One fix removes them all, so that "fix all" removes every one in a single pass.
      const fixes = check.removeParams(
        ids.map((id) => id.param),
        names.length === 1 ? `Remove ${names[0]}` : `Remove ${listOf(names)}`,
      );
      for (const { param, platform, identifies } of ids) {
        ctx.report({ ...check.pieceAt(param), message: `${param.written} ${WHAT[identifies](platform)} Remove it.`, fixes });
      }
    });
  },
};

export default rule;
