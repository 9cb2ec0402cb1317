// What the site's forms say around the fields (the fields themselves are defined in the model's
// forms.ts, which the service reads too).
import { dictionary, type Lang } from '@mkb010/model';

const TEXT = dictionary({
  nl: {
    intakeIntro: (partner: string) => `Heb je een vraag? Stel hem hier. Je vraag gaat naar ${partner}. Je krijgt antwoord per e-mail.`,
    intakeIntroFinder: 'Twijfel je wat bij je past? Stel je vraag aan MKB010>>Next. We sturen je antwoorden uit de Hulpwijzer mee.',
    intakeSubmit: 'Verstuur je vraag',
    privacyLink: 'Lees wat we met je gegevens doen in de privacyverklaring.',
    contactIntro: (name: string) => `Heb je een vraag? Neem contact op met ${name}.`,
    email: 'E-mail',
    phone: 'Telefoon',
    feedbackSubmit: 'Verstuur',
    honeypot: 'Laat dit veld leeg',
    districtLabel: 'In welke wijk zit je bedrijf? (niet verplicht)',
    districtAny: 'Zeg ik liever niet',
    digestIntro: (hour: number) =>
      `Kies een thema. Je krijgt om ${hour} uur ’s ochtends een e-mail als er regelingen opengaan of veranderen. Alleen op dagen dat er iets nieuws is.`,
    digestIntroTheme: (theme: string, hour: number) =>
      `Je krijgt om ${hour} uur ’s ochtends een e-mail als er regelingen over ${theme} opengaan of veranderen. Alleen op dagen dat er iets nieuws is.`,
    reminderIntro: (scheme: string, days: number) => `We sturen je één e-mail, ${days} dagen voor de deadline van ${scheme}.`,
    digestSubmit: 'Meld je aan',
    reminderSubmit: 'Herinner mij',
    alertUnsubscribe: 'We bewaren alleen je e-mailadres en je keuze. In elke e-mail staat een link om je af te melden.',
  },
  en: {
    intakeIntro: (partner: string) =>
      `Do you have a question? Ask it here. Your question goes to ${partner}. You will get an answer by email.`,
    intakeIntroFinder: 'Not sure what suits you? Ask MKB010>>Next. We send your answers from the Help finder along.',
    intakeSubmit: 'Send your question',
    privacyLink: 'Read what we do with your details in the privacy statement.',
    contactIntro: (name: string) => `Do you have a question? Contact ${name}.`,
    email: 'Email',
    phone: 'Phone',
    feedbackSubmit: 'Send',
    honeypot: 'Leave this field empty',
    districtLabel: 'Which district is your business in? (optional)',
    districtAny: "I'd rather not say",
    digestIntro: (hour: number) =>
      `Choose a theme. You get an email at ${hour} in the morning when schemes open or change. Only on days when there is something new.`,
    digestIntroTheme: (theme: string, hour: number) =>
      `You get an email at ${hour} in the morning when ${theme} schemes open or change. Only on days when there is something new.`,
    reminderIntro: (scheme: string, days: number) => `We send you one email, ${days} days before the deadline of ${scheme}.`,
    digestSubmit: 'Subscribe',
    reminderSubmit: 'Remind me',
    alertUnsubscribe: 'We only keep your email address and your choice. Every email has a link to unsubscribe.',
  },
});

/** The forms' words in `lang`. */
export function formText(lang: Lang) {
  return TEXT[lang];
}
