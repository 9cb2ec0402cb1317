// Which partner owns a document, read from the one field each type uses for it. The desk's
// per-partner lists, the "new document from a partner's list" templates, the ownership guard and
// the editor report all take the owner from here.

/** Types that belong to a partner, with the field that names it and whether it holds several. */
export const OWNER_FIELDS = {
  guide: { field: 'partner', many: false },
  story: { field: 'partner', many: false },
  event: { field: 'organisers', many: true },
  scheme: { field: 'providerPartner', many: false },
  impactReport: { field: 'partner', many: false },
} as const;

/** A type that belongs to a partner. */
export type OwnedType = keyof typeof OWNER_FIELDS;

/** Whether documents of `type` belong to a partner. */
export function isOwnedType(type: string): type is OwnedType {
  return Object.hasOwn(OWNER_FIELDS, type);
}

type Ref = { _ref?: string } | undefined;

/** The published ids of the partners that own `doc` (a partner owns its own document). */
export function ownerIds(doc: { _id?: string; _type: string; [field: string]: unknown }): string[] {
  const publishedId = (id: string) => id.replace(/^drafts\./, '');
  if (doc._type === 'partner' && doc._id) return [publishedId(doc._id)];
  if (!isOwnedType(doc._type)) return [];
  const { field, many } = OWNER_FIELDS[doc._type];
  const refs = (many ? ((doc[field] as Ref[] | undefined) ?? []) : [doc[field] as Ref]).map((ref) => ref?._ref);
  return refs.filter((id): id is string => Boolean(id)).map(publishedId);
}

/** The owner field's value for a new document of `type` that belongs to `partnerId`. */
export function ownerValue(type: OwnedType, partnerId: string): Record<string, unknown> {
  const ref = { _type: 'reference', _ref: partnerId.replace(/^drafts\./, '') };
  const { field, many } = OWNER_FIELDS[type];
  return { [field]: many ? [{ ...ref, _key: 'eigenaar' }] : ref };
}

/** GROQ filter for the documents of `type` that belong to the partner in `$partnerId`. */
export function ownedByFilter(type: OwnedType): string {
  const { field, many } = OWNER_FIELDS[type];
  return many ? `_type == "${type}" && $partnerId in ${field}[]._ref` : `_type == "${type}" && ${field}._ref == $partnerId`;
}
