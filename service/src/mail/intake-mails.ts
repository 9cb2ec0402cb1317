// The two mails an intake request causes: the question to the partner (Reply-To the
// entrepreneur) and the confirmation to the entrepreneur with the reference number and the
// partner's name. Plain text plus an HTML part in which every value is escaped.
import { type Bilingual, FINDER_ANSWER_LABELS, FINDER_ANSWER_LISTS, type FinderAnswer, type Lang } from '@mkb010/model';
import type { Recipient } from '../routing/directory.ts';
import { type Block, body } from './compose.ts';
import type { OutboxMail } from './transport.ts';

/** An intake request as the mails need it. */
export interface IntakeForMail {
  reference: string;
  lang: Lang;
  name: string;
  email: string;
  phone?: string;
  company?: string;
  question: string;
  /** The absolute address of the page the question was asked on. */
  pageUrl: string;
  docTitle?: Bilingual;
  answers: Partial<Record<FinderAnswer, string>>;
  retentionDays: number;
}

/** The Hulpwijzer's answers as labelled lines, in Dutch. */
function answerLines(answers: IntakeForMail['answers']): [string, string][] {
  return (Object.keys(FINDER_ANSWER_LISTS) as FinderAnswer[])
    .filter((key) => answers[key])
    .map((key) => [FINDER_ANSWER_LABELS[key].nl, FINDER_ANSWER_LISTS[key].label(answers[key]!, 'nl')]);
}

/** The mail to the partner, in Dutch (the partners' language); it says when the entrepreneur wrote in English. */
export function partnerMail(request: IntakeForMail, recipient: Recipient): OutboxMail {
  const about = request.docTitle ? `over "${request.docTitle.nl}"` : 'via de Hulpwijzer';
  const details: [string, string][] = [
    ['Naam', request.name],
    ['E-mailadres', request.email],
    ...(request.phone ? ([['Telefoon', request.phone]] as [string, string][]) : []),
    ...(request.company ? ([['Bedrijf', request.company]] as [string, string][]) : []),
    ['Pagina', request.pageUrl],
    ...answerLines(request.answers),
    ['Referentie', request.reference],
  ];
  const blocks: Block[] = [
    `Beste ${recipient.name},`,
    `Een ondernemer stelde ${about} een vraag op de website van MKB010>>Next. Beantwoord deze mail om de ondernemer te bereiken: je antwoord gaat naar ${request.email}.`,
    ...(request.lang === 'en' ? ['De ondernemer schreef in het Engels. Antwoord bij voorkeur in het Engels.'] : []),
    `Vraag:\n${request.question}`,
    details,
    `MKB010>>Next bewaart deze gegevens ${request.retentionDays} dagen en verwijdert ze daarna. Bewaar ze zelf niet langer dan nodig.`,
  ];
  return {
    to: { name: recipient.name, address: recipient.address },
    replyTo: { name: request.name, address: request.email },
    subject: `Vraag van een ondernemer ${about} (${request.reference})`,
    ...body(blocks),
  };
}

const CONFIRMATION = {
  subject: (partner: string, ref: string): Bilingual => ({
    nl: `Je vraag is doorgestuurd naar ${partner} (${ref})`,
    en: `Your question has been sent to ${partner} (${ref})`,
  }),
  greeting: (name: string): Bilingual => ({ nl: `Hallo ${name},`, en: `Hello ${name},` }),
  sent: (partner: string, email: string): Bilingual => ({
    nl: `Bedankt voor je vraag. We hebben hem doorgestuurd naar ${partner}. Zij nemen contact met je op via ${email}.`,
    en: `Thank you for your question. We have sent it to ${partner}. They will contact you at ${email}.`,
  }),
  reference: (ref: string): Bilingual => ({
    nl: `Je referentienummer is ${ref}. Noem dit nummer als je ons over deze vraag mailt.`,
    en: `Your reference number is ${ref}. Please mention it if you write to us about this question.`,
  }),
  question: { nl: 'Je vraag:', en: 'Your question:' },
  page: { nl: 'Pagina', en: 'Page' },
  reference_label: { nl: 'Referentienummer', en: 'Reference number' },
  partner: { nl: 'Verstuurd naar', en: 'Sent to' },
  retention: (days: number): Bilingual => ({
    nl: `We bewaren je gegevens ${days} dagen en verwijderen ze daarna.`,
    en: `We keep your details for ${days} days and then delete them.`,
  }),
  closing: { nl: 'Met vriendelijke groet,\nMKB010>>Next', en: 'Kind regards,\nMKB010>>Next' },
} as const;

/** The confirmation to the entrepreneur, in their language. */
export function confirmationMail(request: IntakeForMail, recipient: Recipient): OutboxMail {
  const lang = request.lang;
  const blocks: Block[] = [
    CONFIRMATION.greeting(request.name)[lang],
    CONFIRMATION.sent(recipient.name, request.email)[lang],
    CONFIRMATION.reference(request.reference)[lang],
    `${CONFIRMATION.question[lang]}\n${request.question}`,
    [
      [CONFIRMATION.reference_label[lang], request.reference],
      [CONFIRMATION.partner[lang], recipient.name],
      [CONFIRMATION.page[lang], request.pageUrl],
    ],
    CONFIRMATION.retention(request.retentionDays)[lang],
    CONFIRMATION.closing[lang],
  ];
  return {
    to: { name: request.name, address: request.email },
    subject: CONFIRMATION.subject(recipient.name, request.reference)[lang],
    ...body(blocks),
  };
}
