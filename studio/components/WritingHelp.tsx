// The "Schrijfhulp" field: the document's readability score and every writing warning, each with a
// "Bewust zo" checkbox. A ticked warning's key is stored in the field (`writingIntended`), so the
// warning stops repeating on its text field, in the Redactierapport and in the build's report.
import { Box, Button, Card, Checkbox, Flex, Stack, Text } from '@sanity/ui';
import { useId, useMemo } from 'react';
import { type ArrayOfPrimitivesInputProps, set, unset, useFormValue, useSchema } from 'sanity';
import { B1_MIN_SCORE, type WritingWarning } from '@mkb010/content/writing';
import { countOf, plural } from '@mkb010/model';
import { studioWritingCheck } from '../writing';

/** The score as a sentence: the figure, and whether it is in the B1 band. */
function scoreSentence(score: number | null, words: number): string {
  if (score === null) return 'Nog geen Nederlandse tekst om de leesbaarheid van te meten.';
  const band = score >= B1_MIN_SCORE ? 'dat past bij taalniveau B1' : `B1 begint bij ${B1_MIN_SCORE}`;
  return `Leesgemak (Flesch-Douma): ${score} over ${words} woorden; ${band}.`;
}

/** The field's input: score, warnings and their "Bewust zo" checkboxes. */
export function WritingHelpInput(props: ArrayOfPrimitivesInputProps) {
  const { onChange, readOnly } = props;
  const value = props.value as string[] | undefined;
  const doc = useFormValue([]) as { _type?: string } | undefined;
  const schema = useSchema();
  const result = useMemo(() => studioWritingCheck(doc, doc?._type ? schema.get(doc._type) : undefined), [doc, schema]);
  const marked = useMemo(() => new Set(value ?? []), [value]);
  // Marks whose text has changed since: they match nothing any more and can be cleared.
  const stale = [...marked].filter((key) => !result.warnings.some((w) => w.key === key));

  const save = (keys: string[]) => onChange(keys.length ? set(keys) : unset());
  const toggle = (warning: WritingWarning) =>
    save(marked.has(warning.key) ? [...marked].filter((k) => k !== warning.key) : [...marked, warning.key]);

  const open = result.warnings.filter((w) => !w.intended);
  const intended = result.warnings.filter((w) => w.intended);
  return (
    <Stack gap={3} data-writing-help="">
      <Text size={1}>{scoreSentence(result.score, result.words)}</Text>
      {result.fields.length > 1 && (
        <Text size={1} muted>
          Per veld: {result.fields.map((f) => `${f.field} ${f.score ?? '–'}`).join(' · ')}
        </Text>
      )}
      <Text size={1} weight="semibold">
        {open.length === 0
          ? 'Geen schrijftips: de tekst is helder.'
          : countOf(open.length, 'nl', { one: 'schrijftip', other: 'schrijftips' })}
      </Text>
      {[...open, ...intended].map((warning) => (
        <WarningRow key={warning.key} warning={warning} readOnly={Boolean(readOnly)} onToggle={() => toggle(warning)} />
      ))}
      {stale.length > 0 && (
        <Card padding={3} radius={2} tone="transparent" border>
          <Flex gap={3} align="center" wrap="wrap">
            <Text size={1} muted>
              {plural(stale.length, 'nl', {
                one: `${stale.length} markering "bewust zo" hoort bij tekst die er niet meer staat.`,
                other: `${stale.length} markeringen "bewust zo" horen bij tekst die er niet meer staat.`,
              })}
            </Text>
            {!readOnly && (
              <Button text="Opruimen" mode="ghost" fontSize={1} onClick={() => save([...marked].filter((k) => !stale.includes(k)))} />
            )}
          </Flex>
        </Card>
      )}
    </Stack>
  );
}

/** One warning: its sentence, and the checkbox that marks it intended. */
function WarningRow({ warning, readOnly, onToggle }: { warning: WritingWarning; readOnly: boolean; onToggle: () => void }) {
  const id = useId();
  return (
    <Card padding={3} radius={2} border tone={warning.intended ? 'transparent' : 'caution'} data-writing-warning={warning.kind}>
      <Flex gap={3} align="flex-start">
        <Box flex={1}>
          <Text size={1} muted={warning.intended}>
            {warning.message}
          </Text>
        </Box>
        <Flex gap={2} align="center">
          <Checkbox id={id} checked={warning.intended} readOnly={readOnly} disabled={readOnly} onChange={onToggle} />
          <label htmlFor={id}>
            <Text size={1}>Bewust zo</Text>
          </label>
        </Flex>
      </Flex>
    </Card>
  );
}
