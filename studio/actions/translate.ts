// "Engelse versie maken" / "Nederlandse versie maken": creates the other language's document as a
// draft, with every field that holds no language copied (references, dates, numbers, choices,
// images) and the text left for the translator, linked through the English document's
// `translationOf` (the one link the site reads in both directions).
import { TranslateIcon } from '@sanity/icons/Translate';
import { type Lang, TRANSLATED_TYPES } from '@mkb010/model';
import { type DocumentActionComponent, useClient } from 'sanity';
import { useRouter } from 'sanity/router';
import { useForeignOwnerMessage } from '../components/ownership';
import { documentTypes } from '../schemaTypes';
import { SANITY_API_VERSION } from '@mkb010/content/api';

type Doc = { _id: string; _type: string; language?: string; translationOf?: { _ref?: string }; [field: string]: unknown };
type FieldDef = { name: string; type: string; options?: { list?: unknown }; of?: FieldDef[] };

/** Field types whose values are the same in every language. */
const LANGUAGE_FREE = new Set(['reference', 'date', 'datetime', 'number', 'boolean', 'image']);

/** Whether a field's value holds no language (so a translation keeps it). */
function languageFree(field: FieldDef): boolean {
  if (LANGUAGE_FREE.has(field.type)) return true;
  if (field.type === 'string') return Boolean(field.options?.list);
  if (field.type === 'array')
    return (field.of ?? []).every((member) => member.type === 'reference' || (member.type === 'string' && Boolean(field.options?.list)));
  return false;
}

/** The fields of `type` a new translation copies from the original. */
export function copiedFields(type: string): string[] {
  const def = documentTypes.find((d) => d.name === type) as unknown as { fields: FieldDef[] } | undefined;
  return (def?.fields ?? []).filter((f) => !['language', 'translationOf', 'slug'].includes(f.name) && languageFree(f)).map((f) => f.name);
}

/** The part of a Sanity client this action uses. */
export interface TranslationClient {
  fetch<R>(query: string, params: Record<string, unknown>): Promise<R>;
  transaction(): { create(doc: object): unknown; createOrReplace(doc: object): unknown; commit(): Promise<unknown> };
}

/** Creates the other language's draft for `doc` (or finds the one that exists); returns its id. */
export async function createTranslation(client: TranslationClient, doc: Doc): Promise<{ id: string; created: boolean }> {
  const publishedId = doc._id.replace(/^drafts\./, '');
  const target: Lang = doc.language === 'en' ? 'nl' : 'en';
  const existing =
    target === 'en'
      ? await client.fetch<string | null>('*[_type == $type && translationOf._ref == $id][0]._id', { type: doc._type, id: publishedId })
      : doc.translationOf?._ref;
  if (existing) return { id: existing.replace(/^drafts\./, ''), created: false };
  const id = crypto.randomUUID();
  const link = (to: string) => ({ _type: 'reference', _ref: to, _weak: true, _strengthenOnPublish: { type: doc._type } });
  const copy = Object.fromEntries(
    copiedFields(doc._type)
      .filter((f) => doc[f] !== undefined)
      .map((f) => [f, doc[f]]),
  );
  const tx = client.transaction();
  tx.create({
    _id: `drafts.${id}`,
    _type: doc._type,
    ...copy,
    language: target,
    ...(target === 'en' ? { translationOf: link(publishedId) } : {}),
  });
  // The English original now points to its new Dutch version.
  if (target === 'nl') tx.createOrReplace({ ...doc, _id: `drafts.${publishedId}`, translationOf: link(id) });
  await tx.commit();
  return { id, created: true };
}

/** Document action on guides, stories, campaigns and pages: make (or open) the other language's version. */
export const translateAction: DocumentActionComponent = (props) => {
  const client = useClient({ apiVersion: SANITY_API_VERSION });
  const router = useRouter();
  const doc = (props.draft ?? props.published) as Doc | null;
  // Another partner's document: its translation is theirs to make.
  const foreign = useForeignOwnerMessage(doc);
  if (!doc || !TRANSLATED_TYPES.includes(doc._type as never)) return null;
  const toEnglish = doc.language !== 'en';
  return {
    label: toEnglish ? 'Engelse versie maken' : 'Nederlandse versie maken',
    icon: TranslateIcon,
    disabled: Boolean(foreign),
    title:
      foreign ??
      (toEnglish
        ? 'Maakt een Engels concept met dezelfde koppelingen; de teksten vertaal je zelf.'
        : 'Maakt een Nederlands concept en koppelt deze Engelse versie eraan.'),
    onHandle: async () => {
      const { id } = await createTranslation(client as unknown as TranslationClient, doc);
      router.navigateIntent('edit', { id, type: doc._type });
      props.onComplete();
    },
  };
};
translateAction.displayName = 'TranslateAction';
