// Interface text of theme tags and the theme hub pages.
import { dictionary, type Lang, type Wording } from '@mkb010/model';

const nl = {
  themes: 'Thema’s',
  guidesOnTheme: 'Gidsen over dit thema',
  storiesOnTheme: 'Verhalen over dit thema',
  eventsOnTheme: 'Evenementen over dit thema',
  schemesOnTheme: 'Regelingen over dit thema',
  partnersOnTheme: 'Partners die hierbij helpen',
  allGuidesOn: (theme: string, n: number) => `Alle gidsen over ${theme.toLowerCase()} (${n})`,
  allSchemesOn: (theme: string, n: number) => `Alle regelingen over ${theme.toLowerCase()} (${n})`,
  allPartnersOn: (theme: string, n: number) => `Alle partners voor ${theme.toLowerCase()} (${n})`,
  allStoriesCount: (n: number) => `Alle verhalen (${n})`,
  allEventsCount: (n: number) => `Alle komende evenementen (${n})`,
  partnersOnThemeTitle: (theme: string) => `Partners voor ${theme.toLowerCase()}`,
} as const;

const TEXT = dictionary({
  nl,
  en: {
    themes: 'Themes',
    guidesOnTheme: 'Guides on this theme',
    storiesOnTheme: 'Stories on this theme',
    eventsOnTheme: 'Events on this theme',
    schemesOnTheme: 'Support schemes on this theme',
    partnersOnTheme: 'Partners who help with this',
    allGuidesOn: (theme: string, n: number) => `All ${theme.toLowerCase()} guides (${n})`,
    allSchemesOn: (theme: string, n: number) => `All ${theme.toLowerCase()} support schemes (${n})`,
    allPartnersOn: (theme: string, n: number) => `All partners for ${theme.toLowerCase()} (${n})`,
    allStoriesCount: (n: number) => `All stories (${n})`,
    allEventsCount: (n: number) => `All upcoming events (${n})`,
    partnersOnThemeTitle: (theme: string) => `Partners for ${theme.toLowerCase()}`,
  },
});

/** The text of theme tags and the theme hub pages in a language. */
export function themeText(lang: Lang): Wording<typeof nl> {
  return TEXT[lang];
}
