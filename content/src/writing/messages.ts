// Each warning as one sentence for the editor: it names the field, quotes the passage and says what
// to do. Dutch is what the Studio shows; English serves `content:report -- --lang en`.
import { dictionary, type Lang } from '@mkb010/model';
import type { FindingDetail, WarningKind } from './findings.ts';
import { ALT_MAX_LENGTH, MAX_SENTENCE_WORDS } from './lists.ts';
import { B1_MIN_SCORE } from './readability.ts';

/** What a message is made from. */
export interface MessageParts {
  kind: WarningKind;
  /** The field as editors know it. */
  field: string;
  passage: string;
  detail: FindingDetail;
}

const HEADING = dictionary({
  nl: {
    levelName: (level: number) =>
      level <= 1 ? 'de paginatitel' : level === 2 ? '"Kop"' : level === 3 ? '"Tussenkop"' : `kop van niveau ${level}`,
  },
  en: {
    levelName: (level) =>
      level <= 1 ? 'the page title' : level === 2 ? '"Kop" (heading)' : level === 3 ? '"Tussenkop" (subheading)' : `level ${level} heading`,
  },
});

type Texts = Record<WarningKind, (p: MessageParts) => string>;

const NL: Texts = {
  readability: ({ detail }) =>
    `De tekst scoort ${detail.count} op leesgemak (Flesch-Douma) en B1 begint bij ${B1_MIN_SCORE}, dus maak zinnen korter en kies kortere woorden.`,
  'long-sentence': ({ field, passage, detail }) =>
    `${field}: de zin "${passage}" heeft ${detail.count} woorden; maak er twee of meer zinnen van met elk hoogstens ${MAX_SENTENCE_WORDS} woorden.`,
  'long-word': ({ field, passage, detail }) =>
    `${field}: "${passage}" is een lang woord (${detail.count} lettergrepen); kies een korter of bekender woord, of schrijf het anders.`,
  passive: ({ field, passage }) =>
    `${field}: "${passage}" is een lijdende vorm; schrijf actief en begin met wie iets doet, zoals "de gemeente betaalt" in plaats van "wordt betaald door de gemeente".`,
  officialese: ({ field, passage, detail }) =>
    `${field}: "${passage}" is ambtelijke taal; schrijf "${(detail.alternatives ?? []).join('" of "')}".`,
  'link-vague': ({ field, passage }) =>
    `${field}: de linktekst "${passage}" zegt niet waar de link heen gaat; schrijf in de linktekst zelf waar de lezer uitkomt, zoals "Bekijk de voorwaarden van de regeling".`,
  'link-url': ({ field, passage }) =>
    `${field}: de linktekst "${passage}" is een kaal webadres; schrijf in woorden waar de link heen gaat.`,
  'link-repeated': ({ field, passage }) =>
    `${field}: de linktekst "${passage}" staat op deze pagina ook bij een link naar een andere plek; geef elke link een eigen tekst.`,
  'heading-skip': ({ field, passage, detail }) =>
    `${field}: de kop "${passage}" is een ${HEADING.nl.levelName(detail.to ?? 0)} direct na ${HEADING.nl.levelName(detail.from ?? 1)}; kies ${HEADING.nl.levelName((detail.from ?? 1) + 1)}, zodat de koppen geen niveau overslaan.`,
  'heading-empty': ({ field }) => `${field}: hier staat een lege kop; vul de kop in of maak er gewone tekst van.`,
  'fake-heading': ({ field, passage }) =>
    `${field}: "${passage}" is vette tekst die eruitziet als een kop; kies de stijl "Kop" of "Tussenkop", zodat schermlezers hem als kop herkennen.`,
  'alt-filename': ({ field, passage }) =>
    `${field}: de alternatieve tekst "${passage}" is een bestandsnaam; beschrijf in één zin wat er op de afbeelding te zien is.`,
  'alt-prefix': ({ field, passage }) =>
    `${field}: begin de alternatieve tekst niet met "${passage}", want een schermlezer zegt al dat het een afbeelding is; beschrijf meteen wat er te zien is.`,
  'alt-long': ({ field, detail }) =>
    `${field}: de alternatieve tekst is ${detail.count} tekens lang; houd hem onder de ${ALT_MAX_LENGTH} tekens en zet de rest in het bijschrift of de tekst.`,
  'alt-caption': ({ field }) =>
    `${field}: de alternatieve tekst is gelijk aan het bijschrift, zodat een schermlezer alles twee keer voorleest; beschrijf in de alternatieve tekst wat er te zien is.`,
  'date-format': ({ field, passage, detail }) => `${field}: schrijf de datum "${passage}" zoals de site dat doet: "${detail.suggestion}".`,
  'amount-euro': ({ field, passage, detail }) => `${field}: schrijf het bedrag "${passage}" met het euroteken: "${detail.suggestion}".`,
  'amount-separator': ({ field, passage, detail }) =>
    `${field}: schrijf het bedrag "${passage}" als "${detail.suggestion}", met een punt tussen de duizendtallen en een komma voor de centen.`,
};

