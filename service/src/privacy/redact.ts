// Personal data that a visitor may type into a free-text field where none is asked for (a page
// comment, a search): e-mail addresses, IBANs and phone numbers are replaced before anything is
// stored. Deliberately generous: a long number that looks like a phone number is removed too.

const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/giu;
// Country code, two check digits, 11–30 letters or digits, in groups of four or not.
const IBAN = /\b[a-z]{2}\d{2}(?:[ ]?[a-z0-9]){11,30}\b/giu;
// Starts like a phone number (+, 00 or 0) and holds 9–15 digits with the usual separators.
const PHONE = /(?<![\w])(?:\+|00|0)[\d\s().\-/]{7,22}\d(?![\w])/gu;

/** Replacement texts, in Dutch: the editors read them. */
export const REDACTED = {
  email: '[e-mailadres verwijderd]',
  iban: '[IBAN verwijderd]',
  phone: '[telefoonnummer verwijderd]',
} as const;

/** `text` with e-mail addresses, IBANs and phone numbers replaced by a marker. */
export function redactPersonalData(text: string): string {
  return text
    .replace(EMAIL, REDACTED.email)
    .replace(IBAN, (match) => (/\d{6}/.test(match.replaceAll(' ', '')) ? REDACTED.iban : match))
    .replace(PHONE, (match) => {
      const digits = match.replace(/\D/g, '').length;
      return digits >= 9 && digits <= 15 ? REDACTED.phone : match;
    });
}
