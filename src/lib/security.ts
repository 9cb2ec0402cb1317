// The site's Content-Security-Policy, written once in public/_headers (served as a header by hosts
// that read that file) and repeated here as the <meta http-equiv> every page carries, for hosts
// such as GitHub Pages that send no custom headers. With a service (SERVICE_URL) its origin is
// added where the site talks to it (headers-file.ts), in the meta policy and the built _headers alike.
import headers from '../../public/_headers?raw';
import { formatPolicy, servicePolicy } from './headers-file.ts';

/** Directives a browser ignores in a <meta> policy (and warns about). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** Returns the policy for the <meta http-equiv> of every page: the header's, less header-only directives. */
export function metaPolicy(serviceUrl: string | undefined, headersFile = headers): string {
  const directives = servicePolicy(headersFile, serviceUrl);
  for (const name of HEADER_ONLY) directives.delete(name);
  return formatPolicy(directives);
}
