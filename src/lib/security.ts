// The site's security headers, written once: every page carries the Content-Security-Policy as a
// <meta http-equiv> (for hosts such as GitHub Pages that send no custom headers), and the build
// writes them all to `_headers` for hosts that read that file (Netlify, Cloudflare Pages).
// Only the site's own origin, no inline script; 'wasm-unsafe-eval' lets Pagefind's search index
// (WebAssembly) run on the search page. With a service (SERVICE_URL) its origin is added where the
// site talks to it: forms post there (form-action) and the search page sends its signal (connect-src).

/** Directives a browser ignores in a <meta> policy (and warns about). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy's directives, with the service's origin where the site talks to it. */
function directives(serviceOrigin: string | undefined): [string, string[]][] {
  const service = serviceOrigin ? [serviceOrigin] : [];
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...service]],
    ['manifest-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'", ...service]],
    ['frame-ancestors', ["'none'"]],
  ];
}

/** The origin of a service URL (`https://service.example`), or undefined without one. */
function originOf(serviceUrl: string | undefined): string | undefined {
  return serviceUrl ? new URL(serviceUrl).origin : undefined;
}

/** Returns the Content-Security-Policy header value; `serviceUrl` is the service the site posts to, if any. */
export function headerPolicy(serviceUrl: string | undefined): string {
  return directives(originOf(serviceUrl))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Returns the policy for the <meta http-equiv> of every page: the header's, less header-only directives. */
export function metaPolicy(serviceUrl: string | undefined): string {
  return directives(originOf(serviceUrl))
    .filter(([name]) => !HEADER_ONLY.has(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Returns the `_headers` file (Netlify and Cloudflare Pages syntax) with every security header for every path. */
export function hostHeadersFile(serviceUrl: string | undefined): string {
  return [
    '# Response headers for hosts that read this file (Netlify, Cloudflare Pages). GitHub Pages does not:',
    '# there every page carries the same Content-Security-Policy as a <meta http-equiv>, less',
    '# frame-ancestors, which only works as a header. Written by the build (src/lib/security.ts).',
    '/*',
    `  Content-Security-Policy: ${headerPolicy(serviceUrl)}`,
    '  X-Frame-Options: DENY',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    '',
  ].join('\n');
}
