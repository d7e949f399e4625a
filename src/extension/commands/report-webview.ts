// A report's self-contained HTML made fit for a webview: the webview's own content security policy (no
// remote sources, no scripts, styles only with this page's nonce) replaces the report's.

/** A random nonce for one page. */
export function makeNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, '');
}

export function webviewHtml(html: string, nonce: string): string {
  const policy = `default-src 'none'; img-src data:; style-src 'nonce-${nonce}'; font-src 'none'; script-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'; frame-src 'none'`;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const withoutPolicy = html.replace(/<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>/gi, '');
  const styled = withoutPolicy.replace(/<style(\s[^>]*)?>/gi, (_tag, attrs: string | undefined) => `<style nonce="${nonce}"${attrs ?? ''}>`);
  return /<head[^>]*>/i.test(styled) ? styled.replace(/<head[^>]*>/i, (head) => `${head}${meta}`) : `${meta}${styled}`;
}
