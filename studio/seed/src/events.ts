// The 25 sample events: about half in the past year, half in the coming six months, all dated
// relative to the seed's anchor day so the demo calendar never goes stale.
import type { Event, LocaleBlockContent, LocaleString, LocaleText, PtLine, SeedContext } from '../lib.ts';

type Location = NonNullable<Event['location']>;

/** Event ids defined in this file (stable across regenerations; slugs carry the edition date). */
export const eventIds = [
  'event-ondernemen010-live-vorige-editie',
  'event-energiescan-ontbijt-beijerlandselaan',
  'event-webinar-phishing-herkennen',
  'event-open-dag-maakhaven',
  'event-van-afval-naar-grondstof-editie-1',
  'event-netwerkborrel-prins-alexander',
  'event-informatieavond-zero-emissiezone',
  'event-ai-in-je-bedrijf-praktijkmiddag',
  'event-circular-opportunities-international-founders',
  'event-repaircafe-ondernemers-charlois',
  'event-bouwplaatsbezoek-circulair-bouwen-m4h',
  'event-webinar-groen-financieren',
  'event-netwerkborrel-zuid',
  'event-webinar-veilig-betalen-webshop',
  'event-energiescan-ontbijt-nieuwe-binnenweg',
  'event-inloopspreekuur-regelingen-bibliotheek',
  'event-minder-verspillen-in-de-keuken',
  'event-emissievrij-de-stad-in',
  'event-cyber-basics-international-founders',
  'event-circulaire-bouwbeurs-rijnmond',
  'event-repaircafe-ondernemers-hoogvliet',
  'event-cursus-ai-in-je-administratie',
  'event-van-afval-naar-grondstof-editie-2',
  'event-circular-port-logistics-meetup',
  'event-ondernemen010-live',
];

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** Venues used by several events (addresses are plausible sample addresses), with their district. */
const VENUES = {
  ghg: { venueName: 'Groot Handelsgebouw, Rotterdamzaal', street: 'Stationsplein 45', postalCode: '3013 AK', district: 'centrum' },
  rdmHal: { venueName: 'Evenementenhal RDM', street: 'Heijplaatstraat 23', postalCode: '3089 JB', district: 'charlois' },
  maakhaven: { venueName: 'Maakhaven Circulair, werkplaats', street: 'Heijplaatstraat 21', postalCode: '3089 JB', district: 'charlois' },
  werkplaats: { venueName: 'Digitale Werkplaats 010 (M4H)', street: 'Keileweg 18', postalCode: '3029 BS', district: 'delfshaven' },
  keilekwartier: { venueName: 'Bouwplaats Keilekwartier, M4H', street: 'Keileweg 40', postalCode: '3029 BT', district: 'delfshaven' },
  bibDelfshaven: { venueName: 'Bibliotheek Delfshaven', street: 'Schiedamseweg 95', postalCode: '3026 AE', district: 'delfshaven' },
  bibZuid: { venueName: 'Bibliotheek Zuidplein', street: 'Zuidplein 120', postalCode: '3083 CW', district: 'charlois' },
  bcAlexander: {
    venueName: 'Bedrijvencentrum Prins Alexander',
    street: 'Prins Alexanderlaan 35',
    postalCode: '3067 GC',
    district: 'prins-alexander',
  },
  bcCharlois: { venueName: 'Bedrijvencentrum Charlois', street: 'Wolphaertsbocht 200', postalCode: '3083 MT', district: 'charlois' },
  bcZuid: { venueName: 'Ondernemershuis Zuid', street: 'Beijerlandselaan 102', postalCode: '3074 EN', district: 'feijenoord' },
  wijkwerkplaatsHoogvliet: { venueName: 'Wijkwerkplaats Hoogvliet', street: 'Binnenban 30', postalCode: '3191 AS', district: 'hoogvliet' },
  leerkeuken: { venueName: 'Leerkeuken Horeca Collectief', street: 'Witte de Withstraat 60', postalCode: '3012 BR', district: 'centrum' },
  havenkring: { venueName: 'Clubhuis Havenkring, Waalhaven', street: 'Waalhaven Zuidzijde 9', postalCode: '3089 JH', district: 'charlois' },
  winkelNieuweBinnenweg: {
    venueName: 'Koffiebar De Binnenweg (achterzaal)',
    street: 'Nieuwe Binnenweg 178',
    postalCode: '3015 BJ',
    district: 'centrum',
  },
} satisfies Record<string, { venueName: string; street: string; postalCode: string; district: NonNullable<Event['district']> }>;

/**
 * Where an event is: its eventLocation and, for an event in one place, the district of the venue.
 * `venue` is a key of VENUES or omitted for online events.
 */
function place(
  mode: NonNullable<Location['mode']>,
  venue?: keyof typeof VENUES | null,
  onlineUrl?: string,
): Pick<Event, 'location' | 'district'> {
  const location: Location = { _type: 'eventLocation', mode };
  const v = venue ? VENUES[venue] : undefined;
  if (v) {
    location.venueName = v.venueName;
    location.address = { street: v.street, postalCode: v.postalCode, city: 'Rotterdam' };
  }
  if (onlineUrl) location.onlineUrl = onlineUrl;
  return v ? { location, district: v.district } : { location };
}

