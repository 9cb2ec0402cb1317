// Reads the `_headers` file hosts such as Netlify and Cloudflare Pages serve (public/_headers): the
// one place the site's response headers and its Content-Security-Policy are written. Plain
// TypeScript, so the page layout (through Vite) and the preview server (plain Node) read it alike.

/** The headers of the file's `/*` block (every path), in order, as [name, value]. */
export function siteHeaders(headersFile: string): [string, string][] {
  const out: [string, string][] = [];
  let inAll = false;
  for (const line of headersFile.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inAll && colon > 0) out.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return out;
}

/** A Content-Security-Policy as directive name → its sources, in order. */
export function parsePolicy(policy: string): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources.join(' '));
  }
  return directives;
}

/** Writes directives back as a policy. */
export function formatPolicy(directives: Map<string, string>): string {
  return [...directives].map(([name, sources]) => (sources ? `${name} ${sources}` : name)).join('; ');
}

/** The site's Content-Security-Policy from a `_headers` file; throws when it has none. */
export function sitePolicy(headersFile: string): Map<string, string> {
  const csp = siteHeaders(headersFile).find(([name]) => name.toLowerCase() === 'content-security-policy');
  if (!csp) throw new Error('public/_headers has no Content-Security-Policy line; every page needs one.');
  return parsePolicy(csp[1]);
}

/** Directives that name the service's origin when the site has one: forms post there, the search page signals there. */
const SERVICE_DIRECTIVES = ['connect-src', 'form-action'];

/** The site's policy from a `_headers` file with the service's origin (SERVICE_URL) added where the site talks to it. */
export function servicePolicy(headersFile: string, serviceUrl: string | undefined): Map<string, string> {
  const directives = sitePolicy(headersFile);
  if (!serviceUrl) return directives;
  const origin = new URL(serviceUrl).origin;
  for (const name of SERVICE_DIRECTIVES) {
    const sources = (directives.get(name) ?? "'self'").split(/\s+/).filter(Boolean);
    directives.set(name, [...sources, origin].join(' '));
  }
  return directives;
}

/** A `_headers` file whose Content-Security-Policy line names the service's origin (unchanged without one). */
export function withServiceHeaders(headersFile: string, serviceUrl: string | undefined): string {
  if (!serviceUrl) return headersFile;
  const policy = formatPolicy(servicePolicy(headersFile, serviceUrl));
  return headersFile.replace(/^(\s+Content-Security-Policy:).*$/im, `$1 ${policy}`);
}
