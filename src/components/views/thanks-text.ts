// What the thank-you pages say, per form and language.
import { dictionary, type Lang, type ThanksKind } from '@mkb010/model';

interface ThanksWords {
  pages: Record<ThanksKind, { title: string; body: string[] }>;
  next: string;
  finder: string;
  search: string;
  home: string;
}

const TEXT = dictionary<ThanksWords>({
  nl: {
    pages: {
      intake: {
        title: 'Bedankt voor je vraag',
        body: [
          'We hebben je vraag doorgestuurd. De partner beantwoordt hem per e-mail of belt je op.',
          'Je krijgt nu een e-mail met een bevestiging en een referentienummer. Noem dat nummer als je ons over deze vraag mailt.',
          'Geen e-mail gekregen? Kijk dan ook bij je ongewenste e-mail.',
        ],
      },
      feedback: {
        title: 'Bedankt voor je reactie',
        body: [
          'We lezen elke reactie. Zo maken we de site beter.',
          'We kunnen niet antwoorden: we vragen geen e-mailadres. Wil je iets vragen? Gebruik dan "Vraag het een partner" op de pagina van een gids, regeling of partner.',
        ],
      },
      subscribe: {
        title: 'Kijk in je e-mail',
        body: [
          'We hebben je een e-mail gestuurd. Open de link in die e-mail en klik op de knop om je aanmelding te bevestigen.',
          'Zonder bevestiging sturen we je niets. Na 7 dagen zonder bevestiging wissen we je e-mailadres.',
        ],
      },
    },
    next: 'Verder',
    finder: 'Zoek hulp met de Hulpwijzer',
    search: 'Zoek op de site',
    home: 'Naar de homepage',
  },
  en: {
    pages: {
      intake: {
        title: 'Thank you for your question',
        body: [
          'We have passed your question on. The partner will answer it by email or give you a call.',
          'You will now get an email with a confirmation and a reference number. Please mention that number if you write to us about this question.',
          'No email? Please check your spam folder too.',
        ],
      },
      feedback: {
        title: 'Thank you for your feedback',
        body: [
          'We read every message. It helps us make the site better.',
          'We cannot reply: we do not ask for an email address. Do you have a question? Use "Ask a partner" on the page of a guide, support scheme or partner.',
        ],
      },
      subscribe: {
        title: 'Check your email',
        body: [
          'We have sent you an email. Open the link in it and press the button to confirm your subscription.',
          'Until you confirm, we send you nothing. If you do not confirm within 7 days, we delete your email address.',
        ],
      },
    },
    next: 'What next',
    finder: 'Find help with the Help finder',
    search: 'Search the site',
    home: 'Go to the home page',
  },
});

/** The thank-you pages' words in `lang`. */
export function thanksText(lang: Lang): ThanksWords {
  return TEXT[lang];
}
