// Reads a tracked link: WHATWG URL parsing for its structure, plus every query parameter with its raw offsets.

interface WhatwgUrl {
  protocol: string;
  hostname: string;
  pathname: string;
  hash: string;
}
// URL exists in Node, browsers and web workers alike; the core declares only what it uses.
const UrlImpl = (globalThis as unknown as { URL: new (input: string) => WhatwgUrl }).URL;

export interface QueryParam {
  /**
   * The name decoded; a UTM name in lower case whatever its spelling (`UTM_SOURCE` is `utm_source`,
   * reported by utm/case), so that no rule takes it for a missing or unknown parameter.
   */
  name: string;
  /** The name decoded, as written. */
  written: string;
  /** The name's raw text and its offset in the URL string. */
  rawName: string;
  nameStart: number;
  /** The value decoded (`+` and `%20` as spaces); the raw text when it cannot be decoded. */
  value: string;
  raw: string;
  /** Offset of the raw value in the URL string. */
  start: number;
  /** Where the whole `name=value` piece ends in the URL string. */
  end: number;
  decodable: boolean;
}

export type Link =
  | {
      ok: true;
      /** The URL as written (every offset here is in this string). */
      url: string;
      /** `https://` (or `https:` before `//`) when the URL lacks its scheme and reads as a web address with it. */
      prefix: string;
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
      /** Where the query starts (after its `?`) and ends in the URL string; both -1 without a query. */
      query: [number, number];
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

function tryUrl(text: string): WhatwgUrl | undefined {
  try {
    return new UrlImpl(text);
  } catch {
    return undefined;
  }
}

/**
 * What a URL written without its scheme (`www.acme.example/spring?…`, `//www.acme.example/…`) needs in
 * front to be the web address it plainly is; '' when it has a scheme or does not read as a host name.
 */
function missingScheme(url: string): string {
  // A scheme is letters, digits, + . - before a ':' that does not start a port number (`host:8080`).
  if (!url.startsWith('//') && /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(url)) return '';
  const prefix = url.startsWith('//') ? 'https:' : 'https://';
  const parsed = tryUrl(prefix + url);
  const host = parsed?.hostname ?? '';
  return host.includes('.') && !host.startsWith('.') && !url.startsWith('/', prefix === 'https:' ? 2 : 0) ? prefix : '';
}

function queryParams(url: string, query: number, end: number): QueryParam[] {
  const params: QueryParam[] = [];
  let pos = query;
  while (pos <= end) {
    const amp = url.indexOf('&', pos);
    const stop = amp === -1 || amp > end ? end : amp;
    const piece = url.slice(pos, stop);
    if (piece !== '') {
      const eq = piece.indexOf('=');
      const rawName = eq === -1 ? piece : piece.slice(0, eq);
      const raw = eq === -1 ? '' : piece.slice(eq + 1);
      const value = decode(raw);
      const written = decode(rawName) ?? rawName;
      const lower = written.toLowerCase();
      params.push({
        name: lower.startsWith('utm_') ? lower : written,
        written,
        rawName,
        nameStart: pos,
        value: value ?? raw,
        raw,
        start: pos + (eq === -1 ? piece.length : eq + 1),
        end: stop,
        decodable: value !== undefined,
      });
    }
    pos = stop + 1;
  }
  return params;
}

export function parseLink(url: string): Link {
  if (url.trim() !== url) return { ok: false, reason: 'it has spaces around it' };
  const prefix = missingScheme(url);
  const full = prefix + url;
  const parsed = tryUrl(full);
  if (!parsed) return { ok: false, reason: 'it is not a valid absolute URL' };
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { ok: false, reason: `a tracked link must be a web address (http or https), not ${parsed.protocol}` };
  }
  // Offsets are worked out in the full URL and given in the text as written.
  const shift = prefix.length;
  const question = full.indexOf('?');
  const hash = full.indexOf('#');
  const hasQuery = question !== -1 && (hash === -1 || question < hash);
  const queryEnd = hash === -1 ? full.length : hash;
  const params = hasQuery ? queryParams(url, question + 1 - shift, queryEnd - shift) : [];
  const authority = full.indexOf('//') + 2;
  // The host ends at the first '/', '?' or '#'; an '@' before that ends the user-info.
  let authorityEnd = authority;
  while (authorityEnd < full.length && !'/?#'.includes(full[authorityEnd])) authorityEnd++;
  const at = full.lastIndexOf('@', authorityEnd - 1);
  const hostStart = at >= authority ? at + 1 : authority;
  let hostEnd = hostStart;
  while (hostEnd < authorityEnd && full[hostEnd] !== ':') hostEnd++;
  return {
    ok: true,
    url,
    prefix,
    protocol: parsed.protocol.slice(0, -1),
    host: parsed.hostname.toLowerCase().replace(/\.$/, ''),
    hostSpan: [hostStart - shift, hostEnd - shift],
    userinfo: at >= authority ? (decode(full.slice(authority, at), false) ?? full.slice(authority, at)) : '',
    port: full.slice(hostEnd, authorityEnd),
    path: decode(parsed.pathname, false) ?? parsed.pathname,
    fragment: decode(parsed.hash.slice(1), false) ?? parsed.hash,
    query: hasQuery ? [question + 1 - shift, queryEnd - shift] : [-1, -1],
    params,
  };
}

/**
 * The spans [start, end) of the URL string to delete so that `removed` parameters are gone, with their
 * `&` separators (and the `?` when nothing is left of the query), every other character kept as it was.
 * Spans never overlap, so the fixes of several findings apply together.
 */
export function removalSpans(link: Extract<Link, { ok: true }>, removed: readonly QueryParam[]): Array<[number, number]> {
  const [start, end] = link.query;
  if (start === -1 || removed.length === 0) return [];
  const gone = new Set(removed);
  // Every piece between '&'s, empty ones included, so that what is kept stays byte for byte.
  const pieces: Array<{ from: number; to: number; drop: boolean }> = [];
  for (let pos = start; pos <= end; ) {
    const amp = link.url.indexOf('&', pos);
    const to = amp === -1 || amp > end ? end : amp;
    pieces.push({ from: pos, to, drop: link.params.some((p) => gone.has(p) && p.nameStart === pos) });
    pos = to + 1;
  }
  if (pieces.every((p) => p.drop || p.from === p.to)) return [[start - 1, end]];
  const spans: Array<[number, number]> = [];
  const firstKept = pieces.findIndex((p) => !p.drop);
  // Dropped pieces before the first kept one go with the '&' after each; later ones with the '&' before.
  if (firstKept > 0) spans.push([pieces[0].from, pieces[firstKept].from]);
  for (let i = firstKept + 1; i < pieces.length; i++) {
    if (!pieces[i].drop) continue;
    let j = i;
    while (j + 1 < pieces.length && pieces[j + 1].drop) j++;
    spans.push([pieces[i].from - 1, pieces[j].to]);
    i = j;
  }
  return spans;
}

/** The URL string without the given spans. */
export function withoutSpans(url: string, spans: ReadonlyArray<[number, number]>): string {
  let out = url;
  for (const [from, to] of [...spans].sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + out.slice(to);
  return out;
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
