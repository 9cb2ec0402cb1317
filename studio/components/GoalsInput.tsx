// The "Doelen" field: the goals of the themes the editor chose come first, marked with their theme,
// and a line above says which ones fit. Only a suggestion: every goal stays choosable.
import { Stack, Text } from '@sanity/ui';
import { useMemo } from 'react';
import { type ArrayOfPrimitivesInputProps, useFormValue } from 'sanity';
import { GOALS, THEMES, themeGoals } from '@mkb010/model';
import { suggestedGoalOptions } from '../schemaTypes/options';

/** The goals input, reordered by the document's themes. */
export function GoalsInput(props: ArrayOfPrimitivesInputProps) {
  const themes = useFormValue(['themes']) as string[] | undefined;
  const list = useMemo(() => suggestedGoalOptions(themes ?? []), [themes]);
  const fitting = THEMES.values.filter((t) => themes?.includes(t)).flatMap((t) => themeGoals(t).map((g) => GOALS.label(g, 'nl')));
  const schemaType = { ...props.schemaType, options: { ...props.schemaType.options, list } };
  return (
    <Stack gap={3} data-goal-suggestion="">
      <Text size={1} muted>
        {fitting.length
          ? `Past bij de gekozen thema’s: ${fitting.join(', ')}. Kies alleen de doelen waar dit echt bij helpt.`
          : 'Kies eerst een thema: dan zie je hier welke doelen erbij passen.'}
      </Text>
      {props.renderDefault({ ...props, schemaType })}
    </Stack>
  );
}
