// Sanity's perspectives: which one a load uses, and how a plain list of documents looks through it,
// as the Content Lake applies them.

/** What a load shows: published documents only, or each draft in place of its published version. */
export type Perspective = 'published' | 'drafts';

const DRAFT = 'drafts.';

/** Returns the perspective CONTENT_PERSPECTIVE asks for: published (default) or drafts (a preview). */
export function contentPerspective(env: Record<string, string | undefined>): Perspective {
  const raw = (env.CONTENT_PERSPECTIVE ?? 'published').trim() || 'published';
  if (raw !== 'published' && raw !== 'drafts') {
    throw new Error(`CONTENT_PERSPECTIVE="${raw}" is not supported. Use "published" or "drafts".`);
  }
  return raw;
}

/** True for ids that never show in the published perspective (drafts and release versions). */
function isUnpublishedId(id: string): boolean {
  return id.startsWith(DRAFT) || id.startsWith('versions.');
}

/**
 * `published`: only published documents. `drafts`: each draft overlays its published document
 * under the published id (with `_originalId` telling where it came from), as Sanity does.
 */
export function applyPerspective<D extends { _id: string }>(documents: D[], perspective: Perspective): D[] {
  if (perspective === 'published') return documents.filter((d) => !isUnpublishedId(d._id));
  const byId = new Map<string, D>();
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
