// `/_headers`: the security headers for hosts that read that file, written from the one definition
// in src/lib/security.ts with this build's service.
import type { APIRoute } from 'astro';
import { serviceUrl } from '../lib/build-env.ts';
import { hostHeadersFile } from '../lib/security.ts';

export const GET: APIRoute = () =>
  new Response(hostHeadersFile(serviceUrl()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
