// Reads a tracked link: WHATWG URL parsing for its structure, plus every query parameter with its raw offset.

interface WhatwgUrl {
  protocol: string;
  hostname: string;
  pathname: string;
  hash: string;
}
// URL exists in Node, browsers and web workers alike; the core declares only what it uses.
const UrlImpl = (globalThis as unknown as { URL: new (input: string) => WhatwgUrl }).URL;

export interface QueryParam {
  name: string;
  /** The value decoded (`+` and `%20` as spaces); the raw text when it cannot be decoded. */
  value: string;
  raw: string;
  /** Offset of the raw value in the URL string. */
  start: number;
  decodable: boolean;
}

export type Link =
  | {
      ok: true;
      url: string;
      protocol: string;
      host: string;
      /** Where the host is written in the URL string. */
      hostSpan: [number, number];
      /** The decoded user-info before an `@` in the authority, if any. */
      userinfo: string;
      /** `:80` or the like, as written after the host. */
      port: string;
      path: string;
      fragment: string;
      params: QueryParam[];
    }
  | { ok: false; reason: string };

/** Decodes percent-escapes; in a query (`form`), `+` stands for a space too, as browsers send forms. */
function decode(raw: string, form = true): string | undefined {
  try {
    return decodeURIComponent(form ? raw.replace(/\+/g, ' ') : raw);
  } catch {
    return undefined;
  }
}

export function parseLink(url: string): Link {
  if (url.trim() !== url) return { ok: false, reason: 'it has spaces around it' };
  let parsed: WhatwgUrl;
  try {
    parsed = new UrlImpl(url);
  } catch {
    return { ok: false, reason: 'it is not a valid absolute URL' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { ok: false, reason: `a tracked link must be a web address (http or https), not ${parsed.protocol}` };
  }
  const query = url.indexOf('?');
  const hash = url.indexOf('#');
  const params: QueryParam[] = [];
  if (query !== -1 && (hash === -1 || query < hash)) {
    const end = hash === -1 ? url.length : hash;
    let pos = query + 1;
    while (pos <= end) {
      const amp = url.indexOf('&', pos);
      const stop = amp === -1 || amp > end ? end : amp;
      const piece = url.slice(pos, stop);
      if (piece !== '') {
        const eq = piece.indexOf('=');
        const rawName = eq === -1 ? piece : piece.slice(0, eq);
        const raw = eq === -1 ? '' : piece.slice(eq + 1);
        const value = decode(raw);
        params.push({ name: decode(rawName) ?? rawName, value: value ?? raw, raw, start: pos + (eq === -1 ? piece.length : eq + 1), decodable: value !== undefined });
      }
      pos = stop + 1;
    }
  }
  const authority = url.indexOf('//') + 2;
  // The host ends at the first '/', '?' or '#'; an '@' before that ends the user-info.
  let authorityEnd = authority;
  while (authorityEnd < url.length && !'/?#'.includes(url[authorityEnd])) authorityEnd++;
  const at = url.lastIndexOf('@', authorityEnd - 1);
  const hostStart = at >= authority ? at + 1 : authority;
  let hostEnd = hostStart;
  while (hostEnd < authorityEnd && url[hostEnd] !== ':') hostEnd++;
  return {
    ok: true,
    url,
    protocol: parsed.protocol.slice(0, -1),
    host: parsed.hostname.toLowerCase().replace(/\.$/, ''),
    hostSpan: [hostStart, hostEnd],
    userinfo: at >= authority ? (decode(url.slice(authority, at), false) ?? url.slice(authority, at)) : '',
    port: url.slice(hostEnd, authorityEnd),
    path: decode(parsed.pathname, false) ?? parsed.pathname,
    fragment: decode(parsed.hash.slice(1), false) ?? parsed.hash,
    params,
  };
}

/**
 * Raw text for a new value: the old raw text changed the same way when that decodes to the new value
 * (so untouched characters keep their spelling), else the new value percent-encoded afresh.
 */
export function reencode(raw: string, value: string): string {
  const simple = raw.toLowerCase();
  if (decode(simple) === value) return simple;
  return encodeURIComponent(value);
}

/** Whitespace in a value, raw (a space, `+`, `%20`, a tab…) or once decoded. */
export function hasWhitespace(param: QueryParam): boolean {
  return /[\s+]|%(?:20|09|0a|0d|a0)/i.test(param.raw) || /\s/.test(param.value);
}
