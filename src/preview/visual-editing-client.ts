// The browser side of the live preview inside the Studio's "Voorbeeld" tool (Sanity's Presentation
// tool): Sanity's visual-editing connection, so the Studio knows which page the frame shows and the
// page follows the editor. Bundled into the preview server only (src/preview/visual-editing-bundle.ts);
// the public site never ships it. No stega is encoded in the content, so no overlays appear.
import { enableVisualEditing, type HistoryRefresh, type HistoryUpdate } from '@sanity/visual-editing';
import { PREVIEW_PATHS } from '@mkb010/model';
import { PREVIEW_VERSION_META } from './changes.ts';

/** The page's address as the Studio shows it. */
const here = () => `${location.pathname}${location.search}${location.hash}`;

/**
 * After a draft changes in the Studio (or "Vernieuwen" is clicked): ask the server for fresh drafts,
 * then load the page again. The page is plain HTML, so a reload is the whole refresh.
 */
async function refresh(payload: HistoryRefresh): Promise<void> {
  // Where the preview server drops its cached drafts, so the next page load reads the newest ones.
  // Naming the revision lets it keep the load its listener started when that revision was saved.
  const changed = payload.source === 'mutation' ? payload.document : undefined;
  const query = changed ? `?${new URLSearchParams({ id: changed._id, rev: changed._rev })}` : '';
  await fetch(`${PREVIEW_PATHS.refresh}${query}`, { cache: 'no-store', credentials: 'same-origin' }).catch(() => undefined);
  if (payload.source === 'manual' || payload.source === 'mutation') location.reload();
}

enableVisualEditing({
  refresh,
  history: {
    // Tell the Studio which page the frame shows, so its address bar and document list follow along.
    subscribe: (navigate) => {
      navigate({ type: 'push', url: here(), title: document.title });
      return () => {};
    },
    // The Studio navigates the frame (its address bar, a document's "Gebruikt op" links).
    update: (update: HistoryUpdate) => {
      if (update.type === 'pop') history.back();
      else if (update.url !== here()) location[update.type === 'replace' ? 'replace' : 'assign'](update.url);
    },
  },
});

/**
 * The page's own line to its server (src/preview/changes.ts): when the server has read newer drafts
 * than this page shows, reload, also while the Studio's connection is not (yet) back after a reload.
 * Only a newer version than the page's triggers it, so a reloaded page does not reload again.
 */
function followServer(): void {
  const shown = document.querySelector(`meta[name="${PREVIEW_VERSION_META}"]`)?.getAttribute('content');
  if (!shown) return;
  const changes = new EventSource(`${PREVIEW_PATHS.changes}?${new URLSearchParams({ after: shown })}`);
  changes.addEventListener('changed', () => {
    changes.close();
    location.reload();
  });
  addEventListener('pagehide', () => changes.close());
}

followServer();
