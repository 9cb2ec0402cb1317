// Sanity's date and date-time inputs report text they cannot read in English ("Invalid date. Must be
// on the format …", from @sanity/util, outside its locale). They report it through the form's
// parse-errors context, which the field's message and the validation list read; this wrapper hands
// the input a context that turns the message into Dutch before it gets there.
import { type ReactNode, useContext, useMemo } from 'react';
import type { InputProps, SchemaType } from 'sanity';
import { ParseErrorsContext } from 'sanity/_singletons';

/** Whether `schemaType` is Sanity's `date` or `datetime`, or a type built on one. */
export function dateKind(schemaType: SchemaType | undefined): 'date' | 'datetime' | undefined {
  for (let type: SchemaType | undefined = schemaType; type; type = type.type) {
    if (type.name === 'date' || type.name === 'datetime') return type.name;
  }
  return undefined;
}

/** The Dutch message for a date the input could not read. */
export function dutchDateParseError(kind: 'date' | 'datetime'): string {
  return kind === 'datetime'
    ? 'Deze datum en tijd kan de Studio niet lezen. Schrijf dag-maand-jaar in cijfers en dan de tijd, bijvoorbeeld 20-1-2027 19:00, of kies in de kalender.'
    : 'Deze datum kan de Studio niet lezen. Schrijf dag-maand-jaar in cijfers, bijvoorbeeld 20-1-2027, of kies in de kalender.';
}

/** A date or date-time input whose "cannot read this" message is Dutch. */
export function DutchDateInput({ kind, children }: { kind: 'date' | 'datetime'; children: ReactNode }) {
  const parent = useContext(ParseErrorsContext);
  const value = useMemo(
    () => ({
      ...parent,
      set: (pathKey: string, error: { message: string } | null) => parent.set(pathKey, error && { message: dutchDateParseError(kind) }),
    }),
    [parent, kind],
  );
  return <ParseErrorsContext.Provider value={value}>{children}</ParseErrorsContext.Provider>;
}

/** Renders `props` with Dutch parse errors when it is a date input, else as Sanity would. */
export function renderDateInput(props: InputProps): ReactNode | undefined {
  const kind = dateKind(props.schemaType);
  return kind ? <DutchDateInput kind={kind}>{props.renderDefault(props)}</DutchDateInput> : undefined;
}
