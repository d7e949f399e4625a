// Builds a tracked link: a landing page URL with UTM parameters set in the standard's order.

import { clickId } from './click-ids';

// URL exists in Node, browsers and web workers alike; the core declares only what it uses.
const UrlImpl = (globalThis as unknown as { URL: new (input: string) => { protocol: string } }).URL;

export interface TrackedLinkPlan {
  /** The link: the landing page without its click ids, then the parameters given. */
  link: string;
  /** Click identifiers (fbclid, gclid…) the landing page carried, as written; they are left out. */
  dropped: string[];
  /**
   * UTM parameters the landing page already carries with another value than the one given (compared in
   * lower case, trimmed). The link then carries both, so that nothing is replaced without a word; a
   * caller refuses it or says so (`mops utm build` refuses).
   */
  conflicts: Array<{ name: string; landing: string; given: string }>;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * Plans the link for `landing` with each parameter set, values lowercased and trimmed, empty ones left
 * out; the fragment stays last. A UTM parameter the landing page carries with the same value is written
 * once, as given. Throws a TypeError with a readable message when the landing URL is not an absolute
 * http(s) URL.
 */
export function planTrackedLink(landing: string, params: ReadonlyArray<readonly [string, string | undefined]>): TrackedLinkPlan {
  const text = landing.trim();
  let protocol: string;
  try {
    protocol = new UrlImpl(text).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new TypeError(`"${landing}" is not a web address: write it in full, e.g. https://www.example.com/page`);
  }
  const hash = text.indexOf('#');
  const [base, fragment] = hash === -1 ? [text, ''] : [text.slice(0, hash), text.slice(hash)];
  const question = base.indexOf('?');
  const [path, query] = question === -1 ? [base, ''] : [base.slice(0, question), base.slice(question + 1)];
  const given = new Map(params.flatMap(([name, value]) => (value?.trim() ? [[name, value.trim().toLowerCase()] as const] : [])));
  const dropped: string[] = [];
  const conflicts: TrackedLinkPlan['conflicts'] = [];
  const kept = query.split('&').filter((part) => {
    if (part === '') return false;
    const eq = part.indexOf('=');
    const name = decoded(eq === -1 ? part : part.slice(0, eq));
    const value = decoded(eq === -1 ? '' : part.slice(eq + 1));
    if (clickId(name)) {
      dropped.push(name);
      return false;
    }
    const mine = given.get(name.toLowerCase().startsWith('utm_') ? name.toLowerCase() : name);
    if (mine === undefined) return true;
    if (mine === value.trim().toLowerCase()) return false;
    conflicts.push({ name, landing: value, given: mine });
    return true;
  });
  const added = [...given].map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  const all = [...kept, ...added];
  return { link: `${path}${all.length > 0 ? `?${all.join('&')}` : ''}${fragment}`, dropped, conflicts };
}

/** The link of `planTrackedLink` (click ids dropped; a conflicting UTM parameter kept beside the new one, for the rules to report). */
export function buildTrackedLink(landing: string, params: ReadonlyArray<readonly [string, string | undefined]>): string {
  return planTrackedLink(landing, params).link;
}