const EN: Texts = {
  readability: ({ detail }) =>
    `The text scores ${detail.count} for reading ease (Flesch-Douma) and B1 starts at ${B1_MIN_SCORE}, so write shorter sentences and shorter words.`,
  'long-sentence': ({ field, passage, detail }) =>
    `${field}: the sentence "${passage}" has ${detail.count} words; split it into sentences of at most ${MAX_SENTENCE_WORDS} words.`,
  'long-word': ({ field, passage, detail }) =>
    `${field}: "${passage}" is a long word (${detail.count} syllables); choose a shorter or more common word, or rephrase.`,
  passive: ({ field, passage }) => `${field}: "${passage}" is a passive; write actively and start with who does what.`,
  officialese: ({ field, passage, detail }) =>
    `${field}: "${passage}" is officialese; write "${(detail.alternatives ?? []).join('" or "')}".`,
  'link-vague': ({ field, passage }) =>
    `${field}: the link text "${passage}" does not say where the link goes; say in the link text itself where the reader lands.`,
  'link-url': ({ field, passage }) => `${field}: the link text "${passage}" is a bare web address; say in words where the link goes.`,
  'link-repeated': ({ field, passage }) =>
    `${field}: the link text "${passage}" is also used on this page for a link to another place; give each link its own text.`,
  'heading-skip': ({ field, passage, detail }) =>
    `${field}: the heading "${passage}" is a ${HEADING.en.levelName(detail.to ?? 0)} right after ${HEADING.en.levelName(detail.from ?? 1)}; choose ${HEADING.en.levelName((detail.from ?? 1) + 1)} so no level is skipped.`,
  'heading-empty': ({ field }) => `${field}: there is an empty heading; fill it in or make it normal text.`,
  'fake-heading': ({ field, passage }) =>
    `${field}: "${passage}" is bold text used as a heading; choose the style "Kop" or "Tussenkop" so screen readers know it is a heading.`,
  'alt-filename': ({ field, passage }) =>
    `${field}: the alt text "${passage}" is a file name; describe in one sentence what the image shows.`,
  'alt-prefix': ({ field, passage }) =>
    `${field}: do not start the alt text with "${passage}", a screen reader already says it is an image; describe what it shows.`,
  'alt-long': ({ field, detail }) =>
    `${field}: the alt text is ${detail.count} characters long; keep it under ${ALT_MAX_LENGTH} and put the rest in the caption or the text.`,
  'alt-caption': ({ field }) =>
    `${field}: the alt text repeats the caption, so a screen reader reads it twice; describe in the alt text what the image shows.`,
  'date-format': ({ field, passage, detail }) => `${field}: write the date "${passage}" the way the site does: "${detail.suggestion}".`,
  'amount-euro': ({ field, passage, detail }) => `${field}: write the amount "${passage}" with the euro sign: "${detail.suggestion}".`,
  'amount-separator': ({ field, passage, detail }) =>
    `${field}: write the amount "${passage}" as "${detail.suggestion}", with full stops between thousands and a comma before cents.`,
};

const TEXTS = dictionary<Texts>({ nl: NL, en: EN });

/** The warning as one sentence in `lang`. */
export function warningMessage(parts: MessageParts, lang: Lang = 'nl'): string {
  return TEXTS[lang][parts.kind](parts);
}
