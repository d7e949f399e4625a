// A brief's tracked links, parsed once per document and shared by every UTM and naming rule.

import type { ParsedDocument } from '../model/parse';
import { rec, records, str } from '../model/readers';
import { parseLink, type Link } from './link';

export interface TrackedLink {
  /** Index in the brief's `links`. */
  index: number;
  url: string;
  link: Link;
}

const cache = new WeakMap<ParsedDocument, TrackedLink[]>();

export function trackedLinks(doc: ParsedDocument): TrackedLink[] {
  let links = cache.get(doc);
  if (!links) {
    links = records(rec(doc.value).links).flatMap(([raw, index]) => {
      const url = str(raw.url);
      return url === undefined ? [] : [{ index, url, link: parseLink(url) }];
    });
    cache.set(doc, links);
  }
  return links;
}
