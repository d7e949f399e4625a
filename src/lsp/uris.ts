// File URIs and playbook paths: a playbook root is a URI, its files are root-relative paths with forward slashes.
// Clients encode URIs in different ways (`%3A` or `:`), so URIs are compared by their decoded paths.

/** A URI split into the part compared as is (scheme and authority) and its decoded path. */
export interface ParsedUri {
  /** `file://` plus the authority, lower-cased scheme. */
  base: string;
  /** The decoded path, starting with `/`, without a trailing slash (except the root `/`). */
  path: string;
}

const URI = /^([a-zA-Z][a-zA-Z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)/;

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a stray `%` is a character of the name
  }
}

/** Parses a URI; undefined for text that is not one. */
export function parseUri(uri: string): ParsedUri | undefined {
  const match = URI.exec(uri);
  if (!match) return undefined;
  let path = decode(match[3] || '/');
  if (!path.startsWith('/')) path = `/${path}`;
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return { base: `${match[1].toLowerCase()}://${match[2] ?? ''}`, path };
}

/** One key per file whatever the client's encoding: what open documents and roots are compared by. */
export function uriKey(uri: string): string {
  const parsed = parseUri(uri);
  return parsed ? parsed.base + parsed.path : uri;
}

/** The URI of a decoded path under a base, each segment encoded as VS Code does. */
export function formatUri(base: string, path: string): string {
  return base + path.split('/').map(encodeURIComponent).join('/');
}

/** The root-relative path of `uri` under `root`, or undefined when it is not strictly inside. */
export function relativePath(root: ParsedUri, uri: string): string | undefined {
  const parsed = parseUri(uri);
  if (!parsed || parsed.base !== root.base) return undefined;
  const prefix = root.path === '/' ? '/' : `${root.path}/`;
  return parsed.path.startsWith(prefix) && parsed.path.length > prefix.length ? parsed.path.slice(prefix.length) : undefined;
}

/** The URI of a root-relative path (or of the root itself for ''). */
export function childUri(root: ParsedUri, path: string): string {
  if (path === '') return formatUri(root.base, root.path);
  return formatUri(root.base, root.path === '/' ? `/${path}` : `${root.path}/${path}`);
}

/** The folder holding a URI's file. */
export function parentUri(uri: string): string | undefined {
  const parsed = parseUri(uri);
  if (!parsed || parsed.path === '/') return undefined;
  return formatUri(parsed.base, parsed.path.slice(0, parsed.path.lastIndexOf('/')) || '/');
}
