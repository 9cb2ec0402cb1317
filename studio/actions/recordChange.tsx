// "Wijziging vastleggen": adds a dated note to the change log of a scheme or guide ("Het
// maximumbedrag is verhoogd naar €5.000"). The page shows the newest note near the top and the
// whole list under the text; the feeds and the daily digest carry it. The entry must meet the same
// rules the field's validation and the build apply (a date that has come, a note in the right
// language), so the dialog refuses what publishing would refuse.
import { EditIcon } from '@sanity/icons/Edit';
import { Box, Button, Card, Flex, Stack, Text, TextArea, TextInput } from '@sanity/ui';
import { amsterdamDay, type ChangeEntry } from '@mkb010/model';
import { useState } from 'react';
import { type DocumentActionComponent, useDocumentOperation } from 'sanity';
import { changeEntryAllowed, noteLanguages } from '../schemaTypes/lifecycle';

/** The types with a change log. */
const TYPES_WITH_CHANGE_LOG = ['scheme', 'guide'];

/** What the editor typed in the dialog. */
export interface ChangeForm {
  date: string;
  nl: string;
  en: string;
}

/** A Sanity patch operation as `useDocumentOperation().patch.execute` takes it. */
type PatchOperation = Record<string, unknown>;

/**
 * The patch that appends the entry, or the editor's message when the entry would be refused.
 * `key` becomes the entry's `_key` (feeds and mails name the change by it).
 */
export function changePatch(
  form: ChangeForm,
  doc: { _type?: string; language?: unknown },
  now: Date,
  key: string,
): { patches: PatchOperation[] } | { error: string } {
  const note = Object.fromEntries(
    (['nl', 'en'] as const).map((lang) => [lang, form[lang].trim()] as const).filter(([, text]) => text !== ''),
  );
  const entry: ChangeEntry & { _type: string; _key: string } = { _type: 'changeEntry', _key: key, date: form.date, note };
  const verdict = changeEntryAllowed(entry, doc, now);
  if (verdict !== true) return { error: verdict };
  return { patches: [{ setIfMissing: { changeLog: [] } }, { insert: { after: 'changeLog[-1]', items: [entry] } }] };
}

/** The dialog's form: date (today by default), the note in Dutch and English. */
function RecordChangeForm(props: { doc: { _type?: string; language?: unknown }; onSave: (patches: PatchOperation[]) => void }) {
  const [form, setForm] = useState<ChangeForm>({ date: amsterdamDay(new Date()), nl: '', en: '' });
  const [error, setError] = useState<string>();
  const required = noteLanguages(props.doc);
  const label = (lang: 'nl' | 'en') => `${lang === 'nl' ? 'Nederlands' : 'Engels'}${required.includes(lang) ? '' : ' (optioneel)'}`;
  const save = () => {
    const result = changePatch(form, props.doc, new Date(), crypto.randomUUID().slice(0, 12));
    if ('error' in result) setError(result.error);
    else props.onSave(result.patches);
  };
  return (
    <Box padding={4}>
      <Stack gap={4}>
        <Text size={1} muted>
          Bezoekers zien de nieuwste wijziging bovenaan de pagina en in de feeds en e-mails. Publiceer daarna het document.
        </Text>
        <Stack gap={2}>
          <Text as="label" htmlFor="change-date" size={1} weight="semibold">
            Gewijzigd op
          </Text>
          <TextInput id="change-date" type="date" value={form.date} onChange={(e) => setForm({ ...form, date: e.currentTarget.value })} />
        </Stack>
        {(['nl', 'en'] as const).map((lang) => (
          <Stack gap={2} key={lang}>
            <Text as="label" htmlFor={`change-note-${lang}`} size={1} weight="semibold">
              Wat is er veranderd? {label(lang)}
            </Text>
            <TextArea
              id={`change-note-${lang}`}
              rows={2}
              value={form[lang]}
              onChange={(e) => setForm({ ...form, [lang]: e.currentTarget.value })}
            />
          </Stack>
        ))}
        {error && (
          <Card padding={3} radius={2} tone="critical" role="alert">
            <Text size={1}>{error}</Text>
          </Card>
        )}
        <Flex justify="flex-end">
          <Button text="Vastleggen" tone="primary" onClick={save} />
        </Flex>
      </Stack>
    </Box>
  );
}

/** Document action on schemes and guides: record a change with its date and note. */
export const recordChangeAction: DocumentActionComponent = (props) => {
  const { patch } = useDocumentOperation(props.id, props.type);
  const [open, setOpen] = useState(false);
  if (!TYPES_WITH_CHANGE_LOG.includes(props.type)) return null;
  const doc = (props.draft ?? props.published ?? { _type: props.type }) as { _type?: string; language?: unknown };
  return {
    label: 'Wijziging vastleggen',
    icon: EditIcon,
    title: 'Leg vast wat er is veranderd, met de datum. Het komt op de pagina, in de feeds en in de e-mails.',
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: 'Wijziging vastleggen',
      onClose: () => setOpen(false),
      content: (
        <RecordChangeForm
          doc={doc}
          onSave={(patches) => {
            patch.execute(patches);
            setOpen(false);
            props.onComplete();
          }}
        />
      ),
    },
  };
};
recordChangeAction.displayName = 'RecordChangeAction';
