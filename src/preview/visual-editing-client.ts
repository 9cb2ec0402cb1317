// The browser side of the live preview inside the Studio's "Voorbeeld" tool (Sanity's Presentation
// tool): Sanity's visual-editing connection, so the Studio knows which page the frame shows and the
// page follows the editor. Bundled into the preview server only (src/preview/visual-editing-bundle.ts);
// the public site never ships it. No stega is encoded in the content, so no overlays appear.
import { enableVisualEditing, type HistoryRefresh, type HistoryUpdate } from '@sanity/visual-editing';
import { PREVIEW_PATHS } from '@mkb010/model';
import { PREVIEW_DIGEST_META, PREVIEW_VERSION_META } from './changes.ts';

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

/** The content of `doc`'s `<meta name>`, if it has one. */
const metaOf = (doc: Document, name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? undefined;

/**
 * The version this page's address shows now, if what it shows is unchanged (the same digest as this
 * page's); undefined when it changed or cannot be told.
 */
async function sameAgain(): Promise<string | undefined> {
  const digest = metaOf(document, PREVIEW_DIGEST_META);
  if (!digest) return undefined;
  try {
    const answer = await fetch(location.href, { cache: 'no-store', credentials: 'same-origin' });
    if (!answer.ok) return undefined;
    const fresh = new DOMParser().parseFromString(await answer.text(), 'text/html');
    return metaOf(fresh, PREVIEW_DIGEST_META) === digest ? metaOf(fresh, PREVIEW_VERSION_META) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page's own line to its server (src/preview/changes.ts): when the server has read newer drafts
 * than this page shows, reload if what the page shows changed, also while the Studio's connection is
 * not (yet) back after a reload. Only a newer version than the page's triggers it, so a reloaded page
 * does not reload again; an unchanged page takes the newer version as its own and listens on.
 */
function followServer(): void {
  const version = document.querySelector<HTMLMetaElement>(`meta[name="${PREVIEW_VERSION_META}"]`);
  if (!version?.content) return;
  let changes: EventSource | undefined;
  const listen = () => {
    changes = new EventSource(`${PREVIEW_PATHS.changes}?${new URLSearchParams({ after: version.content })}`);
    changes.addEventListener('changed', async () => {
      changes?.close();
      const same = await sameAgain();
      if (same === undefined || Number(same) <= Number(version.content)) {
        location.reload();
        return;
      }
      version.content = same;
      listen();
    });
  };
  listen();
  addEventListener('pagehide', () => changes?.close());
}

followServer();
