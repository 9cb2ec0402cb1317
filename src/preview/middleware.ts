// The preview server's middleware: the Studio's preview handshake, then basic auth or a preview
// session, then this request's site (the current draft content and the request's "now", handed to
// the routes in `Astro.locals.site`; a 503 while the content cannot be loaded), then noindex and
// no-store on whatever the page answers, and the visual-editing script on every page.
import { defineMiddleware } from 'astro:middleware';
import { PREVIEW_PATHS } from '@mkb010/model';
import { changesResponse, shownVersion } from './changes.ts';
import { createContentStore, type ContentSnapshot, type ContentStore } from './content-store.ts';
import { siteNow } from '../lib/build-env.ts';
import { shapeSiteData } from '../site/site-data.ts';
import { enablePreview, hasSession } from './preview-session.ts';
import { STYLE_NONCE_HEADER } from './security-headers.ts';
import { withVisualEditing } from './visual-editing-bundle.ts';
import { previewCacheMs } from './settings.ts';
import { createSignInGate } from './sign-in.ts';
import { unavailableResponse } from './unavailable.ts';

let store: ContentStore | undefined;
const signInGate = createSignInGate();

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

/** Auth, this request's site (or the 503 page), then noindex and no-store on the answer. */
export const onRequest = defineMiddleware(async (context, next) => {
  const { pathname, searchParams } = new URL(context.request.url);
  // The Studio's Presentation tool starts here with its secret, which is the credential.
  if (pathname === PREVIEW_PATHS.enable) return privateAndUnindexed(await enablePreview(context.request, process.env));
  // People who open the preview directly sign in; the Studio's frame carries its preview session.
  if (!hasSession(context.request.headers.get('cookie'))) {
    const denied = signInGate.check(context.request, context.clientAddress, process.env);
    if (denied) return privateAndUnindexed(denied);
  }
  store ??= createContentStore({ env: process.env, root: process.cwd(), maxAgeMs: previewCacheMs(process.env) });
  // A page in the Studio's frame after a draft changed (?id=…&rev=…, the revision the Studio saw): the
  // next load reads the drafts again, unless the listener already started one after that revision.
  if (pathname === PREVIEW_PATHS.refresh) {
    const id = searchParams.get('id');
    const rev = searchParams.get('rev');
    store.refreshed(id && rev ? { id, rev } : undefined);
    return privateAndUnindexed(new Response(null, { status: 204 }));
  }
  // A preview page waiting for newer drafts than it shows (changes.ts).
  if (pathname === PREVIEW_PATHS.changes) {
    return privateAndUnindexed(changesResponse(store, shownVersion(searchParams.get('after')), context.request.signal));
  }
  let snapshot: ContentSnapshot;
  try {
    snapshot = await store.current();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`[preview] Content could not be loaded; answering 503 until it can: ${reason}`);
    return privateAndUnindexed(unavailableResponse(reason));
  }
  // Every page of this request judges "live" at the moment the request came in.
  context.locals.site = { content: shapeSiteData(snapshot.collections), now: siteNow() };
  return privateAndUnindexed(await withVisualEditing(await next(), context.request.headers.get(STYLE_NONCE_HEADER), snapshot.version));
});
