// Every date and date-time field of the schema gets the model's "this date exists" rule, here in
// one place, so a date field added later is covered without anyone remembering to add it.
import type { Rule, SchemaTypeDefinition } from 'sanity';
import { existingDate } from './rules';

type Definition = { type?: string; validation?: unknown; fields?: Definition[]; of?: Definition[] };

/** The field with the existing-date rule added to its own rules (for `date` and `datetime`). */
function withRule<T extends Definition>(field: T): T {
  const kind = field.type;
  const own = field.fields ? { fields: field.fields.map(withRule) } : field.of ? { of: field.of.map(withRule) } : {};
  if (kind !== 'date' && kind !== 'datetime') return { ...field, ...own };
  const original = field.validation as ((rule: Rule) => unknown) | undefined;
  return {
    ...field,
    validation: (rule: Rule) => [
      ...[original ? original(rule) : []].flat(),
      rule.custom((value: string | undefined) => existingDate(value, kind)),
    ],
  };
}

/** The schema types with every date and date-time field checked for being a date that exists. */
export function withExistingDates<T extends SchemaTypeDefinition>(types: T[]): T[] {
  return types.map((type) => withRule(type as T & Definition));
}
