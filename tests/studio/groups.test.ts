// Walks the Studio schema: in every document type with groups (form tabs), every field belongs to a
// group, one group is the tab the form opens with, and every field an editor must fill in is on it,
// so Publish is never blocked by a field the editor cannot see.
import { expect, test } from 'vitest';
import { documentTypes } from '../../studio/schemaTypes';
import { studioSchema, validate } from './harness';

interface Group {
  name: string;
  title?: string;
  default?: boolean;
}

interface CompiledField {
  name: string;
  group?: string | string[];
}

/** The top-level fields an empty new document of `type` is blocked on (errors, not warnings). */
async function requiredFields(type: string): Promise<Set<string>> {
  const markers = await validate({ _id: `drafts.leeg-${type}`, _type: type });
  return new Set(markers.filter((m) => m.level === 'error').map((m) => String(m.path[0])));
}

const grouped = documentTypes.filter((type) => 'groups' in type && type.groups?.length);

test('event, scheme, partner, guide and campaign forms have tabs', () => {
  expect(grouped.map((type) => type.name)).toEqual(expect.arrayContaining(['guide', 'event', 'scheme', 'partner', 'campaign']));
});

test.each(grouped.map((type) => [type.name]))(
  '%s: every field is in a group and every required field is on the opening tab',
  async (name) => {
    const schema = await studioSchema();
    const type = schema.get(name) as unknown as { groups?: Group[]; fields: CompiledField[] };
    const groups = type.groups ?? [];
    const opening = groups.filter((group) => group.default);
    expect(opening, 'exactly one group opens by default').toHaveLength(1);
    const names = new Set(groups.map((group) => group.name));
    for (const field of type.fields) {
      const memberOf = [field.group ?? []].flat();
      expect(memberOf.length, `${name}.${field.name} belongs to no group`).toBeGreaterThan(0);
      for (const group of memberOf) expect(names.has(group), `${name}.${field.name}: unknown group "${group}"`).toBe(true);
    }
    const required = await requiredFields(name);
    expect(required.size, `an empty ${name} is blocked on some field`).toBeGreaterThan(0);
    for (const fieldName of required) {
      const field = type.fields.find((f) => f.name === fieldName);
      expect([field?.group ?? []].flat(), `${name}.${fieldName} is required but not on the "${opening[0]!.title}" tab`).toContain(
        opening[0]!.name,
      );
    }
  },
);
