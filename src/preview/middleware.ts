// The preview server's middleware: the Studio's preview handshake, then basic auth or a preview
// session, then this request's draft content (or a 503 while it cannot be loaded), then noindex and
// no-store on whatever the page answers, and the visual-editing script on every page.
import { defineMiddleware } from 'astro:middleware';
import { PREVIEW_PATHS } from '@mkb010/model';
import { enablePreview, hasSession } from './preview-session.ts';
import { withVisualEditing } from './visual-editing-bundle.ts';
import { type Credentials, isAuthorised, parseBasicAuthSetting } from './basic-auth.ts';
import { createContentStore, type ContentStore } from './content-store.ts';
import { type ContentSnapshot, renderWithContent } from './live-content.ts';
import { previewCacheMs } from './settings.ts';
import { unavailableResponse } from './unavailable.ts';

let store: ContentStore | undefined;

/** Marks a response as private and not for search engines, whatever produced it. */
function privateAndUnindexed(response: Response): Response {
  let out = response;
  try {
    out.headers.set('x-robots-tag', 'noindex, nofollow');
  } catch {
    // Some responses (redirects) have immutable headers; a copy takes the header.
    out = new Response(response.body, response);
    out.headers.set('x-robots-tag', 'noindex, nofollow');
  }
  // Drafts must not stay in a shared cache or in the browser's back/forward history as "current".
  out.headers.set('cache-control', 'private, no-store');
  return out;
}

/** Auth, this request's draft content (or the 503 page), then noindex and no-store on the answer. */
export const onRequest = defineMiddleware(async (context, next) => {
  const { pathname } = new URL(context.request.url);
  // The Studio's Presentation tool starts here with its secret, which is the credential.
  if (pathname === PREVIEW_PATHS.enable) return privateAndUnindexed(await enablePreview(context.request, process.env));
  let credentials: Credentials | undefined;
  try {
    credentials = parseBasicAuthSetting(process.env.PREVIEW_BASIC_AUTH);
  } catch (error) {
    // Fail closed: a broken setting never opens the drafts to everyone.
    return privateAndUnindexed(
      new Response(`${(error as Error).message}\n`, { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } }),
    );
  }
  // People who open the preview directly sign in; the Studio's frame carries its preview session.
  const request = context.request;
  if (credentials && !isAuthorised(request.headers.get('authorization'), credentials) && !hasSession(request.headers.get('cookie'))) {
    return privateAndUnindexed(
      new Response('Inloggen nodig voor het voorbeeld. / Sign in to see the preview.\n', {
        status: 401,
        headers: { 'www-authenticate': 'Basic realm="MKB010 preview", charset="UTF-8"', 'content-type': 'text/plain; charset=utf-8' },
      }),
    );
  }
  store ??= createContentStore({ env: process.env, root: process.cwd(), maxAgeMs: previewCacheMs(process.env) });
  // A page in the Studio's frame after a draft changed: the next load reads the drafts again.
  if (pathname === PREVIEW_PATHS.refresh) {
    store.invalidate();
    return privateAndUnindexed(new Response(null, { status: 204 }));
  }
  let snapshot: ContentSnapshot;
  try {
    snapshot = await store.current();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`[preview] Content could not be loaded; answering 503 until it can: ${reason}`);
    return privateAndUnindexed(unavailableResponse(reason));
  }
  return privateAndUnindexed(await withVisualEditing(await renderWithContent(snapshot, next)));
});