/** The event documents. */
export default function events(ctx: SeedContext): Event[] {
  const ls = (nl: string, en?: string): LocaleString => (en ? { _type: 'localeString', nl, en } : { _type: 'localeString', nl });
  const lt = (nl: string, en?: string): LocaleText => (en ? { _type: 'localeText', nl, en } : { _type: 'localeText', nl });
  const body = (nl: PtLine[], en?: PtLine[]): LocaleBlockContent =>
    en ? { _type: 'localeBlockContent', nl: ctx.pt(nl), en: ctx.pt(en) } : { _type: 'localeBlockContent', nl: ctx.pt(nl) };
  const yearOf = (offset: number) => new Date(ctx.at(offset, '12:00')).getFullYear();
  // Month-and-year suffix for recurring editions, e.g. 'maart-2027', taken from the Amsterdam date.
  const edition = (offset: number) => {
    const [y, m] = ctx.date(offset).split('-').map(Number) as [number, number];
    return `${MONTHS_NL[m - 1]}-${y}`;
  };
  // Nearest offset that falls on one of `weekdays` (0 = Sunday) and whose `span` days avoid the
  // Christmas week, New Year's Day and King's Day; past events move earlier, upcoming ones later,
  // so an event never crosses from past to upcoming whatever the anchor day.
  const day = (offset: number, weekdays = [1, 2, 3, 4, 5], span = 1): number => {
    const blocked = (o: number) => /-(12-2[4-9]|12-3[01]|01-01|04-27)$/.test(ctx.date(o));
    const step = offset < 0 ? -1 : 1;
    for (let o = offset; ; o += step) {
      const weekday = new Date(`${ctx.date(o)}T12:00:00Z`).getUTCDay();
      const days = Array.from({ length: span }, (_, i) => o + i);
      if (weekdays.includes(weekday) && !days.some(blocked)) return o;
    }
  };
  const event = (id: string, slug: string, fields: Omit<Event, '_id' | '_type' | 'slug'>): Event => ({
    _id: `event-${id}`,
    _type: 'event',
    slug: ctx.slug(slug),
    allDay: false,
    cancelled: false,
    ...fields,
  });

  // Offsets nudged to plausible days: the right weekday, never in the Christmas week or on King's Day.
  const o = {
    livePast: day(-330, [2, 3, 4]),
    ontbijtBeijerlandselaan: day(-300, [2, 3, 4]),
    phishing: day(-270),
    openDag: day(-240, [6]),
    afval1: day(-210, [5]),
    borrelAlexander: day(-180, [4]),
    zeroEmissie: day(-150, [2, 3]),
    aiMiddag: day(-120, [3]),
    circularFounders: day(-90, [4]),
    repairCharlois: day(-60, [6]),
    bouwplaats: day(-35, [3]),
    groenWebinar: day(-10, [2, 3, 4]),
    borrelZuid: day(3, [4]),
    webshop: day(9, [2]),
    ontbijtBinnenweg: day(16, [2, 3, 4]),
    spreekuur: day(22, [3]),
    keuken: day(30, [1]),
    emissievrij: day(38, [2, 4]),
    cyberBasics: day(45, [3]),
    bouwbeurs: day(55, [3, 4], 2),
    repairHoogvliet: day(68, [6]),
    aiCursus: day(82, [2]),
    afval2: day(100, [5]),
    portMeetup: day(120, [4]),
    liveNext: day(150, [4]),
  };

  return [
    // ---------- Past year ----------
    event('ondernemen010-live-vorige-editie', `ondernemen010-live-${yearOf(o.livePast)}`, {
      series: 'ondernemen010-live',
      title: ls(`Ondernemen010 Live! ${yearOf(o.livePast)}`, `Ondernemen010 Live! ${yearOf(o.livePast)}`),
      summary: lt(
        'De jaarlijkse dag voor Rotterdamse ondernemers: sprekers, werkplaatsen en alle partners van MKB010>>Next onder één dak.',
        'The yearly day for Rotterdam business owners: speakers, hands-on sessions and all MKB010>>Next partners under one roof.',
      ),
      description: body(
        [
          'Een volle dag in het Groot Handelsgebouw, met ruim 600 ondernemers uit alle wijken van de stad. De wethouder opende de dag met de vraag: "Wat heb jij nodig om volgend jaar een stap te zetten?"',
          '## Wat er gebeurde',
          '- Vijf ondernemers vertelden op het podium hoe ze hun bedrijf circulair, duurzaam of digitaal maakten.',
          '- In de ochtend waren er werkplaatsen over energie besparen, reststromen en AI.',
          '- De hele dag stonden alle dertien partners klaar met een stand en een adviseur.',
          'In de middag kon je op de Regelingenpleinen in tien minuten horen welke subsidie of lening bij jou past.',
        ],
        [
          'A full day in the Groot Handelsgebouw with more than 600 business owners from every district. The alderman opened with one question: "What do you need to take a step next year?"',
          '## What happened',
          '- Five entrepreneurs told the stage how they made their business circular, sustainable or digital.',
          '- Morning sessions covered saving energy, residual streams and AI.',
          '- All thirteen partners had a stand and an adviser ready all day.',
          'In the afternoon, the support scheme corner told you in ten minutes which grant or loan suits you.',
        ],
      ),
      start: ctx.at(o.livePast, '00:00'),
      end: ctx.at(o.livePast, '23:59'),
      allDay: true,
      ...place('venue', 'ghg'),
      registrationUrl: 'https://ondernemen010live.example/aanmelden',
      organisers: ctx.refs([
        'partner-ondernemershuis-rotterdam',
        'partner-ondernemersvereniging-rotterdam-zuid',
        'partner-praktijkacademie-rotterdam',
      ]),
      themes: ['circulair', 'duurzaam', 'digitaal'],
      sectors: [],
      costEuro: 0,
      costNote: ls('Gratis, wel aanmelden', 'Free, registration required'),
      language: 'nl-en',
      image: ctx.image('event-1.png', 'Een podium met spotlights en rijen publiek ervoor'),
    }),

    event('energiescan-ontbijt-beijerlandselaan', `energiescan-ontbijt-${edition(o.ontbijtBeijerlandselaan)}`, {
      series: 'energiescan-ontbijt',
      title: ls('Energiescan-ontbijt voor winkeliers op de Beijerlandselaan', 'Energy scan breakfast for shop owners on Beijerlandselaan'),
      summary: lt(
        'Croissant, koffie en in een uur weten waar je winkel energie lekt. Vóór openingstijd, dus je mist geen klanten.',
        'Coffee, a croissant and in one hour you know where your shop leaks energy. Before opening time, so you miss no customers.',
      ),
      description: body(
        [
          'Winkeliers van de Beijerlandselaan ontbijten samen met een energieadviseur. Hij laat zien waar in een gewone winkel de meeste energie naartoe gaat: verlichting, de deur die openstaat, oude koelvitrines.',
          'Na het ontbijt kun je direct een gratis energiescan voor je eigen pand inplannen. De adviseur komt dan binnen drie weken langs.',
          '**Neem mee:** je laatste energierekening, of een foto ervan op je telefoon.',
        ],
        [
          'Shop owners from Beijerlandselaan have breakfast with an energy adviser. The adviser shows where most of the energy goes in an ordinary shop: lighting, the door left open, old display fridges.',
          'After breakfast you can book a free energy scan of your own premises straight away. The adviser will visit within three weeks.',
          '**Bring:** your latest energy bill, or a photo of it on your phone.',
        ],
      ),
      start: ctx.at(o.ontbijtBeijerlandselaan, '08:00'),
      end: ctx.at(o.ontbijtBeijerlandselaan, '09:30'),
      ...place('venue', 'bcZuid'),
      registrationUrl: 'https://energieloket-rijnmond.example/ontbijt',
      organisers: ctx.refs(['partner-energieloket-mkb-rijnmond', 'partner-winkelstraten-010']),
      themes: ['duurzaam'],
      goals: ['energierekening'],
      sectors: ['retail', 'horeca', 'persoonlijke-dienstverlening'],
      costEuro: 0,
      language: 'nl',
    }),

    event('webinar-phishing-herkennen', 'webinar-phishing-herkennen', {
      title: ls('Webinar: herken een nepmail in tien seconden', 'Webinar: spot a phishing email in ten seconds'),
      summary: lt(
        'In 45 minuten leer je de trucs van oplichters kennen. Met echte voorbeelden van nepfacturen die bij Rotterdamse bedrijven binnenkwamen.',
        'In 45 minutes you learn the tricks scammers use, with real examples of fake invoices sent to Rotterdam businesses.',
      ),
      description: body(
        [
          'Negen van de tien hacks bij kleine bedrijven beginnen met één klik op een verkeerde link. In deze lunchwebinar laat een specialist van CyberVeilig010 zien hoe je een nepmail herkent.',
          '### Je leert',
          '1. Op welke drie plekken je kijkt voordat je klikt.',
          '2. Hoe een nepfactuur van een "leverancier" eruitziet.',
          '3. Wat je doet als je toch hebt geklikt.',
          'Je kunt anoniem meedoen en vragen stellen in de chat.',
        ],
        [
          'Nine out of ten hacks at small firms start with one click on the wrong link. In this lunchtime webinar a CyberVeilig010 specialist shows how to spot a phishing email.',
          '### You will learn',
          '1. The three places to look before you click.',
          '2. What a fake invoice from a "supplier" looks like.',
          '3. What to do if you did click.',
          'You can join anonymously and ask questions in the chat.',
        ],
      ),
      start: ctx.at(o.phishing, '12:00'),
      end: ctx.at(o.phishing, '12:45'),
      ...place('online', null, 'https://live.cyberveilig010.example/webinar-phishing'),
      registrationUrl: 'https://cyberveilig010.example/webinars/phishing',
      organisers: ctx.refs(['partner-cyberveilig-010']),
      themes: ['digitaal'],
      goals: ['veilig-online'],
      sectors: [],
      costEuro: 0,
      language: 'nl',
    }),

    event('open-dag-maakhaven', `open-dag-maakhaven-${yearOf(o.openDag)}`, {
      title: ls('Open Dag Maakhaven', 'Maakhaven Open Day'),
      summary: lt(
        'Kijk een dag binnen in de werkplaats op RDM. Zie hoe makers van bouwhout, textiel en plastic nieuwe producten maken.',
        'Step inside the RDM workshop for a day and see how makers turn building timber, textile and plastic into new products.',
      ),
      description: body(
        [
          'Eén keer per jaar gaan de deuren van de Maakhaven helemaal open. Je loopt vrij rond tussen de werkbanken, de persen en het lab.',
          'Twaalf makers laten zien waar ze aan werken: tafels van oude steigerplanken, tassen van bedrijfskleding, tegels van gemalen glas.',
          {
            callout: 'tip',
            text: 'Neem een zak met je eigen restmateriaal mee. In het lab kijken we ter plekke wat je ermee kunt.',
          },
          'Voor kinderen is er een knutselhoek. Kom met de waterbus tot vlak voor de deur.',
        ],
        [
          'Once a year the Maakhaven doors open wide. You can walk freely between the workbenches, the presses and the materials lab.',
          'Twelve makers show what they are working on: tables from old scaffolding boards, bags from workwear, tiles from crushed glass.',
          {
            callout: 'tip',
            text: 'Bring a bag of your own leftover material. In the lab we will look on the spot at what it could become.',
          },
          'There is a crafts corner for children. The water bus stops right by the door.',
        ],
      ),
      start: ctx.at(o.openDag, '00:00'),
      end: ctx.at(o.openDag, '23:59'),
      allDay: true,
      ...place('venue', 'maakhaven'),
      registrationUrl: 'https://maakhaven.example/open-dag',
      organisers: ctx.refs(['partner-maakhaven-circulair']),
      themes: ['circulair'],
      goals: ['hergebruiken'],
      sectors: ['maakindustrie', 'creatief', 'bouw-installatie'],
      costEuro: 0,
      costNote: ls('Vrije inloop, aanmelden helpt ons bij de planning', 'Walk-in; registering helps us plan'),
      language: 'nl-en',
    }),

    event('van-afval-naar-grondstof-editie-1', `van-afval-naar-grondstof-${edition(o.afval1)}`, {
      series: 'van-afval-naar-grondstof',
      title: ls('Workshop: Van afval naar grondstof', 'Workshop: From waste to raw material'),
      summary: lt(
        'Een middag in het lab van de Maakhaven. Je brengt je eigen afval mee en gaat naar huis met drie ideeën om het te hergebruiken.',
        'An afternoon in the materials lab. Bring your own waste and leave with three ideas for reusing it.',
      ),
      description: body(
        [
          'Wat gooi jij elke week weg? Houtresten, koffiedik, plasticfolie, stoffen lappen? In deze workshop kijken we er met andere ogen naar.',
          'We beginnen met een korte rondleiding door het lab. Daarna werk je in groepjes van vier. Elk groepje krijgt een technicus die meedenkt en meedoet.',
          'Aan het eind van de middag presenteert elk groepje zijn beste idee. Vorige keer ontstond zo een samenwerking tussen een koffiebar en een tuinder uit Overschie.',
        ],
        [
          'What do you throw away every week? Wood offcuts, coffee grounds, packaging film, fabric scraps? In this workshop we look at it with fresh eyes.',
          'We start with a short tour of the lab, then you work in groups of four, each with a technician who thinks and works along.',
          'At the end of the afternoon each group presents its best idea. Last time, that is how a coffee bar and a grower from Overschie started working together.',
        ],
      ),
      start: ctx.at(o.afval1, '13:30'),
      end: ctx.at(o.afval1, '17:00'),
      ...place('venue', 'maakhaven'),
      registrationUrl: 'https://maakhaven.example/workshops/afval-naar-grondstof',
      organisers: ctx.refs(['partner-maakhaven-circulair', 'partner-kenniscentrum-nieuwe-economie']),
      themes: ['circulair'],
      goals: ['minder-afval', 'hergebruiken'],
      sectors: ['maakindustrie', 'creatief', 'bouw-installatie'],
      costEuro: 25,
      costNote: ls('Inclusief materiaal, koffie en een borrel na afloop', 'Includes materials, coffee and drinks afterwards'),
      language: 'nl',
    }),

    event('netwerkborrel-prins-alexander', `netwerkborrel-prins-alexander-${edition(o.borrelAlexander)}`, {
      series: 'netwerkborrel',
      title: ls('Netwerkborrel Prins Alexander'),
      summary: lt(
        'Ondernemers uit Ommoord, Zevenkamp en Het Lage Land ontmoeten elkaar. Deze keer met een kort verhaal over zonnepanelen op bedrijfsdaken.',
      ),
      description: body([
        "Ken jij de ondernemer twee straten verderop? Op deze borrel maak je kennis met collega's uit Prins Alexander. Van kapper tot installateur.",
        'Om 17.30 uur vertelt een bakker uit Ommoord in tien minuten hoe hij zijn dak vol zonnepanelen kreeg en wat het hem oplevert. Daarna is er tijd om bij te praten.',
        'Een medewerker van het Ondernemershuis is er ook. Heb je een vraag over vergunningen of regelingen? Stel hem gerust.',
      ]),
      start: ctx.at(o.borrelAlexander, '17:00'),
      end: ctx.at(o.borrelAlexander, '19:30'),
      ...place('venue', 'bcAlexander'),
      registrationUrl: 'https://ondernemershuis-rotterdam.example/borrels/prins-alexander',
      organisers: ctx.refs(['partner-ondernemershuis-rotterdam']),
      themes: ['duurzaam'],
      sectors: [],
      costEuro: 0,
      language: 'nl',
    }),

    event('informatieavond-zero-emissiezone', 'informatieavond-zero-emissiezone', {
      title: ls('Informatieavond zero-emissiezone', 'Information evening: the zero-emission zone'),
      summary: lt(
        'Wat betekent de zero-emissiezone voor jouw bestelbus? Uitleg over de regels, het uitstel voor oudere bussen en de ontheffingen.',
        'What does the zero-emission zone mean for your van? The rules, the transition periods and the exemptions explained.',
      ),
      description: body(
        [
          'In het centrum van Rotterdam mogen bestelbussen en vrachtwagens steeds vaker alleen nog emissievrij rijden. Veel ondernemers weten niet precies wanneer de regels voor hen gelden.',
          '## Programma',
          '- 19.00 uur: uitleg van de regels door de gemeente',
          '- 19.30 uur: een transporteur uit de Waalhaven over zijn overstap naar elektrisch',
          '- 20.00 uur: vragen stellen, in de zaal of via de chat',
          'Je kunt in het Groot Handelsgebouw zijn of online meekijken. Neem het kenteken van je bus mee als je in de pauze wilt laten checken wat de regels voor jou betekenen.',
        ],
        [
          'In central Rotterdam, vans and lorries increasingly have to be zero-emission. Many business owners are unsure when the rules apply to them.',
          '## Programme',
          '- 19:00: the city explains the rules',
          '- 19:30: a haulier from Waalhaven on switching to electric',
          '- 20:00: questions, in the room or via the chat',
          'Join us at the Groot Handelsgebouw or watch online. Bring your vehicle registration details if you want to check your own van during the break.',
        ],
      ),
      start: ctx.at(o.zeroEmissie, '19:00'),
      end: ctx.at(o.zeroEmissie, '21:00'),
      ...place('hybrid', 'ghg', 'https://stream.ondernemershuis-rotterdam.example/zero-emissiezone'),
      registrationUrl: 'https://ondernemershuis-rotterdam.example/zero-emissiezone',
      organisers: ctx.refs(['partner-ondernemershuis-rotterdam', 'partner-havenkring-mkb']),
      themes: ['duurzaam'],
      goals: ['schoon-vervoer'],
      sectors: ['logistiek-haven', 'bouw-installatie', 'food'],
      costEuro: 0,
      language: 'nl',
    }),

    event('ai-in-je-bedrijf-praktijkmiddag', 'ai-in-je-bedrijf-praktijkmiddag', {
      title: ls('AI in je bedrijf: praktijkmiddag', 'AI in your business: a hands-on afternoon'),
      summary: lt(
        'Geen theorie, maar doen. Je probeert drie AI-tools uit op je eigen offertes, mails en social media.',
        'No theory, just practice. Try three AI tools on your own quotes, emails and social media posts.',
      ),
      description: body(
        [
          'Iedereen praat over AI, maar wat heb jij eraan als eigenaar van een kleine zaak? Op deze middag zoek je dat zelf uit.',
          'Je werkt aan je eigen laptop met voorbeelden uit je eigen bedrijf. Een coach helpt je om sneller een offerte te maken en een lastige klantmail te beantwoorden. Je bereidt ook een maand aan berichten voor social media voor.',
          {
            callout: 'warning',
            title: 'Let op je gegevens',
            text: 'We bespreken ook wat je beter níét in een AI-tool plakt, zoals klantgegevens en wachtwoorden.',
          },
        ],
        [
          'Everyone is talking about AI, but what does it do for you as the owner of a small business? This afternoon you find out for yourself.',
          'You work on your own laptop with examples from your own business. A coach helps you draft a quote faster, answer a tricky customer email and prepare a month of social media posts.',
          {
            callout: 'warning',
            title: 'Mind your data',
            text: 'We also cover what you should not paste into an AI tool, such as customer details and passwords.',
          },
        ],
      ),
      start: ctx.at(o.aiMiddag, '14:00'),
      end: ctx.at(o.aiMiddag, '17:00'),
      ...place('venue', 'werkplaats'),
      registrationUrl: 'https://digitalewerkplaats010.example/ai-praktijkmiddag',
      organisers: ctx.refs(['partner-digitale-werkplaats-010']),
      themes: ['digitaal'],
      goals: ['slimmer-werken'],
      sectors: [],
      costEuro: 45,
      costNote: ls('Terug te vragen via de digitaliseringsvoucher', 'Can be claimed back through the digitalisation voucher'),
      language: 'nl',
    }),

    event('circular-opportunities-international-founders', 'circular-opportunities-international-founders', {
      series: 'international-founders',
      title: ls(
        'Circulaire kansen in Rotterdam voor internationale startups',
        'Circular opportunities in Rotterdam for international start-ups',
      ),
      summary: lt(
        'Een middag in het Engels voor bedrijven uit het buitenland die net in Rotterdam zijn. Wie is wie in de circulaire economie van de stad?',
        "An English-language afternoon for international companies settling in Rotterdam: who is who in the city's circular economy?",
      ),
      description: body(
        [
          'Rotterdam wil in 2030 de helft minder nieuwe grondstoffen gebruiken. Dat geeft kansen aan bedrijven met nieuwe ideeën. Deze middag is in het Engels.',
          'Onderzoekers van het Kenniscentrum Nieuwe Economie laten zien waar de stad staat: in de haven, de bouw, voedsel en kleding. Daarna vertellen vier startups uit het buitenland over hun plan. Rotterdamse ondernemers geven ze tips.',
          'Heb je een bedrijf in Rotterdam en wil je samenwerken met nieuwkomers? Dan ben je ook welkom. Na afloop is er een borrel met uitzicht over de Maas.',
        ],
        [
          'Rotterdam aims to halve its use of primary raw materials by 2030, which opens doors for companies with new ideas. This afternoon is held in English.',
          'Researchers from Kenniscentrum Nieuwe Economie give an overview of the circular economy in the city: the port, construction, food and textile. Then four international start-ups pitch their plans and get feedback from Rotterdam business owners.',
          '## Who should come',
          '- Founders who recently moved their company to Rotterdam',
          '- International teams looking for local partners or materials',
          '- Rotterdam firms open to working with newcomers',
          'Drinks afterwards, with a view over the Maas.',
        ],
      ),
      start: ctx.at(o.circularFounders, '15:00'),
      end: ctx.at(o.circularFounders, '18:30'),
      ...place('venue', 'werkplaats'),
      registrationUrl: 'https://kenniscentrum-nieuwe-economie.example/events/circular-opportunities',
      organisers: ctx.refs(['partner-kenniscentrum-nieuwe-economie', 'partner-maakhaven-circulair']),
      themes: ['circulair'],
      sectors: [],
      costEuro: 0,
      language: 'en',
    }),

    event('repaircafe-ondernemers-charlois', `repaircafe-ondernemers-charlois-${edition(o.repairCharlois)}`, {
      series: 'repaircafe-ondernemers',
      title: ls('Repair café voor ondernemers in Charlois', 'Repair café for business owners in Charlois'),
      summary: lt(
        'Kapotte kassa, rammelende koffiemachine of een werkstoel met een losse poot? Breng hem mee en repareer hem samen met een vrijwilliger.',
        'Broken till, rattling coffee machine or a work chair with a loose leg? Bring it along and fix it with a volunteer.',
      ),
      description: body(
        [
          'Nieuw kopen is duur en vaak niet nodig. In dit repair café helpen handige vrijwilligers en monteurs je om je bedrijfsspullen te maken.',
          'Denk aan apparaten uit je winkel of keuken, gereedschap, meubels en kleding van je personeel. Laptops en telefoons kunnen ook: er is een tafel met een digitale klusser.',
          'Tijdens het wachten drink je koffie met andere ondernemers uit de wijk. Repareren lukt niet altijd. Dan krijg je advies over wie het wel kan.',
        ],
        [
          'Buying new is expensive and often unnecessary. At this repair café, handy volunteers and technicians help you fix your business equipment.',
          'Think appliances from your shop or kitchen, tools, furniture and staff clothing. Laptops and phones are welcome too: there is a table with a digital fixer.',
          'While you wait, have a coffee with other business owners from the area. Not everything can be fixed; if not, we tell you who can.',
        ],
      ),
      start: ctx.at(o.repairCharlois, '10:00'),
      end: ctx.at(o.repairCharlois, '13:00'),
      ...place('venue', 'bcCharlois'),
      registrationUrl: 'https://ondernemend-zuid.example/repaircafe',
      organisers: ctx.refs(['partner-ondernemersvereniging-rotterdam-zuid', 'partner-maakhaven-circulair']),
      themes: ['circulair'],
      goals: ['hergebruiken'],
      sectors: [],
      costEuro: 0,
      costNote: ls('Gratis; onderdelen betaal je zelf', 'Free; you pay for any parts'),
      language: 'nl',
    }),

    event('bouwplaatsbezoek-circulair-bouwen-m4h', 'bouwplaatsbezoek-circulair-bouwen-m4h', {
      title: ls('Bouwplaatsbezoek: circulair bouwen in M4H', 'Site visit: circular construction in M4H'),
      summary: lt(
        'Loop mee over de bouwplaats van een nieuw pand voor kleine bedrijven in Merwe-Vierhavens. Het is gebouwd met balken en kozijnen uit oude panden.',
        'Walk around the site of a multi-tenant business building in Merwe-Vierhavens, built with beams and frames from old buildings.',
      ),
      description: body(
        [
          'In het Keilekwartier komt een nieuw pand voor bedrijven. De helft van het materiaal is al eens eerder gebruikt. De aannemer is lid van Bouwkring Rijnmond en leidt je rond.',
          '## Je ziet',
          '- Hoe de bouwers oude houten balken keuren en opnieuw zagen.',
          '- Een gevel van gebruikte bakstenen.',
          '- Het paspoort van het pand: een lijst met elk onderdeel en waar het vandaan komt.',
          'Na de rondleiding praten we in de bouwkeet verder over kosten, planning en wat de opdrachtgever ervan vond.',
          '**Draag stevige schoenen.** Helm en hesje krijg je van ons.',
        ],
        [
          'In the Keilekwartier a business building is going up in which half the material has been used before. The contractor, a Bouwkring Rijnmond member, shows you around.',
          '## You will see',
          '- How harvested timber beams are inspected and re-sawn.',
          '- A facade of reclaimed bricks.',
          '- The material passport that records every component.',
          'After the tour we carry on talking in the site cabin about costs, planning and what the client thought of it.',
          '**Wear sturdy shoes.** We provide helmets and hi-vis vests.',
        ],
      ),
      start: ctx.at(o.bouwplaats, '15:00'),
      end: ctx.at(o.bouwplaats, '17:30'),
      ...place('venue', 'keilekwartier'),
      registrationUrl: 'https://bouwkring-rijnmond.example/bouwplaatsbezoek-m4h',
      organisers: ctx.refs(['partner-bouwkring-rijnmond']),
      themes: ['circulair', 'duurzaam'],
      goals: ['hergebruiken', 'pand-verduurzamen'],
      sectors: ['bouw-installatie'],
      costEuro: 0,
      language: 'nl',
    }),

    event('webinar-groen-financieren', 'webinar-groen-financieren', {
      title: ls('Webinar: groene investering, hoe betaal je dat?', 'Webinar: green investment, how do you pay for it?'),
      summary: lt(
        'Lening, subsidie, lease of toch zelf betalen? Een adviseur van Groenkrediet Rotterdam zet de mogelijkheden naast elkaar.',
        'Loan, grant, lease or pay it yourself? An adviser from Groenkrediet Rotterdam compares the options side by side.',
      ),
      description: body(
        [
          'Je wilt zonnepanelen, een warmtepomp of een nieuwe machine. Maar hoe betaal je dat zonder dat je buffer weg is? In dit webinar rekenen we drie voorbeelden door: een bakkerij, een garage en een kledingwinkel.',
          'Je ziet per voorbeeld wat een lening per maand kost en wat de investering per maand oplevert. Aan het eind kun je een gratis gesprek met een adviseur aanvragen.',
        ],
        [
          'You want solar panels, a heat pump or a new machine, but how do you pay for it without draining your buffer? In this webinar we work through three examples: a bakery, a garage and a clothing shop.',
          'For each one you see what a loan costs per month and what the investment saves per month. At the end you can request a free conversation with an adviser.',
        ],
      ),
      start: ctx.at(o.groenWebinar, '12:00'),
      end: ctx.at(o.groenWebinar, '13:00'),
      ...place('online', null, 'https://webinar.groenkrediet-rotterdam.example/groen-financieren'),
      registrationUrl: 'https://groenkrediet-rotterdam.example/webinar',
      organisers: ctx.refs(['partner-groenkrediet-rotterdam']),
      themes: ['duurzaam', 'circulair'],
      goals: ['pand-verduurzamen'],
      sectors: [],
      costEuro: 0,
      language: 'nl',
    }),

    // ---------- Coming six months ----------
    event('netwerkborrel-zuid', `netwerkborrel-zuid-${edition(o.borrelZuid)}`, {
      series: 'netwerkborrel',
      title: ls('Netwerkborrel Rotterdam-Zuid', 'Networking drinks Rotterdam-Zuid'),
      summary: lt(
        'De vaste borrel van de Ondernemersvereniging Rotterdam-Zuid. Gewoon binnenlopen, ook als je (nog) geen lid bent.',
        'The regular drinks of the Rotterdam-Zuid business association. Just walk in, member or not.',
      ),
      description: body(
        [
          'Elke maand komen ondernemers van Zuid samen bij het Ondernemershuis aan de Beijerlandselaan. Er is geen programma en geen sprekerslijst. Je praat bij, je deelt tips en je hoort wat er speelt in de wijk.',
          'Deze keer staat er een tafel met informatie over het collectief inkopen van slimme thermostaten. Wil je meedoen? Schrijf je naam op de lijst.',
          'Aanmelden is niet nodig. Loop gewoon binnen.',
        ],
        [
          'Every month, business owners from Rotterdam-Zuid meet at the Ondernemershuis on Beijerlandselaan. There is no programme and no list of speakers: you catch up, share tips and hear what is happening in the area.',
          'This time there is a table with information about buying smart thermostats as a group. Want to join? Add your name to the list.',
          'No need to register. Just walk in.',
        ],
      ),
      start: ctx.at(o.borrelZuid, '17:30'),
      end: ctx.at(o.borrelZuid, '19:30'),
      ...place('venue', 'bcZuid'),
      organisers: ctx.refs(['partner-ondernemersvereniging-rotterdam-zuid']),
      themes: ['duurzaam', 'digitaal'],
      sectors: [],
      costEuro: 0,
      costNote: ls('Eerste drankje van de vereniging', 'First drink on the association'),
      language: 'nl',
    }),

    event('webinar-veilig-betalen-webshop', 'webinar-veilig-betalen-webshop', {
      title: ls('Webinar: veilig betalen in je webshop', 'Webinar: safe payments in your online shop'),
      summary: lt(
        'Nepbestellingen, gestolen gegevens van klanten, valse terugboekingen. Hoe bescherm je je webshop en je klanten?',
        'Fake orders, stolen card details, false chargebacks. How do you protect your online shop and your customers?',
      ),
      description: body(
        [
          'Een webshop is een tweede deur van je winkel. Helaas komen daar ook oplichters binnen. In dit webinar vertellen CyberVeilig010 en Digitale Werkplaats 010 wat je zelf kunt doen.',
          '1. Inloggen in twee stappen voor de beheerkant van je webshop.',
          '2. Signalen van een verdachte bestelling.',
          '3. Wat je met je betaaldienst afspreekt over geld dat klanten terugvragen.',
          'Je krijgt een checklist mee, zodat je na afloop meteen kunt beginnen. Geen webshop, maar wel een betaallink of QR-code aan de kassa? Ook dan heb je iets aan dit webinar.',
        ],
        [
          'An online shop is a second shop door, and unfortunately scammers use it too. In this webinar CyberVeilig010 and Digitale Werkplaats 010 explain what you can set up yourself.',
          '1. Two-step verification for your admin panel.',
          '2. Warning signs of a suspicious order.',
          '3. What to agree with your payment provider about chargebacks.',
          'You get a checklist to start on straight after the session.',
        ],
      ),
      start: ctx.at(o.webshop, '12:00'),
      end: ctx.at(o.webshop, '13:00'),
      ...place('online', null, 'https://live.cyberveilig010.example/webinar-webshop'),
      registrationUrl: 'https://cyberveilig010.example/webinars/webshop',
      organisers: ctx.refs(['partner-cyberveilig-010', 'partner-digitale-werkplaats-010']),
      themes: ['digitaal'],
      goals: ['online-verkopen', 'veilig-online'],
      sectors: ['retail', 'creatief', 'food'],
      costEuro: 0,
      language: 'nl',
      image: ctx.image('event-4.png', 'Een laptop met een online bijeenkomst: een raster van deelnemers in beeld'),
    }),

    event('energiescan-ontbijt-nieuwe-binnenweg', `energiescan-ontbijt-${edition(o.ontbijtBinnenweg)}`, {
      series: 'energiescan-ontbijt',
      title: ls('Energiescan-ontbijt op de Nieuwe Binnenweg', 'Energy scan breakfast on Nieuwe Binnenweg'),
      summary: lt(
        'Na de Beijerlandselaan is nu de Nieuwe Binnenweg aan de beurt. Ontbijt met een energieadviseur en plan meteen je gratis scan.',
        'After Beijerlandselaan it is the turn of Nieuwe Binnenweg. Breakfast with an energy adviser and book your free scan on the spot.',
      ),
      description: body(
        [
          'Veel panden op de Nieuwe Binnenweg zijn oud en tochtig. Mooi om te zien, maar duur om warm te houden.',
          'Bij dit ontbijt laat de adviseur van het Energieloket zien wat winkeliers op de Beijerlandselaan eerder deden. Deurgordijnen, ledlampen, een tijdschakelaar op de koeling. Gemiddeld bespaarden ze 18 procent.',
          '### Praktisch',
          '- Start om 8.00 uur, je bent om 9.30 uur terug in je zaak.',
          '- Ook voor horeca en dienstverleners aan de Binnenweg.',
        ],
        [
          'Many buildings on Nieuwe Binnenweg are old and draughty: lovely to look at, expensive to keep warm.',
          'At this breakfast the Energieloket adviser shows what shop owners on Beijerlandselaan did earlier: door curtains, LED lamps, a timer on the refrigeration. On average they saved 18 percent.',
          '### Practical',
          '- Starts at 8:00; you are back in your shop by 9:30.',
          '- Also for hospitality and service businesses on the street.',
        ],
      ),
      start: ctx.at(o.ontbijtBinnenweg, '08:00'),
      end: ctx.at(o.ontbijtBinnenweg, '09:30'),
      ...place('venue', 'winkelNieuweBinnenweg'),
      registrationUrl: 'https://energieloket-rijnmond.example/ontbijt-binnenweg',
      organisers: ctx.refs(['partner-energieloket-mkb-rijnmond', 'partner-winkelstraten-010']),
      themes: ['duurzaam'],
      goals: ['energierekening'],
      sectors: ['retail', 'horeca', 'persoonlijke-dienstverlening'],
      costEuro: 0,
      language: 'nl',
    }),

    event('inloopspreekuur-regelingen-bibliotheek', `inloopspreekuur-regelingen-${edition(o.spreekuur)}`, {
      title: ls('Inloopspreekuur regelingen in Bibliotheek Delfshaven', 'Drop-in hours on support schemes at Delfshaven Library'),
      summary: lt(
        'Welke subsidie, voucher of lening past bij jouw plan? Loop binnen en vraag het een adviseur van het Ondernemershuis.',
        'Which grant, voucher or loan fits your plan? Walk in and ask an adviser from the Ondernemershuis.',
      ),
      description: body(
        [
          'Er zijn veel regelingen voor ondernemers. Dat is fijn, maar ook verwarrend. Op dit spreekuur zoekt een adviseur samen met jou uit wat bij jouw plan past.',
          'Je hoeft je niet aan te melden. Neem je KvK-nummer mee en een idee van wat je wilt doen. Het gesprek duurt ongeveer twintig minuten.',
          'Ook vragen over de zero-emissiezone of over je vergunning zijn welkom.',
        ],
        [
          'There are many support schemes for businesses. That is good news, but also confusing. At these drop-in hours an adviser works out with you what fits your plan.',
          'No need to register. Bring your Chamber of Commerce number and an idea of what you want to do. A conversation takes about twenty minutes.',
          'Questions about the zero-emission zone or your permit are welcome too.',
        ],
      ),
      start: ctx.at(o.spreekuur, '13:00'),
      end: ctx.at(o.spreekuur, '16:00'),
      ...place('venue', 'bibDelfshaven'),
      organisers: ctx.refs(['partner-ondernemershuis-rotterdam']),
      themes: ['circulair', 'duurzaam', 'digitaal'],
      sectors: [],
      costEuro: 0,
      language: 'nl-en',
    }),

    event('minder-verspillen-in-de-keuken', 'minder-verspillen-in-de-keuken', {
      title: ls('Minder verspillen in de keuken', 'Less waste in the kitchen'),
      summary: lt(
        'Praktijkochtend voor koks en horecaondernemers: meten wat je weggooit, slimmer inkopen en restjes op de kaart zetten.',
        'A hands-on morning for chefs and hospitality owners: measure what you throw away, buy smarter and put leftovers on the menu.',
      ),
      description: body(
        [
          'In de leerkeuken van Horeca Collectief Rotterdam werk je een ochtend samen met andere koks. We beginnen met de weegschaal: wat gaat er in een gewone week in jouw afvalbak?',
          'Daarna koken we met wat normaal wordt weggegooid. Broodkorsten, groenteschillen, de laatste kilo van een partij tomaten. Een chef uit Delfshaven laat zien hoe hij zo een dagmenu maakt dat goed verkoopt.',
          '> "We gooiden vier vuilniszakken per week weg. Nu is het er één." – kok uit Kralingen',
        ],
        [
          'In the Horeca Collectief Rotterdam training kitchen you spend a morning working with other chefs. We start with the scales: what goes into your bin in an ordinary week?',
          'Then we cook with what usually gets thrown out: bread crusts, vegetable peelings, the last kilo of a batch of tomatoes. A chef from Delfshaven shows how he turns it into a daily special that sells well.',
          '> "We used to throw out four bin bags a week. Now it\'s one." – chef from Kralingen',
        ],
      ),
      start: ctx.at(o.keuken, '09:30'),
      end: ctx.at(o.keuken, '12:30'),
      ...place('venue', 'leerkeuken'),
      registrationUrl: 'https://horecacollectief010.example/minder-verspillen',
      organisers: ctx.refs(['partner-horeca-collectief-rotterdam']),
      themes: ['circulair', 'duurzaam'],
      goals: ['minder-afval', 'energierekening'],
      sectors: ['horeca', 'food'],
      costEuro: 15,
      costNote: ls('Leden gratis, niet-leden €15 inclusief lunch', 'Free for members, €15 for non-members including lunch'),
      language: 'nl',
    }),

    event('emissievrij-de-stad-in', 'emissievrij-de-stad-in', {
      title: ls('Emissievrij de stad in: avond voor transporteurs', 'Zero-emission into the city: an evening for hauliers'),
      summary: lt(
        'Elektrische bestelbus of vrachtwagen: wat kost het echt, hoe laad je en hoe regel je het met je klanten in het centrum?',
        'Electric van or lorry: what does it really cost, how do you charge and how do you arrange deliveries in the city centre?',
      ),
      description: body(
        [
          'Leden van de Havenkring vertellen eerlijk over hun eerste jaar elektrisch rijden. Wat viel mee, wat viel tegen? Hoe ver kom je in de winter met een volle bus?',
          'Daarnaast hoor je hoe gedeelde laadpunten op de Waalhaven werken en welke regelingen er zijn voor een nieuwe bus.',
          'Je kunt in het clubhuis zijn of online meedoen. In het clubhuis staan twee elektrische bestelbussen om te bekijken.',
        ],
        [
          'Havenkring members talk openly about their first year of driving electric. What went better than expected, what was disappointing? How far does a loaded van get in winter?',
          'You also hear how shared charging points in Waalhaven work and which schemes exist for a new van.',
          'Join us at the clubhouse or online. At the clubhouse there are two electric vans to look at.',
        ],
      ),
      start: ctx.at(o.emissievrij, '19:00'),
      end: ctx.at(o.emissievrij, '21:30'),
      ...place('hybrid', 'havenkring', 'https://havenkring.example/live/emissievrij'),
      registrationUrl: 'https://havenkring.example/aanmelden/emissievrij',
      organisers: ctx.refs(['partner-havenkring-mkb', 'partner-ondernemershuis-rotterdam']),
      themes: ['duurzaam'],
      goals: ['schoon-vervoer'],
      sectors: ['logistiek-haven', 'bouw-installatie', 'food'],
      costEuro: 0,
      language: 'nl',
    }),

    event('cyber-basics-international-founders', 'cyber-basics-international-founders', {
      series: 'international-founders',
      title: ls('Cyberveiligheid voor internationale oprichters (Engelstalig)', 'Cyber basics for international founders'),
      summary: lt(
        'Engelstalig webinar over digitale veiligheid voor bedrijven die net in Nederland zijn gestart.',
        'An English-language webinar on digital security for companies that have just started in the Netherlands.',
      ),
      description: body(
        [
          'Dit webinar is in het Engels. Het is bedoeld voor internationale ondernemers in Rotterdam die hun IT snel en veilig willen inrichten.',
          '## Onderwerpen',
          '- Nederlandse regels voor het melden van een datalek',
          '- Veilige accounts en apparaten voor een klein team',
          '- Oplichtingstrucs die in Nederland veel voorkomen, zoals nepfacturen die lijken op post van de KvK',
          'Aan het eind is er ruim tijd voor vragen. Ken je iemand die net een bedrijf in Rotterdam is begonnen? Stuur deze uitnodiging door.',
        ],
        [
          'Starting a company in a new country means a lot of paperwork, and IT security often comes last. This webinar helps international founders in Rotterdam get the basics right in an hour.',
          '## Topics',
          '- Dutch rules on reporting a data breach, and to whom',
          '- Secure accounts and devices for a small team',
          '- Scams common in the Netherlands, such as fake Chamber of Commerce invoices',
          'Bring your questions; there is plenty of time for them at the end.',
        ],
      ),
      start: ctx.at(o.cyberBasics, '16:00'),
      end: ctx.at(o.cyberBasics, '17:00'),
      ...place('online', null, 'https://live.cyberveilig010.example/cyber-basics'),
      registrationUrl: 'https://cyberveilig010.example/webinars/cyber-basics',
      organisers: ctx.refs(['partner-cyberveilig-010', 'partner-kenniscentrum-nieuwe-economie']),
      themes: ['digitaal'],
      goals: ['veilig-online'],
      sectors: [],
      costEuro: 0,
      language: 'en',
    }),

    event('circulaire-bouwbeurs-rijnmond', `circulaire-bouwbeurs-rijnmond-${yearOf(o.bouwbeurs)}`, {
      title: ls('Circulaire Bouwbeurs Rijnmond', 'Rijnmond Circular Building Fair'),
      summary: lt(
        'Twee dagen vol oude bouwmaterialen, nieuwe technieken en kleine bouwers die het al doen. Met een markt waar je materiaal koopt.',
        'Two days of reclaimed building materials, new techniques and small builders already doing it. Including a materials market.',
      ),
      description: body(
        [
          'Op de Circulaire Bouwbeurs laten zestig bedrijven zien hoe je bouwt met minder nieuwe grondstoffen. Van houten gevels en oude kozijnen tot isolatie van oude kleding.',
          '## Niet missen',
          '- De markt, waar je partijen direct kunt kopen.',
          '- Korte demo’s: stenen opnieuw gebruiken, een warmtepomp in een oud pand.',
          '- Het spreekuur van Groenkrediet over geld lenen.',
          'De eerste dag is vooral voor aannemers en installateurs. De tweede dag is ook open voor winkeliers en horeca die gaan verbouwen.',
        ],
        [
          'At the Circular Building Fair, sixty companies show how to build with fewer new raw materials. Think of timber facades, reclaimed window frames and insulation made from old clothing.',
          "## Don't miss",
          '- The materials market, where you can buy lots on the spot.',
          '- Short demos: reusing bricks, fitting a heat pump in an old building.',
          '- The Groenkrediet finance clinic.',
          'The first day is mainly for contractors and installers. The second day is also open to shop and restaurant owners planning a renovation.',
        ],
      ),
      start: ctx.at(o.bouwbeurs, '00:00'),
      end: ctx.at(o.bouwbeurs + 1, '23:59'),
      allDay: true,
      ...place('venue', 'rdmHal'),
      registrationUrl: 'https://bouwkring-rijnmond.example/bouwbeurs',
      organisers: ctx.refs(['partner-bouwkring-rijnmond', 'partner-maakhaven-circulair', 'partner-groenkrediet-rotterdam']),
      themes: ['circulair', 'duurzaam'],
      goals: ['hergebruiken', 'pand-verduurzamen'],
      sectors: ['bouw-installatie'],
      costEuro: 0,
      costNote: ls('Gratis met registratie vooraf; aan de deur €10', 'Free if you register in advance; €10 at the door'),
      language: 'nl-en',
    }),

    event('repaircafe-ondernemers-hoogvliet', `repaircafe-ondernemers-hoogvliet-${edition(o.repairHoogvliet)}`, {
      series: 'repaircafe-ondernemers',
      title: ls('Repair café voor ondernemers in Hoogvliet'),
      summary: lt('Samen bedrijfsspullen repareren in de wijkwerkplaats van Hoogvliet. Van kassalade tot naaimachine.'),
      description: body([
        'Na het succes in Charlois komt het repair café voor ondernemers naar Hoogvliet. Vrijwilligers en monteurs helpen je om kapotte apparaten, meubels en gereedschap te maken.',
        'Ook ondernemers uit Pernis en Rozenburg zijn welkom. Neem het apparaat mee en vertel wat eraan mankeert. Onderdelen betaal je zelf, de hulp is gratis.',
        'In Charlois werd de vorige keer twee derde van de spullen gemaakt. Een kapper ging naar huis met een werkende föhn en een bakker met een gerepareerde deegmixer.',
      ]),
      start: ctx.at(o.repairHoogvliet, '10:00'),
      end: ctx.at(o.repairHoogvliet, '13:00'),
      ...place('venue', 'wijkwerkplaatsHoogvliet'),
      registrationUrl: 'https://ondernemend-zuid.example/repaircafe-hoogvliet',
      organisers: ctx.refs(['partner-ondernemersvereniging-rotterdam-zuid', 'partner-maakhaven-circulair']),
      themes: ['circulair'],
      goals: ['hergebruiken'],
      sectors: [],
      costEuro: 0,
      language: 'nl',
      cancelled: true,
      cancellationNote: ls(
        'Gaat niet door: de wijkwerkplaats wordt verbouwd. We zoeken een nieuwe datum in het voorjaar.',
        'Cancelled: the community workshop is being renovated. We are looking for a new date in spring.',
      ),
    }),

    event('cursus-ai-in-je-administratie', `cursus-ai-in-je-administratie-${edition(o.aiCursus)}`, {
      title: ls('Cursus: AI in je administratie (drie avonden)', 'Course: AI for your admin (three evenings)'),
      summary: lt(
        'Bonnetjes verwerken, facturen controleren, offertes maken. In drie avonden leer je hoe AI-tools je administratie lichter maken.',
        'Processing receipts, checking invoices, writing quotes. In three evenings you learn how AI tools lighten your admin.',
      ),
      description: body(
        [
          'Administratie is voor veel ondernemers het minst leuke deel van het werk. Deze cursus helpt je om er minder tijd aan kwijt te zijn.',
          '## De drie avonden',
          '1. Bonnetjes en facturen automatisch laten verwerken.',
          '2. Offertes en herinneringen opstellen met een AI-assistent.',
          '3. Controleren: waar maakt de tool fouten, en hoe merk je dat?',
          'Dit is de eerste avond. De tweede en derde avond volgen een en twee weken later op dezelfde tijd.',
          {
            callout: 'info',
            text: 'Je hebt een eigen laptop nodig. Je boekhoudpakket mag je meenemen, maar het hoeft niet.',
          },
        ],
        [
          'For many business owners, admin is the least enjoyable part of the job. This course helps you spend less time on it.',
          '## The three evenings',
          '1. Having receipts and invoices processed automatically.',
          '2. Drafting quotes and reminders with an AI assistant.',
          '3. Checking: where does the tool make mistakes, and how do you notice?',
          'This is the first evening; the second and third follow one and two weeks later at the same time.',
          {
            callout: 'info',
            text: 'Bring your own laptop. Access to your accounting software is useful but not required.',
          },
        ],
      ),
      start: ctx.at(o.aiCursus, '18:30'),
      end: ctx.at(o.aiCursus, '21:30'),
      ...place('venue', 'werkplaats'),
      registrationUrl: 'https://praktijkacademie-rotterdam.example/cursussen/ai-administratie',
      organisers: ctx.refs(['partner-praktijkacademie-rotterdam', 'partner-digitale-werkplaats-010']),
      themes: ['digitaal'],
      goals: ['slimmer-werken'],
      sectors: [],
      costEuro: 95,
      costNote: ls('Voor drie avonden, inclusief soep en broodjes', 'For all three evenings, including soup and sandwiches'),
      language: 'nl',
    }),

    event('van-afval-naar-grondstof-editie-2', `van-afval-naar-grondstof-${edition(o.afval2)}`, {
      series: 'van-afval-naar-grondstof',
      title: ls('Workshop: Van afval naar grondstof', 'Workshop: From waste to raw material'),
      summary: lt(
        'Nieuwe editie, nu met een speciaal blok voor textiel en bedrijfskleding. Breng je eigen reststroom mee.',
        'A new edition, now with a special session on textile and workwear. Bring your own residual stream.',
      ),
      description: body(
        [
          'Na de vorige edities vroegen veel deelnemers om meer over textiel. Daarom werken we deze keer ook met afgedankte bedrijfskleding, gordijnen en stoffen.',
          'Je werkt in kleine groepen met een technicus van de Maakhaven en een onderzoeker van het Kenniscentrum Nieuwe Economie. Samen maken jullie een eerste proefstuk.',
          'Je gaat naar huis met je proefstuk, een lijst met afnemers voor je materiaal en drie ideeën om verder mee te gaan.',
        ],
        [
          'After earlier editions, many participants asked for more on textiles. So this time we also work with discarded workwear, curtains and fabric.',
          'You work in small groups with a Maakhaven technician and a researcher from Kenniscentrum Nieuwe Economie, and together you make a first test piece.',
          'You leave with your test piece, a list of potential buyers for your material and three ideas to take further.',
        ],
      ),
      start: ctx.at(o.afval2, '13:30'),
      end: ctx.at(o.afval2, '17:00'),
      ...place('venue', 'maakhaven'),
      registrationUrl: 'https://maakhaven.example/workshops/afval-naar-grondstof',
      organisers: ctx.refs(['partner-maakhaven-circulair', 'partner-kenniscentrum-nieuwe-economie']),
      themes: ['circulair'],
      goals: ['minder-afval', 'hergebruiken'],
      sectors: ['maakindustrie', 'creatief', 'bouw-installatie'],
      costEuro: 25,
      costNote: ls('Inclusief materiaal en koffie', 'Includes materials and coffee'),
      language: 'nl',
      image: ctx.image('event-3.png', 'Een flip-over vol gekleurde plakbriefjes tijdens een workshop'),
    }),

    event('circular-port-logistics-meetup', 'circular-port-logistics-meetup', {
      title: ls('Meetup circulaire havenlogistiek', 'Circular port logistics meetup'),
      summary: lt(
        'Een meetup in twee talen over pallets, kratten en folie die je vaker kunt gebruiken in de haven. Voor bedrijven in vervoer en opslag, uit Nederland en daarbuiten.',
        'A bilingual meetup on reusable packaging, pallets and return flows in the port, for Dutch and international logistics firms.',
      ),
      description: body(
        [
          'Elke dag gaan er in de haven duizenden pallets, kratten en rollen folie door. Veel daarvan worden maar één keer gebruikt.',
          'Op deze meetup vertellen leden van de Havenkring en bedrijven uit M4H wat werkt. Vijf bedrijven delen hun pallets. Kratten gaan terug naar de afzender. Folie gaat terug naar de fabriek.',
          'De presentaties zijn in het Engels, de gesprekken in de pauze in elke taal die je spreekt.',
        ],
        [
          'Every day thousands of pallets, crates and rolls of film pass through the port, and many are used only once.',
          'At this meetup Havenkring members and international companies from M4H share what works. Think of a pallet pool between five firms, a return system for crates, and film that goes back to the factory.',
          'Talks are in English; conversations over the break in whatever language you speak. Join in person or follow the talks online.',
        ],
      ),
      start: ctx.at(o.portMeetup, '15:30'),
      end: ctx.at(o.portMeetup, '18:00'),
      ...place('hybrid', 'werkplaats', 'https://havenkring.example/live/circular-logistics'),
      registrationUrl: 'https://havenkring.example/aanmelden/circular-logistics',
      organisers: ctx.refs(['partner-havenkring-mkb', 'partner-kenniscentrum-nieuwe-economie']),
      themes: ['circulair'],
      goals: ['minder-afval'],
      sectors: ['logistiek-haven'],
      costEuro: 0,
      language: 'nl-en',
    }),

    event('ondernemen010-live', `ondernemen010-live-${yearOf(o.liveNext)}`, {
      series: 'ondernemen010-live',
      title: ls(`Ondernemen010 Live! ${yearOf(o.liveNext)}`, `Ondernemen010 Live! ${yearOf(o.liveNext)}`),
      summary: lt(
        'De grootste dag voor ondernemers in de stad, dit jaar op RDM. Een middag en avond vol verhalen, advies en ontmoetingen.',
        "The city's biggest event for business owners, this year at RDM. An afternoon and evening full of stories, advice and meetings.",
      ),
      description: body(
        [
          'Ondernemen010 Live! verhuist dit jaar naar de Evenementenhal op RDM, tussen de makers en de scheepswerven. Je komt er makkelijk met de waterbus.',
          '## Programma',
          '- **12.00 uur** Ontvangst en lunch van Rotterdamse foodondernemers',
          '- **13.00 uur** Opening door de wethouder en de stand van zaken van MKB010>>Next',
          '- **13.45 uur** Drie rondes werkplaatsen: circulair, duurzaam, digitaal',
          '- **17.00 uur** Uitreiking van de Ondernemen010-prijs',
          '- **18.00 uur** Buffet en netwerken tot 20.30 uur',
          'Alle dertien partners zijn er, met adviseurs die meteen je vragen beantwoorden. Internationale ondernemers zijn welkom; een deel van het programma is in het Engels.',
        ],
        [
          'This year Ondernemen010 Live! moves to the Evenementenhal at RDM, among the makers and the shipyards. The water bus takes you almost to the door.',
          '## Programme',
          '- **12:00** Welcome and lunch from Rotterdam food businesses',
          '- **13:00** Opening by the alderman and an update on MKB010>>Next',
          '- **13:45** Three rounds of workshops: circular, sustainable, digital',
          '- **17:00** Presentation of the Ondernemen010 award',
          '- **18:00** Buffet and networking until 20:30',
          'All thirteen partners are there, with advisers ready to answer your questions. International entrepreneurs are welcome; part of the programme is in English.',
        ],
      ),
      start: ctx.at(o.liveNext, '12:00'),
      end: ctx.at(o.liveNext, '20:30'),
      ...place('venue', 'rdmHal'),
      registrationUrl: 'https://ondernemen010live.example/aanmelden',
      organisers: ctx.refs(['partner-ondernemershuis-rotterdam', 'partner-maakhaven-circulair', 'partner-praktijkacademie-rotterdam']),
      themes: ['circulair', 'duurzaam', 'digitaal'],
      sectors: [],
      costEuro: 0,
      costNote: ls('Gratis, aanmelden verplicht (vol = vol)', 'Free, registration required (limited places)'),
      language: 'nl-en',
      image: ctx.image('event-2.png', 'Van bovenaf gezien: ronde tafels met stoelen eromheen, klaar voor het netwerkdeel van de dag'),
    }),
  ];
}
