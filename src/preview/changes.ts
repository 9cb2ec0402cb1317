// The preview pages' own line to their server: a Server-Sent Events stream that says when the server
// has finished reading drafts newer than the page shows. The page then reloads if what it shows
// changed (its digest), whether or not the Studio's Voorbeeld tool is connected at that moment (after
// a reload its connection takes seconds to come back, and a refresh the Studio sends meanwhile
// reaches no page).
import type { ContentStore } from './content-store.ts';

/** The <meta> name that carries the version of the drafts a preview page shows. */
export const PREVIEW_VERSION_META = 'preview-version';
/**
 * The <meta> name that carries a digest of what a preview page shows (its HTML before the preview's
 * own tags): after a newer version, a page whose digest is unchanged needs no reload, so another
 * editor's save of a document this page does not show leaves it as it is.
 */
export const PREVIEW_DIGEST_META = 'preview-digest';

/** What a page says it shows (the version in its `<meta name="preview-version">`); NaN when unreadable. */
export function shownVersion(after: string | null): number {
  return after !== null && /^\d+$/.test(after) ? Number(after) : Number.NaN;
}

/** How often an idle stream sends a comment, so proxies in front of the server keep it open. */
const KEEP_ALIVE_MS = 25_000;

/**
 * The stream for a page showing version `after`: one `changed` event (its data the newer version) as
 * soon as the store has finished a newer read, at once when it already has; nothing otherwise.
 * Ends when the page goes (`signal`) or after the event.
 */
export function changesResponse(store: ContentStore, after: number, signal: AbortSignal): Response {
  if (Number.isNaN(after)) {
    return new Response('after= moet een versienummer zijn. / after= must be a version number.\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      let alive: ReturnType<typeof setInterval> | undefined;
      let cancelWait = () => {};
      const end = () => {
        if (!open) return;
        open = false;
        clearInterval(alive);
        cancelWait();
        signal.removeEventListener('abort', end);
        try {
          controller.close();
        } catch {
          // Already closed by the reader.
        }
      };
      stop = end;
      // A page that went without saying so: writing to its stream fails, which ends the wait.
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          end();
        }
      };
      // The browser waits this long before it tries again when the stream breaks.
      send('retry: 2000\n\n');
      alive = setInterval(() => send(': alive\n\n'), KEEP_ALIVE_MS);
      cancelWait = store.whenNewer(after, (version) => {
        if (!open) return;
        send(`event: changed\ndata: ${version}\n\n`);
        end();
      });
      if (signal.aborted) end();
      else signal.addEventListener('abort', end);
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    status: 200,
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'x-accel-buffering': 'no' },
  });
}
