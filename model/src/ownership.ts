// Which partner owns a document, read from the one field each type uses for it, and who edits for
// which partner (site settings). The desk's per-partner lists, the "new document from a partner's
// list" templates, the ownership guard, the editor report and the Studio's Redactierapport all
// take the owner from here.

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

// A stored reference (`_ref`), or the partner it resolves to (`_id`) as loaded content holds it.
type Ref = { _ref?: string; _id?: string } | undefined;

/** The published ids of the partners that own `doc` (a partner owns its own document). */
export function ownerIds(doc: { _id?: string; _type: string; [field: string]: unknown }): string[] {
  const publishedId = (id: string) => id.replace(/^drafts\./, '');
  if (doc._type === 'partner' && doc._id) return [publishedId(doc._id)];
  if (!isOwnedType(doc._type)) return [];
  const { field, many } = OWNER_FIELDS[doc._type];
  const refs = (many ? ((doc[field] as Ref[] | undefined) ?? []) : [doc[field] as Ref]).map((ref) => ref?._ref ?? ref?._id);
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

/** Who may change what, as kept in the site settings. */
export interface EditorSettings {
  commsTeam?: string[];
  partnerEditors?: { partner?: { _ref?: string }; editors?: string[] }[];
}

/** The Studio user, as Sanity's current user gives it. */
export interface StudioUser {
  id: string;
  email?: string;
}

/** Whether `user` is the person an entry (e-mail address or user id) names. */
function names(entry: string, user: StudioUser): boolean {
  const wanted = entry.trim().toLowerCase();
  return wanted === user.id.toLowerCase() || (Boolean(user.email) && wanted === user.email!.toLowerCase());
}

/** The partners `user` edits for; empty when the user is on the comms team or not a partner editor. */
export function editorPartners(user: StudioUser | null | undefined, settings: EditorSettings | null | undefined): string[] {
  if (!user || !settings) return [];
  if ((settings.commsTeam ?? []).some((entry) => names(entry, user))) return [];
  return (settings.partnerEditors ?? [])
    .filter((list) => list.partner?._ref && (list.editors ?? []).some((entry) => names(entry, user)))
    .map((list) => list.partner!._ref!.replace(/^drafts\./, ''));
}

/**
 * The partner that owns `doc` when `user` is an editor of a different partner (the courtesy guard
 * applies), or undefined when the user may publish, unpublish and delete it.
 */
export function foreignOwner(
  doc: { _id?: string; _type: string; [field: string]: unknown } | null | undefined,
  user: StudioUser | null | undefined,
  settings: EditorSettings | null | undefined,
): string | undefined {
  const mine = editorPartners(user, settings);
  if (!doc || mine.length === 0) return undefined;
  const owners = ownerIds(doc);
  if (owners.length === 0 || owners.some((id) => mine.includes(id))) return undefined;
  return owners[0];
}
