// Four campaign landing pages with windows relative to the anchor day, so a rebuilt seed always has
// one ended, one live and two scheduled campaigns. The scheduled ones carry distinctive title words
// ("Aftelweken", "Cyberfitcheck") that tests look for to prove they stay out of the public build.

import type { Campaign, SeedContext } from '../lib.ts';

type Section = NonNullable<Campaign['sections']>[number];

/** The campaign documents. */
export default function campaigns(ctx: SeedContext): Campaign[] {
  const section = <T extends Section['_type']>(key: string, type: T, fields: Omit<Extract<Section, { _type: T }>, '_type' | '_key'>) =>
    ({ _type: type, _key: key, ...fields }) as Section;
  const faq = (key: string, heading: string, pairs: [question: string, answer: string][]) =>
    section(key, 'faq', {
      heading,
      items: pairs.map(([question, answer], i) => ({ _type: 'faqItem', _key: `q${i}`, question, answer })),
    });

  // --- Ended: a month on circular construction, closed about 40 days ago.
  const circularConstruction: Campaign = {
    _id: 'campaign-maand-van-de-circulaire-bouw',
    _type: 'campaign',
    language: 'nl',
    title: 'Maand van de circulaire bouw',
    slug: ctx.slug('maand-van-de-circulaire-bouw'),
    summary:
      'Een maand lang alles over bouwen en verbouwen met hergebruikte materialen: gidsen, een bouwplaatsbezoek in M4H en regelingen voor aannemers en winkeliers.',
    publishFrom: ctx.at(-71, '08:00'),
    publishUntil: ctx.at(-40, '23:59'),
    sections: [
      section('hero', 'hero', {
        heading: 'Bouw met wat er al is',
        text: 'De bouw gebruikt in Rotterdam de meeste grondstoffen. Wil de stad in 2030 de helft minder nieuwe grondstoffen gebruiken, dan begint het op de bouwplaats. Deze maand laten aannemers, installateurs en winkeliers zien hoe dat gaat.',
        image: ctx.image('campaign-1.png', 'Een bouwkraan tilt een hergebruikte balk boven een rij gebouwen'),
        ctaLabel: 'Bekijk de gidsen',
        ctaUrl: '/thema/circulair/',
      }),
      section('waarom', 'richText', {
        heading: 'Waarom nu?',
        body: ctx.pt([
          'Bij sloop en verbouw komt veel materiaal vrij dat nog prima is: balken, stenen, deuren, tegels. Vaak verdwijnt het in de container. Dat is zonde van het geld en van de grondstoffen.',
          'De partners van MKB010>>Next helpen je om materiaal te **vinden**, te **gebruiken** en weer **door te geven**. Van een kleine winkelverbouwing in de Meent tot een nieuwe hal in de haven.',
          {
            callout: 'tip',
            title: 'Begin klein',
            text: 'Vraag bij je volgende klus één ding: welk materiaal kan hier blijven, en wat kan een ander gebruiken?',
          },
        ]),
      }),
      section('gidsen', 'featuredGuides', {
        heading: 'Gidsen voor bouwers en verbouwers',
        guides: ctx.refs([
          'guide-tweedehands-bouwmaterialen-haven',
          'guide-winkel-circulair-verbouwen',
          'guide-circulair-inkopen',
          'guide-bedrijfsafval-scheiden',
        ]),
      }),
      section('verhalen', 'featuredStories', {
        heading: 'Rotterdamse voorbeelden',
        stories: ctx.refs(['story-bouwbedrijf-oudeland-renoveert-met-oude-materialen', 'story-houtwerf-rdm-maakt-meubels-van-havenhout']),
      }),
      section('evenementen', 'featuredEvents', {
        heading: 'Zien hoe het werkt',
        events: ctx.refs(['event-bouwplaatsbezoek-circulair-bouwen-m4h', 'event-circulaire-bouwbeurs-rijnmond']),
      }),
      section('regelingen', 'featuredSchemes', {
        heading: 'Geld en advies',
        schemes: ctx.refs(['scheme-groene-verbouwlening', 'scheme-circulaire-innovatiesubsidie', 'scheme-reststromen-matchmaking']),
      }),
      faq('vragen', 'Vragen van bouwers', [
        [
          'Is hergebruikt materiaal wel veilig?',
          'Ja, als je het laat keuren waar dat nodig is. Voor dragende delen zoals balken vraag je een constructeur om te kijken. De Bouwkring Rijnmond weet wie dat doet.',
        ],
        [
          'Is het niet duurder?',
          'Soms kost het meer tijd om materiaal te vinden. Maar je bespaart op aankoop en op afvoer. Reken het voor je klus uit voordat je kiest.',
        ],
        [
          'Mijn klant wil alles nieuw. Wat nu?',
          'Laat voorbeelden zien, bijvoorbeeld uit de verhalen op deze site. Veel klanten vinden een vloer met een verhaal juist mooi.',
        ],
      ]),
    ],
  };

  // --- Live: energy saving, from about a week ago until about a year ahead.
  const energy: Campaign = {
    _id: 'campaign-energie-besparen-deze-winter',
    _type: 'campaign',
    language: 'nl',
    title: 'Energie besparen deze winter',
    slug: ctx.slug('energie-besparen-deze-winter'),
    summary:
      'Lagere energierekening, warmer pand: praktische stappen voor winkels, horeca en werkplaatsen, gratis energieadvies en regelingen om te investeren.',
    publishFrom: ctx.at(-7, '07:00'),
    publishUntil: ctx.at(365, '23:59'),
    sections: [
      section('hero', 'hero', {
        heading: 'Minder energie, meer over',
        text: 'De deur open, de verwarming hoog, de koeling die de hele nacht draait. Veel ondernemers betalen meer dan nodig is. Met een paar slimme stappen bespaar je al deze winter.',
        image: ctx.image('campaign-2.png', 'Een huis in de winter met sneeuwvlokken en warm licht achter de ramen'),
        ctaLabel: 'Vraag gratis energieadvies aan',
        ctaUrl: '/regelingen/gratis-energieadvies/',
      }),
      section('snel', 'richText', {
        heading: 'Drie dingen die je vandaag kunt doen',
        body: ctx.pt([
          '1. Zet de verwarming een graad lager en ’s nachts op 15 graden.',
          '2. Houd de deur dicht. Een bordje “Wij zijn open” werkt net zo goed.',
          '3. Kijk ’s avonds na sluitingstijd wat er nog aan staat. Alles wat bromt of brandt, kost geld.',
          'Wil je verder? Een energiescan laat zien waar in jouw pand de meeste winst zit. Voor veel ondernemers in Rotterdam is die scan gratis.',
        ]),
      }),
      section('gidsen', 'featuredGuides', {
        heading: 'Stap voor stap besparen',
        guides: ctx.refs([
          'guide-energie-besparen-horeca',
          'guide-winkelpand-isoleren',
          'guide-energieverbruik-meten',
          'guide-bedrijfspand-energieneutraal',
        ]),
      }),
      section('verhalen', 'featuredStories', {
        heading: 'Zij gingen je voor',
        stories: ctx.refs(['story-bakkerij-aydin-bespaart-energie', 'story-installateur-uit-ijsselmonde-stapt-over-op-warmtepompen']),
      }),
      section('regelingen', 'featuredSchemes', {
        heading: 'Hulp bij de kosten',
        schemes: ctx.refs([
          'scheme-gratis-energieadvies',
          'scheme-duurzaamheidsvoucher-010',
          'scheme-zonnepanelen-lening',
          'scheme-groen-dak-subsidie',
        ]),
      }),
      section('evenementen', 'featuredEvents', {
        heading: 'Kom langs',
        events: ctx.refs(['event-energiescan-ontbijt-nieuwe-binnenweg', 'event-emissievrij-de-stad-in']),
      }),
      section('oproep', 'callToAction', {
        heading: 'Weet je niet waar je moet beginnen?',
        text: 'Het Energieloket Mkb Rijnmond denkt gratis met je mee. Een adviseur komt langs en zet de beste stappen voor jouw pand op een rij.',
        label: 'Bekijk het gratis energieadvies',
        url: '/regelingen/gratis-energieadvies/',
      }),
      faq('vragen', 'Veelgestelde vragen', [
        [
          'Ik huur mijn pand. Kan ik dan toch iets doen?',
          'Ja. Veel besparing zit in hoe je het pand gebruikt: verwarming, verlichting, koeling en deuren. Voor isolatie of zonnepanelen maak je afspraken met je verhuurder.',
        ],
        [
          'Wat kost een energiescan?',
          'Via de regeling voor gratis energieadvies betaal je niets. Je krijgt een rapport met maatregelen, wat ze kosten en wat ze opleveren.',
        ],
        [
          'Geldt dit ook voor mijn horecazaak?',
          'Zeker. In de horeca zitten de grootste kosten vaak in koeling, afzuiging en warm water. Daar helpt de scan juist bij.',
        ],
      ]),
    ],
  };

  const energyEn: Campaign = {
    _id: 'campaign-energie-besparen-deze-winter-en',
    _type: 'campaign',
    language: 'en',
    translationOf: ctx.ref('campaign-energie-besparen-deze-winter'),
    title: 'Saving energy this winter',
    slug: ctx.slug('saving-energy-this-winter'),
    summary:
      'A lower energy bill and warmer premises: practical steps for shops, restaurants and workshops, free energy advice and schemes to help you invest.',
    publishFrom: energy.publishFrom,
    publishUntil: energy.publishUntil,
    sections: [
      section('hero', 'hero', {
        heading: 'Use less energy, keep more money',
        text: 'The door wide open, the heating up high, the fridge running all night. Many businesses pay more than they need to. A few smart steps save money this winter.',
        image: ctx.image('campaign-2.png', 'A house in winter with snowflakes and warm light behind the windows'),
        ctaLabel: 'Get free energy advice',
        ctaUrl: '/en/support/gratis-energieadvies/',
      }),
      section('quick', 'richText', {
        heading: 'Three things you can do today',
        body: ctx.pt([
          '1. Turn the heating down one degree, and to 15 degrees at night.',
          '2. Keep the door closed. An “Open” sign works just as well.',
          '3. After closing time, check what is still switched on. Anything humming or glowing costs money.',
          'Want to go further? An energy scan shows where your premises can save the most. For many Rotterdam businesses the scan is free.',
        ]),
      }),
      section('guides', 'featuredGuides', {
        heading: 'Step by step',
        guides: ctx.refs(['guide-bedrijfspand-energieneutraal-en', 'guide-warmtepomp-werkplaats-en', 'guide-energiebesparingsplicht-en']),
      }),
      section('story', 'featuredStories', {
        heading: 'A baker who did it',
        stories: ctx.refs(['story-bakkerij-aydin-bespaart-energie-en']),
      }),
      section('schemes', 'featuredSchemes', {
        heading: 'Help with the costs',
        schemes: ctx.refs(['scheme-gratis-energieadvies', 'scheme-duurzaamheidsvoucher-010', 'scheme-zonnepanelen-lening']),
      }),
      section('events', 'featuredEvents', {
        heading: 'Join us',
        events: ctx.refs(['event-energiescan-ontbijt-nieuwe-binnenweg']),
      }),
      section('cta', 'callToAction', {
        heading: 'Not sure where to start?',
        text: 'Energieloket Mkb Rijnmond offers free advice. An adviser visits and lists the best steps for your premises.',
        label: 'See the free energy advice',
        url: '/en/support/gratis-energieadvies/',
      }),
      faq('faq', 'Frequently asked questions', [
        [
          'I rent my premises. Can I still do something?',
          'Yes. Much of the saving comes from how you use the building: heating, lighting, cooling and doors. For insulation or solar panels, agree on it with your landlord.',
        ],
        [
          'What does an energy scan cost?',
          'Through the free energy advice scheme you pay nothing. You get a report with measures, what they cost and what they save.',
        ],
      ]),
    ],
  };

  // --- Scheduled: the countdown to Ondernemen010 Live!, from ~45 days ahead until the day after the event.
  const countdown: Campaign = {
    _id: 'campaign-aftelweken-ondernemen010-live',
    _type: 'campaign',
    language: 'nl',
    title: 'Aftelweken: op naar Ondernemen010 Live!',
    slug: ctx.slug('aftelweken-ondernemen010-live'),
    summary: 'Elke week een nieuwe spreker, een workshop om alvast te reserveren en tips om het meeste uit Ondernemen010 Live! te halen.',
    publishFrom: ctx.at(45, '09:00'),
    publishUntil: ctx.at(160, '23:59'),
    sections: [
      section('hero', 'hero', {
        heading: 'De Aftelweken zijn begonnen',
        text: 'Ondernemen010 Live! is de dag waarop Rotterdamse ondernemers, de gemeente en alle partners elkaar ontmoeten. Tot die tijd maken we elke week iets bekend: een spreker, een workshop of een nieuwe partner op de markt.',
        image: ctx.image('campaign-3.png', 'Een grote scheurkalender naast een podium met spotlights'),
        ctaLabel: 'Meld je aan',
        ctaUrl: '/evenementen/',
      }),
      section('dag', 'featuredEvents', {
        heading: 'Zet het in je agenda',
        events: ctx.refs(['event-ondernemen010-live']),
      }),
      section('programma', 'richText', {
        heading: 'Wat je op de dag kunt verwachten',
        body: ctx.pt([
          '- Korte talks van ondernemers uit Feijenoord, Delfshaven en de haven.',
          '- Een markt met alle 13 partners. Stel je vraag direct aan wie je verder kan helpen.',
          '- Workshops over circulair, duurzaam en digitaal ondernemen. Vol is vol, dus reserveer op tijd.',
          '- Aan het eind: een borrel met de wethouder.',
        ]),
      }),
      section('lezen', 'featuredGuides', {
        heading: 'Alvast inlezen',
        guides: ctx.refs(['guide-circulair-ondernemen-beginnen', 'guide-ai-tools-verantwoord-gebruiken']),
      }),
      section('verhalen', 'featuredStories', {
        heading: 'Sprekers van vorig jaar',
        stories: ctx.refs(['story-tweede-ronde-verkoopt-vintage-ook-online', 'story-maasfiets-koeriers-bezorgt-per-bakfiets']),
      }),
      faq('vragen', 'Praktische vragen', [
        ['Kost het iets?', 'Nee, Ondernemen010 Live! is gratis voor ondernemers uit Rotterdam. Je moet je wel aanmelden.'],
        ['Kan ik een collega meenemen?', 'Ja, meld je collega apart aan. Zo weten we hoeveel koffie we moeten zetten.'],
        [
          'Is de locatie toegankelijk?',
          'Ja. De zaal is goed bereikbaar met een rolstoel en er is een ringleiding. Laat het ons weten als je iets anders nodig hebt.',
        ],
      ]),
    ],
  };

  // --- Scheduled later: staying safe online, from ~200 days ahead, with an English version.
  const cyber: Campaign = {
    _id: 'campaign-cyberfitcheck-veilig-online-ondernemen',
    _type: 'campaign',
    language: 'nl',
    title: 'Veilig online ondernemen: doe de Cyberfitcheck',
    slug: ctx.slug('cyberfitcheck-veilig-online-ondernemen'),
    summary: 'Zes weken lang aandacht voor digitale veiligheid: herken nepmails, maak back-ups en laat je bedrijf gratis scannen.',
    publishFrom: ctx.at(200, '08:00'),
    publishUntil: ctx.at(242, '23:59'),
    sections: [
      section('hero', 'hero', {
        heading: 'Hoe fit is jouw bedrijf online?',
        text: 'Eén klik op een nepmail en je kassa ligt stil. Cybercriminelen kiezen vaak kleine bedrijven, omdat die minder goed beveiligd zijn. Met de Cyberfitcheck weet je in tien minuten waar je staat.',
        image: ctx.image('campaign-4.png', 'Een laptop achter een groot schild met een hangslot'),
        ctaLabel: 'Doe de check',
        ctaUrl: '/regelingen/cyberveiligheidsscan/',
      }),
      section('gidsen', 'featuredGuides', {
        heading: 'Begin bij de basis',
        guides: ctx.refs([
          'guide-nepmails-herkennen',
          'guide-wachtwoorden-en-inloggen-in-twee-stappen',
          'guide-back-ups-maken',
          'guide-veilig-online-verkopen',
        ]),
      }),
      section('verhaal', 'featuredStories', {
        heading: 'Het ging bijna mis',
        stories: ctx.refs(['story-ontwerpstudio-kade-trapte-bijna-in-een-nepfactuur']),
      }),
      section('regelingen', 'featuredSchemes', {
        heading: 'Hulp van de partners',
        schemes: ctx.refs(['scheme-cyberveiligheidsscan', 'scheme-digitaliseringsvoucher']),
      }),
      section('oproep', 'callToAction', {
        heading: 'Gratis scan door CyberVeilig010',
        text: 'Een expert kijkt met je mee naar je wachtwoorden, back-ups en wifi. Je krijgt een lijstje met wat je als eerste moet doen.',
        label: 'Vraag de scan aan',
        url: '/regelingen/cyberveiligheidsscan/',
      }),
    ],
  };

  const cyberEn: Campaign = {
    _id: 'campaign-cyberfitcheck-veilig-online-ondernemen-en',
    _type: 'campaign',
    language: 'en',
    translationOf: ctx.ref('campaign-cyberfitcheck-veilig-online-ondernemen'),
    title: 'Safe online business: take the Cyberfitcheck',
    slug: ctx.slug('cyberfitcheck-safe-online-business'),
    summary: 'Six weeks of attention for digital safety: spot fake emails, make backups and get your business scanned for free.',
    publishFrom: cyber.publishFrom,
    publishUntil: cyber.publishUntil,
    sections: [
      section('hero', 'hero', {
        heading: 'How fit is your business online?',
        text: 'One click on a fake email and your till stops working. Criminals often target small businesses because they are less well protected. The Cyberfitcheck tells you where you stand in ten minutes.',
        image: ctx.image('campaign-4.png', 'A laptop behind a large shield with a padlock'),
        ctaLabel: 'Take the check',
        ctaUrl: '/en/support/cyberveiligheidsscan/',
      }),
      section('guides', 'featuredGuides', {
        heading: 'Start with the basics',
        guides: ctx.refs(['guide-nepmails-herkennen-en', 'guide-veilig-online-verkopen-en']),
      }),
      section('schemes', 'featuredSchemes', {
        heading: 'Help from the partners',
        schemes: ctx.refs(['scheme-cyberveiligheidsscan']),
      }),
      section('cta', 'callToAction', {
        heading: 'A free scan by CyberVeilig010',
        text: 'An expert checks your passwords, backups and wifi with you, and gives you a short list of what to fix first.',
        label: 'Request the scan',
        url: '/en/support/cyberveiligheidsscan/',
      }),
    ],
  };

  return [circularConstruction, energy, energyEn, countdown, cyber, cyberEn];
}
