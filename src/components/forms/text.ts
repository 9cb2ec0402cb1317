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
  },
});

/** The forms' words in `lang`. */
export function formText(lang: Lang) {
  return TEXT[lang];
}
