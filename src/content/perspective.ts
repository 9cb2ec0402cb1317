// Sanity's perspectives over a plain list of documents, as the Content Lake applies them.
import type { Perspective } from '../lib/build-env.ts';
import type { RawDocument } from './dataset-file.ts';

const DRAFT = 'drafts.';

/** True for ids that never show in the published perspective (drafts and release versions). */
function isUnpublishedId(id: string): boolean {
  return id.startsWith(DRAFT) || id.startsWith('versions.');
}

/**
 * `published`: only published documents. `drafts`: each draft overlays its published document
 * under the published id (with `_originalId` telling where it came from), as Sanity does.
 */
export function applyPerspective(documents: RawDocument[], perspective: Perspective): RawDocument[] {
  if (perspective === 'published') return documents.filter((d) => !isUnpublishedId(d._id));
  const byId = new Map<string, RawDocument>();
  for (const doc of documents) {
    if (doc._id.startsWith('versions.')) continue;
    if (doc._id.startsWith(DRAFT)) continue;
    byId.set(doc._id, { ...doc, _originalId: doc._id });
  }
  for (const doc of documents) {
    if (!doc._id.startsWith(DRAFT)) continue;
    const id = doc._id.slice(DRAFT.length);
    byId.set(id, { ...doc, _id: id, _originalId: doc._id });
  }
  return [...byId.values()];
}
