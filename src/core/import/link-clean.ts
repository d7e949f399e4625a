// A link pasted from an ad platform or a UTM builder, cleaned as the UTM rules would have it: click
// identifiers out, UTM parameter names in lower case, and values in the case of the standard's dictionary.

import type { UtmRules } from '../domain/utm';
import { clickId } from '../utm/click-ids';
import { parseLink, removalSpans, withoutSpans } from '../utm/link';
import type { Note } from './types';

export interface CleanLink {
  url: string;
  /** utm_campaign's value once cleaned, when the link has one. */
  campaign?: string;
  params: Map<string, string>;
  ok: boolean;
}

/** The cleaned link and the notes of what was changed, under the column's name. */
export function cleanLink(raw: string, column: string, utm: UtmRules | undefined, notes: Note[], isBrief: (id: string) => boolean = () => false): CleanLink {
  let link = parseLink(raw);
  if (!link.ok) return { url: raw, params: new Map(), ok: false };
  let url = raw;
  const clicks = link.params.filter((p) => clickId(p.name));
  if (clicks.length > 0) {
    url = withoutSpans(url, removalSpans(link, clicks));
    const names = clicks.map((p) => `${p.written} (${clickId(p.name)!.platform})`).join(', ');
    notes.push({ column, from: '', to: '', why: `click identifier${clicks.length > 1 ? 's' : ''} removed: ${names}; one belongs to one ad click, not to a link` });
    link = parseLink(url);
    if (!link.ok) return { url, params: new Map(), ok: false };
  }
  // From the end backwards, so that earlier offsets stay where they are.
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const renamed: string[] = [];
  const recased: string[] = [];
  for (const p of link.params) {
    if (p.name.startsWith('utm_') && p.written !== p.name) {
      edits.push({ start: p.nameStart, end: p.nameStart + p.rawName.length, text: p.name });
      renamed.push(`${p.written} → ${p.name}`);
    }
    const allowed = utm?.params.get(p.name)?.values;
    const lower = p.value.toLowerCase();
    const known = p.name === 'utm_campaign' ? isBrief(lower) : allowed?.includes(lower) === true;
    if (utm?.lowercase && p.decodable && p.value !== lower && p.raw === p.value && known) {
      edits.push({ start: p.start, end: p.end, text: lower });
      recased.push(`${p.name}=${p.value} → ${lower}`);
    }
  }
  for (const e of edits.sort((a, b) => b.start - a.start)) url = url.slice(0, e.start) + e.text + url.slice(e.end);
  if (renamed.length > 0) notes.push({ column, from: '', to: '', why: `parameter names in lower case: ${renamed.join(', ')}` });
  if (recased.length > 0) notes.push({ column, from: '', to: '', why: `values in the standard's case: ${recased.join(', ')}` });
  const final = parseLink(url);
  const params = new Map<string, string>();
  if (final.ok) for (const p of final.params) if (!params.has(p.name)) params.set(p.name, p.value);
  const campaign = params.get('utm_campaign');
  return { url, campaign: campaign && utm?.lowercase !== false ? campaign.toLowerCase() : campaign, params, ok: true };
}
