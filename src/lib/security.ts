// The site's Content-Security-Policy, written once in public/_headers (served as a header by hosts
// that read that file) and repeated here as the <meta http-equiv> every page carries, for hosts
// such as GitHub Pages that send no custom headers.
import headers from '../../public/_headers?raw';

/** Directives a browser ignores in a <meta> policy (and warns about). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy of the `/*` block of a `_headers` file, without header-only directives. */
export function metaPolicy(headersFile: string): string {
  const line = headersFile.split('\n').find((l) => /^\s+Content-Security-Policy:/i.test(l));
  if (!line) throw new Error('public/_headers has no Content-Security-Policy line; every page needs one.');
  return line
    .replace(/^\s+Content-Security-Policy:\s*/i, '')
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !HEADER_ONLY.has(d.split(/\s+/)[0]!.toLowerCase()))
    .join('; ');
}

/** The Content-Security-Policy for the <meta http-equiv> of every page. */
export const CONTENT_SECURITY_POLICY = metaPolicy(headers);
