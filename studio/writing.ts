// The writing check in the Studio: the content package's check run on the document being edited,
// its warnings placed on the fields they are about (as warnings, so Publish stays enabled), and
// fields named by the titles the form shows. docs/writing-check.md describes the check itself.
import type { ArraySchemaType, ObjectSchemaType, SchemaType } from 'sanity';
import { checkWriting, defaultFieldLabel, openWarnings, type PathStep, sanityPath, type WritingResult } from '@mkb010/content/writing';

/** A field's title as the form shows it, without the "(optioneel)" the form adds for editors. */
const title = (type: SchemaType | undefined, fallback: string) => (type?.title ?? fallback).replace(/\s*\(optioneel\)$/i, '');

/**
 * Names a field by the schema's own titles: "Stappen › Stap 2 › Uitleg", "Samenvatting › Engels".
 * Falls back to the check's own names where the schema and the value disagree.
 */
export function schemaFieldLabel(documentType: SchemaType | undefined): (steps: PathStep[]) => string {
  if (!documentType) return defaultFieldLabel;
  return (steps) => {
    const parts: string[] = [];
    let type: SchemaType | undefined = documentType;
    for (const step of steps) {
      if ('field' in step) {
        const fields: ObjectSchemaType['fields'] = (type as ObjectSchemaType | undefined)?.fields ?? [];
        const field = fields.find((f) => f.name === step.field);
        if (!field) return defaultFieldLabel(steps);
        type = field.type;
        parts.push(title(type, step.field));
      } else {
        const members: SchemaType[] = (type as ArraySchemaType | undefined)?.of ?? [];
        const member: SchemaType | undefined = members.find((m) => m.name === step.type) ?? (members.length === 1 ? members[0] : undefined);
        // A paragraph of rich text is not a field: the warning names the text it is in.
        if (!member || member.name === 'block') continue;
        type = member;
        parts.push(`${title(member, step.type ?? '')} ${step.item + 1}`.trim());
      }
    }
    return parts.join(' › ') || 'Document';
  };
}

/** The check of `doc` with the Studio's field names. */
export function studioWritingCheck(doc: unknown, documentType: SchemaType | undefined): WritingResult {
  return checkWriting(doc, { fieldLabel: schemaFieldLabel(documentType) });
}

/** A warning as Sanity's validation takes it: the message, and the path of the field it belongs on. */
export interface FieldWarning {
  message: string;
  path: ReturnType<typeof sanityPath>;
}

/** The open warnings of `doc`, each on its own field; `true` when there are none. */
export function writingWarnings(doc: unknown, documentType: SchemaType | undefined): true | FieldWarning[] {
  const open = openWarnings(studioWritingCheck(doc, documentType));
  return open.length ? open.map((w) => ({ message: w.message, path: sanityPath(w.path) })) : true;
}
