// Reads a posted form against the model's field definitions: every value cleaned of control
// characters (a line break in a name can never reach a mail header), checked for its limit and
// shape, and every problem named by its field in the visitor's language.
import { type Bilingual, FORM_FIELDS, type FormField, type FormKind, HONEYPOT_FIELD, isLang, type Lang } from '@mkb010/model';
import { brokenForm, FIELD_MESSAGES, tooLong } from './text.ts';

/** A field that needs the visitor's attention. */
export interface FieldProblem {
  field: string;
  message: Bilingual;
}

/** A form as it arrived: the cleaned values (what the visitor typed, to show again) and its problems. */
export interface ReadForm {
  values: Record<string, string>;
  problems: FieldProblem[];
  /** True when the honeypot was filled in: a robot, refused without saying why. */
  honeypot: boolean;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(?:\.[^\s@<>()[\]\\,;:".]+)+$/u;
const PHONE = /^\+?[\d\s().-]+$/;
const DOC_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** True for something that looks like an e-mail address (one @, a dot in the domain, no spaces or brackets). */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** The first string value of a posted field (a field sent twice counts once). */
function first(value: unknown): string {
  if (Array.isArray(value)) return first(value[0]);
  return typeof value === 'string' ? value : '';
}

/**
 * A value without control characters: line breaks become one `\n` in multi-line fields and a space
 * elsewhere, so what the visitor sees is what is stored and sent.
 */
export function cleanValue(raw: string, multiline: boolean): string {
  const text = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  if (multiline) return text.replace(/[^\S\n]*[\u0000-\u0008\u000b-\u001f\u007f][^\S\n]*/g, ' ').trim();
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The problem with one field's value, if any. */
function fieldProblem(field: FormField, value: string): Bilingual | undefined {
  const messages = FIELD_MESSAGES[field.name] ?? {};
  const hidden = field.input === 'hidden';
  if (!value) {
    if (!field.required) return undefined;
    return hidden ? brokenForm(field.name) : (messages.missing ?? brokenForm(field.name));
  }
  if (field.maxLength !== undefined && value.length > field.maxLength) {
    return hidden ? brokenForm(field.name) : tooLong(field.maxLength, value.length);
  }
  if (field.values && !field.values.includes(value)) return hidden ? brokenForm(field.name) : (messages.missing ?? brokenForm(field.name));
  const shapeOk =
    field.input === 'email'
      ? isEmailAddress(value)
      : field.input === 'tel'
        ? PHONE.test(value) && value.replace(/\D/g, '').length >= 6
        : field.name === 'docId'
          ? DOC_ID.test(value) && !value.startsWith('drafts.')
          : field.name === 'page'
            ? isSitePath(value)
            : true;
  if (!shapeOk) return messages.invalid ?? brokenForm(field.name);
  return undefined;
}

/** True for a path on the site (`/gidsen/x/`): never another host, a scheme or a backslash. */
export function isSitePath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !/[\\\s]/.test(value);
}

/** Reads the posted `body` of a `kind` form. */
export function readForm(kind: FormKind, body: unknown): ReadForm {
  const posted = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const values: Record<string, string> = {};
  const problems: FieldProblem[] = [];
  for (const field of FORM_FIELDS[kind]) {
    const value = cleanValue(first(posted[field.name]), field.input === 'textarea');
    values[field.name] = value;
    const message = fieldProblem(field, value);
    if (message) problems.push({ field: field.name, message });
  }
  return { values, problems, honeypot: first(posted[HONEYPOT_FIELD]).trim() !== '' };
}

/**
 * The visitor's language: the form's action carries it (`?lang=en`), so it is known before the
 * body is read; then a `lang` field, then the browser's preference; Dutch by default.
 */
export function requestLang(query: unknown, body: unknown, acceptLanguage: string | undefined): Lang {
  const fromQuery = first((query as Record<string, unknown> | undefined)?.lang);
  if (isLang(fromQuery)) return fromQuery;
  const fromBody = first((body as Record<string, unknown> | null | undefined)?.lang);
  if (isLang(fromBody)) return fromBody;
  return /^\s*en\b/i.test(acceptLanguage ?? '') ? 'en' : 'nl';
}
