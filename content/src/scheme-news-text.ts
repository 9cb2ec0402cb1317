// The words for news about a scheme (opened, changed, deadline near) and for its change log, in
// both languages: the Atom feeds, the pages and the service's mails say it the same way.
import { dictionary, type Lang, type SchemeNews } from '@mkb010/model';
import { formatDay } from './dates.ts';

const TEXT = dictionary({
  nl: {
    opened: 'Nu open',
    published: 'Nieuw',
    changed: 'Gewijzigd',
    near: 'Deadline nadert',
    opensOn: (day: string) => `Aanvragen kan vanaf ${day}.`,
    applyUntil: (day: string) => `Aanvragen kan tot en met ${day}.`,
    changedOn: (day: string) => `Gewijzigd op ${day}`,
  },
  en: {
    opened: 'Now open',
    published: 'New',
    changed: 'Changed',
    near: 'Deadline approaching',
    opensOn: (day: string) => `Applications open on ${day}.`,
    applyUntil: (day: string) => `You can apply until ${day}.`,
    changedOn: (day: string) => `Updated on ${day}`,
  },
});

/** The scheme fields news wording reads. */
export interface NewsWordingScheme {
  opensAt?: string | null;
  deadline?: string | null;
  ongoing?: boolean | null;
}

/** What a piece of news is called before the scheme's title: "Nu open", "Nieuw", "Gewijzigd", "Deadline nadert". */
export function newsLabel(news: Pick<SchemeNews, 'kind'>, scheme: NewsWordingScheme, lang: Lang): string {
  const text = TEXT[lang];
  if (news.kind === 'changed') return text.changed;
  if (news.kind === 'deadline-near') return text.near;
  return scheme.opensAt ? text.opened : text.published;
}

/** "Gewijzigd op 3 februari 2027" / "Updated on 3 February 2027". */
export function changedOn(day: string, lang: Lang): string {
  return TEXT[lang].changedOn(formatDay(day, lang));
}

/**
 * The one sentence a piece of news adds: a change's note ("Gewijzigd op 3 februari 2027: …", in the
 * other language when this one has none), or when one can apply.
 */
export function newsSentence(news: Pick<SchemeNews, 'kind' | 'day' | 'note'>, scheme: NewsWordingScheme, lang: Lang): string {
  const text = TEXT[lang];
  if (news.kind === 'changed') {
    const note = news.note?.[lang] ?? news.note?.[lang === 'nl' ? 'en' : 'nl'] ?? '';
    return `${changedOn(news.day, lang)}: ${note}`;
  }
  if (!scheme.ongoing && scheme.deadline) return text.applyUntil(formatDay(scheme.deadline, lang));
  return scheme.opensAt ? text.opensOn(formatDay(scheme.opensAt, lang)) : '';
}
