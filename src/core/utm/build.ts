// Builds a tracked link: a landing page URL with UTM parameters set in the standard's order.

// URL exists in Node, browsers and web workers alike; the core declares only what it uses.
const UrlImpl = (globalThis as unknown as { URL: new (input: string) => { protocol: string } }).URL;

/**
 * The landing URL with each parameter set (replacing one already there), values lowercased and
 * trimmed, empty ones left out; the fragment stays last. Throws a TypeError with a readable message
 * when the landing URL is not an absolute http(s) URL.
 */
export function buildTrackedLink(landing: string, params: ReadonlyArray<readonly [string, string | undefined]>): string {
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
  const names = new Set(params.map(([name]) => name));
  const kept = query.split('&').filter((part) => part !== '' && !names.has(decoded(part.split('=')[0])));
  const added = params.flatMap(([name, value]) => {
    const clean = value?.trim().toLowerCase();
    return clean ? [`${encodeURIComponent(name)}=${encodeURIComponent(clean)}`] : [];
  });
  const all = [...kept, ...added];
  return `${path}${all.length > 0 ? `?${all.join('&')}` : ''}${fragment}`;
}

function decoded(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
