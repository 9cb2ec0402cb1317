// The writing check's word lists, in one file so an editor-in-chief can change them without reading
// any code: officialese with its plain alternatives, link texts that say nothing out of context,
// how alt texts should not begin, and the long words every reader knows. Each list is plain data.
import type { Lang } from '@mkb010/model';

/** An officialese word or phrase and what to write instead. */
export interface Officialese {
  /** The phrase as it appears in text, lower case; `…` stands for up to three words in between. */
  phrase: string;
  /** Plain alternatives, best first. */
  plain: string[];
}

/**
 * Officialese per language: the six Dutch examples and a few more of the same kind, and
 * their English counterparts. Add a phrase here when editors keep meeting it.
 */
export const OFFICIALESE: Record<Lang, Officialese[]> = {
  nl: [
    { phrase: 'middels', plain: ['met', 'via'] },
    { phrase: 'teneinde', plain: ['om'] },
    { phrase: 'dienen te', plain: ['moeten'] },
    { phrase: 'dient te', plain: ['moet'] },
    { phrase: 'dient u … te', plain: ['u moet', 'je moet'] },
    { phrase: 'alsmede', plain: ['en', 'ook'] },
    { phrase: 'derhalve', plain: ['daarom'] },
    { phrase: 'inzake', plain: ['over'] },
    { phrase: 'aangaande', plain: ['over'] },
    { phrase: 'omtrent', plain: ['over'] },
    { phrase: 'ten behoeve van', plain: ['voor'] },
    { phrase: 'in het kader van', plain: ['bij', 'voor'] },
    { phrase: 'indien', plain: ['als'] },
    { phrase: 'thans', plain: ['nu'] },
    { phrase: 'reeds', plain: ['al'] },
    { phrase: 'hetgeen', plain: ['wat'] },
    { phrase: 'zulks', plain: ['dat'] },
    { phrase: 'dan wel', plain: ['of'] },
    { phrase: 'verstrekken', plain: ['geven'] },
    { phrase: 'trachten', plain: ['proberen'] },
  ],
  en: [
    { phrase: 'in order to', plain: ['to'] },
    { phrase: 'prior to', plain: ['before'] },
    { phrase: 'utilise', plain: ['use'] },
    { phrase: 'utilize', plain: ['use'] },
    { phrase: 'commence', plain: ['start'] },
    { phrase: 'in accordance with', plain: ['under', 'following'] },
    { phrase: 'pursuant to', plain: ['under'] },
    { phrase: 'with regard to', plain: ['about'] },
    { phrase: 'in respect of', plain: ['about', 'for'] },
    { phrase: 'notwithstanding', plain: ['despite'] },
    { phrase: 'aforementioned', plain: ['this', 'these'] },
    { phrase: 'hereby', plain: ['(leave it out)'] },
    { phrase: 'whilst', plain: ['while'] },
    { phrase: 'facilitate', plain: ['help', 'make possible'] },
    { phrase: 'endeavour', plain: ['try'] },
    { phrase: 'in the event that', plain: ['if'] },
  ],
};

/**
 * Link texts that mean nothing out of context, in either language (a page may quote the other one),
 * compared without case, surrounding punctuation or repeated spaces.
 */
export const VAGUE_LINK_TEXTS: string[] = [
  'klik hier',
  'klik',
  'hier',
  'lees meer',
  'lees verder',
  'meer',
  'meer info',
  'meer informatie',
  'deze link',
  'link',
  'deze pagina',
  'click here',
  'click',
  'here',
  'read more',
  'more',
  'more info',
  'this link',
  'link here',
  'this page',
];

/** How an alt text should not begin: a screen reader already says it is an image. */
export const ALT_PREFIXES: string[] = [
  'afbeelding van',
  'foto van',
  'plaatje van',
  'een afbeelding van',
  'een foto van',
  'image of',
  'an image of',
  'picture of',
  'a picture of',
  'photo of',
  'a photo of',
];

/** The longest alt text before the check asks to shorten it (a caption can carry the rest). */
export const ALT_MAX_LENGTH = 150;

/** The most words a sentence may have before the check asks to split it. */
export const MAX_SENTENCE_WORDS = 25;

/** A word with more syllables than this is long, unless every reader knows it (below). */
export const MAX_WORD_SYLLABLES = 4;

/**
 * Long Dutch words (five syllables or more) that B1 readers know, lower case. A word listed here is
 * not flagged as long; the readability score still counts its syllables.
 */
export const COMMON_LONG_WORDS_NL: string[] = [
  'informatie',
  'organisatie',
  'organisaties',
  'zonnepanelen',
  'energierekening',
  'energierekeningen',
  'elektriciteit',
  'gemeenteraad',
  'ondernemersvereniging',
  'internationale',
  'communicatie',
  'administratie',
  'aanmeldformulier',
  'universiteit',
  'televisie',
  'vereniging',
  'verenigingen',
  'individuele',
  'bereikbaarheid',
  'telefoonnummer',
  'samenwerking',
  'samenwerken',
];
