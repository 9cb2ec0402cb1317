// The 15 sample support schemes (regelingen). Amounts and conditions are illustrative;
// deadlines are relative to the seed's anchor day so open and closed schemes stay that way.

import type { LocaleBlockContent, LocaleString, LocaleText, PtLine, Scheme, SeedContext } from '../lib.ts';

/** Scheme ids defined in this file, for other seed modules to check their references. */
export const schemeIds = [
  'scheme-duurzaamheidsvoucher-010',
  'scheme-gratis-energieadvies',
  'scheme-circulaire-innovatiesubsidie',
  'scheme-zonnepanelen-lening',
  'scheme-digitaliseringsvoucher',
  'scheme-cyberveiligheidsscan',
  'scheme-groene-verbouwlening',
  'scheme-reststromen-matchmaking',
  'scheme-webshop-training',
  'scheme-circulair-inkopen-training',
  'scheme-winkelpand-verduurzaming',
  'scheme-mkb-innovatiekrediet',
  'scheme-elektrische-bestelbus',
  'scheme-ai-praktijkvoucher',
  'scheme-groen-dak-subsidie',
];

const CITY = 'Gemeente Rotterdam';

/** The scheme documents. */
export default function schemes(ctx: SeedContext): Scheme[] {
  const ls = (nl: string, en: string): LocaleString => ({ _type: 'localeString', nl, en });
  const lt = (nl: string, en: string): LocaleText => ({ _type: 'localeText', nl, en });
  const body = (nl: PtLine[], en: PtLine[]): LocaleBlockContent => ({ _type: 'localeBlockContent', nl: ctx.pt(nl), en: ctx.pt(en) });
  const scheme = (slug: string, fields: Omit<Scheme, '_id' | '_type' | 'slug'>): Scheme => ({
    _id: `scheme-${slug}`,
    _type: 'scheme',
    slug: ctx.slug(slug),
    ...fields,
  });
  const open = (days: number) => ({ ongoing: false, deadline: ctx.date(days) });
  const ongoing = { ongoing: true };
  const change = (key: string, days: number, nl: string, en: string) => ({
    _key: key,
    _type: 'changeEntry' as const,
    date: ctx.date(days),
    note: { nl, en },
  });

  return [
    scheme('duurzaamheidsvoucher-010', {
      title: ls('Duurzaamheidsvoucher 010', 'Rotterdam Sustainability Voucher'),
      summary: lt(
        'Tot €5.000 voor maatregelen die energie besparen in je bedrijfspand, zoals ledverlichting, isolatie of een slimme thermostaat. De gemeente betaalt de helft.',
        'Up to €5,000 towards energy-saving measures in your business premises, such as LED lighting, insulation or a smart thermostat. The city pays half.',
      ),
      schemeType: 'voucher',
      provider: CITY,
      providerPartner: ctx.ref('partner-ondernemershuis-rotterdam'),
      eligibility: body(
        [
          'Je kunt de voucher aanvragen als:',
          '- je bedrijf in Rotterdam gevestigd is en ingeschreven staat bij de KvK;',
          '- je minder dan 50 mensen in dienst hebt;',
          '- de maatregel in een pand in Rotterdam komt (huur of eigendom);',
          '- je nog niet met de maatregel bent begonnen.',
          'Huur je het pand? Dan heb je schriftelijke toestemming van je verhuurder nodig.',
          {
            callout: 'tip',
            text: 'Weet je nog niet welke maatregel het meest oplevert? Vraag eerst het gratis energieadvies aan. Het rapport kun je gebruiken bij je aanvraag.',
          },
        ],
        [
          'You can apply for the voucher if:',
          '- your business is based in Rotterdam and registered with the Chamber of Commerce (KvK);',
          '- you employ fewer than 50 people;',
          '- the measure is installed in premises in Rotterdam (rented or owned);',
          '- you have not started the work yet.',
          'Renting your premises? You need written permission from your landlord.',
          {
            callout: 'tip',
            text: 'Not sure which measure pays off most? Request the free energy advice first. You can use its report in your application.',
          },
        ],
      ),
      maxAmountEuro: 5000,
      amountNote: ls('50% van de kosten, maximaal €5.000 per bedrijf', '50% of the costs, up to €5,000 per business'),
      ...open(120),
      // First come, first served: most of this year's budget has been handed out.
      budgetStatus: 'bijna-op',
      changeLog: [
        change(
          'bedrag',
          -40,
          'Het maximumbedrag is verhoogd van €4.000 naar €5.000.',
          'The maximum amount has been raised from €4,000 to €5,000.',
        ),
        change(
          'budget',
          -9,
          'Meer dan 80% van het budget voor dit jaar is verdeeld. Vraag snel aan.',
          "Over 80% of this year's budget has been allocated. Apply soon.",
        ),
      ],
      howToApply: body(
        [
          '1. Vraag een offerte aan bij een installateur of leverancier.',
          '2. Vul het aanvraagformulier in en voeg de offerte toe.',
          '3. Binnen vier weken hoor je of je de voucher krijgt.',
          '4. Laat het werk uitvoeren en stuur de factuur en een foto van het resultaat op.',
          '5. De gemeente betaalt de helft van de factuur aan jou uit.',
          'Op is op: als het budget voor dit jaar verdeeld is, sluit de regeling eerder.',
        ],
        [
          '1. Get a quote from an installer or supplier.',
          '2. Fill in the application form and attach the quote.',
          '3. Within four weeks you hear whether you get the voucher.',
          '4. Have the work done and send in the invoice and a photo of the result.',
          '5. The city pays half of the invoice to you.',
          "First come, first served: once this year's budget is allocated, the scheme closes early.",
        ],
      ),
      applyUrl: 'https://ondernemershuis-rotterdam.example/duurzaamheidsvoucher',
      themes: ['duurzaam'],
      goals: ['energierekening', 'pand-verduurzamen'],
      sectors: [],
      companySizes: ['zzp', '1-9', '10-49'],
      districts: [],
      searchKeywords: [
        'energiebesparing',
        'energie besparen',
        'subsidie verduurzamen',
        'ledlampen',
        'isolatie',
        'bedrijfspand',
        'energievoucher',
        'sustainability grant',
      ],
    }),

    scheme('gratis-energieadvies', {
      title: ls('Gratis energieadvies voor je bedrijfspand', 'Free energy advice for your premises'),
      summary: lt(
        'Een onafhankelijke adviseur loopt door je pand en zegt welke drie maatregelen het snelst iets opleveren. Jij betaalt niets.',
        'An independent adviser walks through your premises and tells you which three measures pay off fastest. You pay nothing.',
      ),
      schemeType: 'advies',
      provider: 'Energieloket Mkb Rijnmond',
      providerPartner: ctx.ref('partner-energieloket-mkb-rijnmond'),
      eligibility: body(
        [
          'Het advies is voor ondernemers in Rotterdam met een eigen bedrijfsruimte: een winkel, werkplaats, kantoor, horecazaak of loods.',
          'Werk je vanuit huis? Dan kun je helaas geen scan aanvragen. Je kunt wel naar een van onze ontbijten over energie komen.',
        ],
        [
          'The advice is for Rotterdam businesses with their own premises: a shop, workshop, office, restaurant or warehouse.',
          'Working from home? Then you cannot book a scan, but you are welcome at one of our energy breakfasts.',
        ],
      ),
      amountNote: ls("Gratis; normaal kost zo'n scan ongeveer €750", 'Free; a scan like this normally costs around €750'),
      ...ongoing,
      howToApply: body(
        [
          '### Zo gaat het',
          '1. Meld je aan via het formulier of bel het Energieloket.',
          '2. We plannen binnen drie weken een bezoek van ongeveer anderhalf uur.',
          '3. Je krijgt twee weken later een kort rapport per mail.',
          'Zorg dat je bij het bezoek je energierekeningen van het afgelopen jaar bij de hand hebt.',
        ],
        [
          '### How it works',
          '1. Sign up through the form or call the Energieloket.',
          '2. Within three weeks we schedule a visit of about an hour and a half.',
          '3. Two weeks later you receive a short report by email.',
          'Keep your energy bills for the past year at hand during the visit.',
        ],
      ),
      applyUrl: 'https://energieloket-rijnmond.example/scan-aanvragen',
      themes: ['duurzaam'],
      goals: ['energierekening'],
      sectors: [],
      companySizes: [],
      districts: [],
      searchKeywords: ['energiescan', 'energieadvies', 'energierekening', 'energiebesparing', 'maatwerkadvies', 'energy audit'],
    }),

    scheme('circulaire-innovatiesubsidie', {
      title: ls('Subsidie circulaire innovatie', 'Circular innovation grant'),
      summary: lt(
        'Voor ondernemers die een nieuw product, dienst of proces ontwikkelen waarmee minder nieuwe grondstoffen nodig zijn. Tot €25.000 per project.',
        'For businesses developing a new product, service or process that needs fewer new raw materials. Up to €25,000 per project.',
      ),
      schemeType: 'subsidie',
      provider: CITY,
      eligibility: body(
        [
          '## Wie kan meedoen?',
          'Mkb-bedrijven in Rotterdam met een concreet plan. Je mag samenwerken met andere bedrijven, een hogeschool of een universiteit. Dat is zelfs een pluspunt.',
          '## Welke projecten?',
          '- Een product maken van reststromen van jezelf of van anderen.',
          '- Een product verhuren of repareren in plaats van verkopen.',
          '- Een proces aanpassen zodat je veel minder afval hebt.',
          'Het project moet binnen 18 maanden klaar zijn. Je laat in je plan zien hoeveel kilo grondstof je ermee bespaart.',
        ],
        [
          '## Who can apply?',
          'Small and medium-sized businesses in Rotterdam with a concrete plan. You may team up with other companies or a knowledge institution; that actually counts in your favour.',
          '## Which projects?',
          "- Making a product from your own or others' residual streams.",
          '- Renting out or repairing a product instead of selling it.',
          '- Changing a process so you produce much less waste.',
          'The project must be finished within 18 months. Your plan shows how many kilos of raw material it saves.',
        ],
      ),
      maxAmountEuro: 25000,
      amountNote: ls('Maximaal 50% van de projectkosten', 'Up to 50% of project costs'),
      ...open(60),
      howToApply: body(
        [
          '1. Bespreek je idee eerst met een adviseur van Maakhaven Circulair of het Kenniscentrum Nieuwe Economie. Dat is gratis.',
          "2. Schrijf een projectplan van maximaal vijf pagina's, met een begroting.",
          '3. Dien het plan in vóór de deadline.',
          '4. Een commissie van ondernemers en experts beoordeelt alle plannen in één ronde.',
          '5. Binnen acht weken na de deadline hoor je de uitslag.',
          {
            callout: 'warning',
            text: 'Te laat is te laat. Plannen die na de deadline binnenkomen, nemen we niet mee in deze ronde.',
          },
        ],
        [
          '1. Discuss your idea with an adviser from Maakhaven Circulair or Kenniscentrum Nieuwe Economie first. It costs nothing.',
          '2. Write a project plan of up to five pages, including a budget.',
          '3. Submit it before the deadline.',
          '4. A panel of business owners and experts assesses all plans in one round.',
          '5. You hear the outcome within eight weeks of the deadline.',
          {
            callout: 'warning',
            text: 'Late is late. Plans received after the deadline are not considered in this round.',
          },
        ],
      ),
      applyUrl: 'https://subsidies.rotterdam-voorbeeld.example/circulaire-innovatie',
      themes: ['circulair'],
      goals: ['hergebruiken'],
      sectors: ['maakindustrie', 'bouw-installatie', 'food', 'creatief'],
      companySizes: ['1-9', '10-49', '50-249'],
      districts: [],
      searchKeywords: [
        'circulaire economie',
        'hergebruik',
        'reststromen',
        'grondstoffen besparen',
        'innovatiesubsidie',
        'productontwikkeling',
        'circular grant',
      ],
    }),

    scheme('zonnepanelen-lening', {
      title: ls('Lening voor zonnepanelen op je bedrijfsdak', 'Loan for solar panels on your business roof'),
      summary: lt(
        'Leen tegen een lage rente voor zonnepanelen op je dak. Je lost af met wat je op je energierekening bespaart.',
        'Borrow at a low interest rate for solar panels on your roof, and repay from what you save on your energy bill.',
      ),
      schemeType: 'lening',
      provider: 'Groenkrediet Rotterdam',
      providerPartner: ctx.ref('partner-groenkrediet-rotterdam'),
      eligibility: body(
        [
          '- Je bedrijf zit in Rotterdam en bestaat minstens een jaar.',
          '- Het dak is van jou, of de eigenaar geeft schriftelijk toestemming.',
          '- Het dak is sterk genoeg. Dat laat je controleren door een installateur.',
          '- Je hebt een offerte voor minimaal 10 panelen.',
        ],
        [
          '- Your business is in Rotterdam and has existed for at least a year.',
          '- You own the roof, or the owner gives written permission.',
          '- The roof is strong enough; an installer checks this.',
          '- You have a quote for at least 10 panels.',
        ],
      ),
      maxAmountEuro: 50000,
      amountNote: ls(
        'Vanaf €5.000; looptijd 5 tot 15 jaar; rente ter illustratie 3%',
        'From €5,000; 5 to 15 years; illustrative interest rate 3%',
      ),
      ...ongoing,
      howToApply: body(
        [
          'Plan eerst een gratis gesprek met een adviseur van Groenkrediet. Samen kijken jullie of een lening past bij je cijfers.',
          'Daarna stuur je in:',
          '- de offerte van de installateur;',
          '- je jaarcijfers van het afgelopen jaar;',
          '- je energierekening.',
          'Je krijgt binnen drie weken een besluit. Het geld gaat direct naar de installateur.',
        ],
        [
          'First book a free conversation with a Groenkrediet adviser. Together you check whether a loan fits your figures.',
          'Then send in:',
          "- the installer's quote;",
          "- last year's annual accounts;",
          '- your energy bill.',
          'You get a decision within three weeks. The money goes straight to the installer.',
        ],
      ),
      applyUrl: 'https://groenkrediet-rotterdam.example/zonnepanelen',
      themes: ['duurzaam'],
      goals: ['energierekening', 'pand-verduurzamen'],
      sectors: [],
      companySizes: [],
      districts: [],
      searchKeywords: ['zonnepanelen', 'zonne-energie', 'pv-panelen', 'zonnedak', 'groene lening', 'financiering', 'solar loan'],
    }),

    scheme('digitaliseringsvoucher', {
      title: ls('Digitaliseringsvoucher', 'Digitalisation voucher'),
      summary: lt(
        'Tot €2.500 voor hulp van een expert bij het digitaliseren van je bedrijf: een webshop, een koppeling met je boekhouding of een nieuw kassasysteem.',
        'Up to €2,500 for expert help in digitalising your business: an online shop, an accounting integration or a new till system.',
      ),
      schemeType: 'voucher',
      provider: CITY,
      providerPartner: ctx.ref('partner-digitale-werkplaats-010'),
      eligibility: body(
        [
          'Voor Rotterdamse mkb-bedrijven met maximaal 50 medewerkers. De voucher is voor advies en uitvoering door een externe partij. Software-abonnementen en hardware vallen erbuiten.',
          'Voorbeelden van wat wel kan:',
          '- Een specialist die je webshop koppelt aan je voorraad.',
          '- Een training voor je team in een nieuw planningssysteem.',
          '- Een praktijkcursus over AI, zoals bij de Digitale Werkplaats.',
        ],
        [
          'For Rotterdam small businesses with up to 50 employees. The voucher covers advice and implementation by an outside party. Software subscriptions and hardware are not included.',
          'Examples of what qualifies:',
          '- A specialist connecting your online shop to your stock.',
          '- Training your team in a new scheduling system.',
          '- A hands-on AI course, such as the ones at Digitale Werkplaats 010.',
        ],
      ),
      maxAmountEuro: 2500,
      amountNote: ls('De voucher dekt 75% van de kosten, tot €2.500', 'The voucher covers 75% of the costs, up to €2,500'),
      ...open(150),
      howToApply: body(
        [
          '1. Kies een expert of opleider en vraag een offerte.',
          '2. Vraag de voucher online aan. Je hebt je KvK-nummer en de offerte nodig.',
          '3. Na goedkeuring heb je zes maanden om het project af te ronden.',
          'Twijfel je of je plan past? Loop op dinsdagmiddag binnen bij de Digitale Werkplaats 010.',
        ],
        [
          '1. Choose an expert or trainer and ask for a quote.',
          '2. Apply for the voucher online with your Chamber of Commerce number and the quote.',
          '3. Once approved, you have six months to complete the project.',
          'Unsure whether your plan qualifies? Walk in at Digitale Werkplaats 010 on a Tuesday afternoon.',
        ],
      ),
      applyUrl: 'https://digitalewerkplaats010.example/voucher',
      themes: ['digitaal'],
      goals: ['online-verkopen', 'slimmer-werken'],
      sectors: [],
      companySizes: ['zzp', '1-9', '10-49'],
      districts: [],
      searchKeywords: ['digitalisering', 'webshop', 'ict-voucher', 'automatisering', 'kassasysteem', 'online verkopen', 'digital voucher'],
    }),

    scheme('cyberveiligheidsscan', {
      title: ls('Gratis cyberveiligheidsscan', 'Free cyber security scan'),
      summary: lt(
        'In een uur weet je hoe veilig je bedrijf online is en wat je als eerste moet regelen. Gratis voor Rotterdamse ondernemers.',
        'In one hour you know how safe your business is online and what to fix first. Free for Rotterdam business owners.',
      ),
      schemeType: 'advies',
      provider: 'CyberVeilig010',
      providerPartner: ctx.ref('partner-cyberveilig-010'),
      eligibility: body(
        [
          "Elk bedrijf in Rotterdam met een computer, een kassa of een website. Ook zzp'ers zijn welkom.",
          'Je hoeft geen technische kennis te hebben. De specialist stelt de vragen en legt alles uit.',
        ],
        [
          'Any Rotterdam business with a computer, a till or a website. Freelancers are welcome too.',
          'No technical knowledge needed: the specialist asks the questions and explains everything.',
        ],
      ),
      amountNote: ls('Gratis', 'Free'),
      ...ongoing,
      howToApply: body(
        [
          'Kies online een moment dat jou past. De scan kan bij jou op de zaak of via een videogesprek.',
          'Na afloop krijg je een actielijst met drie kolommen: vandaag, deze maand, later.',
          {
            callout: 'warning',
            title: 'Nu gehackt?',
            text: 'Wacht dan niet op een scan. Bel direct het spoednummer van CyberVeilig010 (het nummer staat hierboven).',
          },
        ],
        [
          'Pick a time that suits you online. The scan can take place at your premises or by video call.',
          'Afterwards you get an action list in three columns: today, this month, later.',
          {
            callout: 'warning',
            title: 'Hacked right now?',
            text: 'Do not wait for a scan. Call the CyberVeilig010 emergency line straight away (the number is shown above).',
          },
        ],
      ),
      applyUrl: 'https://cyberveilig010.example/scan',
      themes: ['digitaal'],
      goals: ['veilig-online'],
      sectors: [],
      companySizes: [],
      districts: [],
      searchKeywords: [
        'cybersecurity',
        'cyberveiligheid',
        'hacken',
        'phishing',
        'wachtwoorden',
        'back-up',
        'ransomware',
        'informatiebeveiliging',
      ],
    }),

    scheme('groene-verbouwlening', {
      title: ls('Groene verbouwlening', 'Green renovation loan'),
      summary: lt(
        'Ga je je pand verbouwen? Met deze lening betaal je de duurzame keuzes: isolatie, een warmtepomp of oude materialen die je opnieuw gebruikt.',
        'Renovating your premises? This loan pays for the sustainable and circular choices: insulation, a heat pump, reclaimed materials.',
      ),
      schemeType: 'lening',
      provider: 'Groenkrediet Rotterdam',
      providerPartner: ctx.ref('partner-groenkrediet-rotterdam'),
      eligibility: body(
        [
          'De lening is voor ondernemers die een bedrijfspand in Rotterdam verbouwen. Het pand mag van jou zijn of gehuurd.',
          '### Wat telt mee',
          '- Isolatie van dak, gevel, vloer of ramen',
          '- Een warmtepomp of aansluiting op het warmtenet',
          '- Oude bouwmaterialen, zoals kozijnen en balken uit een ander pand',
          '- Een groen dak of een ton die regenwater opvangt',
          'Je gebruikt minstens de helft van het geld dat je leent voor deze dingen.',
        ],
        [
          'The loan is for businesses renovating premises in Rotterdam, whether owned or rented.',
          '### What counts',
          '- Insulating the roof, walls, floor or windows',
          '- A heat pump or a district heating connection',
          '- Building materials that have been used before, such as harvested window frames and beams',
          '- A green roof or rainwater storage',
          'At least half of the amount borrowed must go to these measures.',
        ],
      ),
      maxAmountEuro: 150000,
      amountNote: ls('€10.000 tot €150.000; looptijd tot 15 jaar', '€10,000 to €150,000; terms up to 15 years'),
      ...ongoing,
      howToApply: body(
        [
          '1. Maak een afspraak voor het financieel spreekuur.',
          '2. Laat een aannemer een begroting maken waarin de groene onderdelen apart staan. Leden van Bouwkring Rijnmond weten hoe dat moet.',
          '3. Dien je aanvraag in met de begroting en je jaarcijfers.',
          '4. Een adviseur komt het pand bekijken.',
          '5. Na akkoord betalen we in delen uit, naarmate de verbouwing vordert.',
        ],
        [
          '1. Book an appointment at the finance clinic.',
          '2. Ask a contractor for a budget that lists the green items separately. Bouwkring Rijnmond members know how.',
          '3. Submit your application with the budget and your annual accounts.',
          '4. An adviser visits the premises.',
          '5. Once approved, we pay out in instalments as the renovation progresses.',
        ],
      ),
      applyUrl: 'https://groenkrediet-rotterdam.example/verbouwlening',
      themes: ['duurzaam', 'circulair'],
      goals: ['pand-verduurzamen', 'hergebruiken'],
      sectors: [],
      companySizes: [],
      districts: [],
      searchKeywords: [
        'verbouwing',
        'renovatie',
        'isoleren',
        'warmtepomp',
        'circulair bouwen',
        'groene financiering',
        'hypotheek bedrijfspand',
      ],
    }),

    scheme('reststromen-matchmaking', {
      title: ls('Reststromen-matchmaking', 'Residual stream matchmaking'),
      summary: lt(
        'Heb je materiaal over dat je nu weggooit? Maakhaven Circulair zoekt gratis een ondernemer die het kan gebruiken.',
        'Do you have leftover material you now throw away? Maakhaven Circulair finds a business that can use it, free of charge.',
      ),
      schemeType: 'advies',
      provider: 'Maakhaven Circulair',
      providerPartner: ctx.ref('partner-maakhaven-circulair'),
      eligibility: body(
        [
          'Iedere Rotterdamse ondernemer met een reststroom die regelmatig terugkomt. Denk aan:',
          '- houtresten, pallets en plaatmateriaal;',
          '- stoffen, bedrijfskleding en leer;',
          '- koffiedik, schillen en brood;',
          '- plastic, glas en metaal van verpakkingen.',
          'Ook als je juist materiaal zoekt, kun je je aanmelden.',
        ],
        [
          'Any Rotterdam business with a residual stream that keeps coming back, such as:',
          '- wood offcuts, pallets and sheet material;',
          '- fabric, workwear and leather;',
          '- coffee grounds, peelings and bread;',
          '- plastic, glass and metal from packaging.',
          'You can also sign up if you are looking for material.',
        ],
      ),
      amountNote: ls('Gratis; transport regel je samen met de afnemer', 'Free; you arrange transport with the receiving business'),
      ...ongoing,
      howToApply: body(
        [
          'Vul het korte formulier in: wat voor materiaal, hoeveel per maand en waar het ligt. Een foto helpt.',
          'Binnen een maand hoor je of er een match is. Lukt dat niet meteen, dan blijft je materiaal in ons overzicht staan. Je kunt ook een monster brengen naar ons lab op RDM.',
        ],
        [
          'Fill in the short form: what material, how much per month and where it is. A photo helps.',
          'Within a month you hear whether there is a match. If not, your material stays on our list. You can also bring a sample to the materials lab at RDM.',
        ],
      ),
      applyUrl: 'https://maakhaven.example/reststromen',
      themes: ['circulair'],
      goals: ['hergebruiken', 'minder-afval'],
      sectors: ['maakindustrie', 'bouw-installatie', 'food', 'horeca', 'creatief', 'logistiek-haven', 'retail'],
      companySizes: [],
      districts: [],
      searchKeywords: [
        'restafval',
        'reststroom',
        'afvalstromen',
        'hergebruik',
        'materiaalmarkt',
        'upcycling',
        'bedrijfsafval',
        'waste exchange',
      ],
    }),

    scheme('webshop-training', {
      title: ls('Traject: je webshop live in vier weken', 'Programme: your online shop live in four weeks'),
      summary: lt(
        'Vier dinsdagmiddagen met een kleine groep ondernemers en een coach. Aan het eind staat je webshop online en weet je hoe je hem bijhoudt.',
        'Four Tuesday afternoons with a small group of business owners and a coach. At the end your online shop is live and you know how to run it.',
      ),
      schemeType: 'training',
      provider: 'Digitale Werkplaats 010',
      providerPartner: ctx.ref('partner-digitale-werkplaats-010'),
      eligibility: body(
        [
          'Voor ondernemers met een winkel, atelier of ambacht die nog niet online verkopen, of een webshop hebben die niets oplevert.',
          '- Je kunt vier middagen vrijmaken.',
          "- Je hebt foto's van minstens tien producten, of je maakt ze in week één.",
          '- Je werkt op een eigen laptop.',
          'Per groep is er plek voor acht ondernemers.',
        ],
        [
          'For owners of a shop, studio or craft business who do not sell online yet, or whose online shop brings in nothing.',
          '- You can set aside four afternoons.',
          '- You have photos of at least ten products, or you take them in week one.',
          '- You work on your own laptop.',
          'Each group has room for eight business owners.',
        ],
      ),
      amountNote: ls('Eigen bijdrage €50; de rest betaalt de gemeente', 'Personal contribution €50; the city pays the rest'),
      ...open(42),
      howToApply: body(
        [
          'Schrijf je in via de website vóór de sluitingsdatum. Daarna plannen we een kort kennismakingsgesprek om te kijken of het traject bij je past.',
          'De eerste groep start twee weken na de sluitingsdatum.',
        ],
        [
          'Sign up on the website before the closing date. We then schedule a short introductory call to see whether the programme suits you.',
          'The first group starts two weeks after the closing date.',
        ],
      ),
      applyUrl: 'https://digitalewerkplaats010.example/webshop-traject',
      themes: ['digitaal'],
      goals: ['online-verkopen'],
      sectors: ['retail', 'creatief', 'food', 'maakindustrie'],
      companySizes: ['zzp', '1-9'],
      districts: [],
      searchKeywords: ['webshop', 'webwinkel', 'online verkopen', 'e-commerce', 'online winkel', 'internetverkoop', 'online shop'],
    }),

    scheme('circulair-inkopen-training', {
      title: ls('Training circulair inkopen', 'Circular procurement training'),
      summary: lt(
        'Leer in drie ochtenden hoe je producten en diensten inkoopt die langer meegaan, te repareren zijn of van hergebruikt materiaal komen.',
        'Learn in three mornings how to buy products and services that last longer, can be repaired or are made from reused material.',
      ),
      schemeType: 'training',
      provider: 'Praktijkacademie Rotterdam',
      providerPartner: ctx.ref('partner-praktijkacademie-rotterdam'),
      eligibility: body(
        [
          'Voor ondernemers en medewerkers die inkopen doen: van kantoormeubels tot verpakkingen, van werkkleding tot bouwmaterialen.',
          'Je hoeft geen inkoper van beroep te zijn. Juist in kleine bedrijven doet de eigenaar dit vaak zelf.',
        ],
        [
          'For owners and staff who do the buying: from office furniture to packaging, from workwear to building materials.',
          'You do not need to be a professional buyer. In small firms the owner often does it personally.',
        ],
      ),
      maxAmountEuro: 600,
      amountNote: ls('De training is gratis; de waarde is €600 per deelnemer', 'The training is free; it is worth €600 per participant'),
      ...open(90),
      budgetStatus: 'op',
      changeLog: [
        change(
          'vol',
          -3,
          'Alle plaatsen voor deze ronde zijn vergeven. Er komt in het voorjaar een nieuwe ronde.',
          'All places for this round have been taken. A new round follows in the spring.',
        ),
      ],
      howToApply: body(
        [
          '1. Meld je aan met het formulier. Je kunt maximaal twee mensen per bedrijf aanmelden.',
          '2. Neem naar de eerste ochtend een lijst mee van de tien dingen die je het meest inkoopt.',
          '3. In de derde ochtend maak je een inkoopplan voor je eigen bedrijf.',
        ],
        [
          '1. Sign up with the form. You can register up to two people per company.',
          '2. Bring a list of the ten things you buy most to the first morning.',
          '3. In the third morning you draw up a purchasing plan for your own business.',
        ],
      ),
      applyUrl: 'https://praktijkacademie-rotterdam.example/cursussen/circulair-inkopen',
      themes: ['circulair'],
      goals: ['minder-afval'],
      sectors: [],
      companySizes: [],
      districts: [],
      searchKeywords: ['inkoop', 'circulair inkopen', 'duurzaam inkopen', 'leveranciers', 'hergebruik', 'procurement'],
    }),

    scheme('winkelpand-verduurzaming', {
      title: ls('Subsidie verduurzaming winkelpanden', 'Shop premises sustainability grant'),
      summary: lt(
        'Subsidie voor winkels in een straat met een BIZ, waar ondernemers samen geld in hun straat steken. Voor isolatie, deurgordijnen en zuinige lampen.',
        'A grant for shop owners on a street with a business improvement district, for insulation, door curtains and efficient lighting.',
      ),
      schemeType: 'subsidie',
      provider: 'Stichting Winkelstraten 010',
      providerPartner: ctx.ref('partner-winkelstraten-010'),
      eligibility: body(
        [
          'Deze regeling was bedoeld voor:',
          '- winkeliers en horeca in een straat met een BIZ, zoals de Zwart Janstraat, de Meent of de Beijerlandselaan;',
          '- die samen met minstens vijf andere zaken in de straat maatregelen namen.',
        ],
        [
          'This scheme was intended for:',
          '- shops and hospitality businesses on a street with a BIZ, such as Zwart Janstraat, Meent or Beijerlandselaan;',
          '- taking measures together with at least five other businesses on the same street.',
        ],
      ),
      maxAmountEuro: 7500,
      amountNote: ls('Maximaal €7.500 per pand', 'Up to €7,500 per property'),
      ...open(-60),
      howToApply: body(
        [
          'Je kunt deze subsidie niet meer aanvragen. Het budget is helemaal verdeeld over 14 winkelstraten.',
          'Wil je toch aan de slag? Kijk dan naar de [Duurzaamheidsvoucher 010](ref:scheme-duurzaamheidsvoucher-010) of vraag eerst [gratis energieadvies](ref:scheme-gratis-energieadvies) aan.',
        ],
        [
          'The application period has closed. The budget has been fully allocated across 14 shopping streets.',
          'Still want to get started? Look at the [Rotterdam Sustainability Voucher](ref:scheme-duurzaamheidsvoucher-010) or request [free energy advice](ref:scheme-gratis-energieadvies) first.',
        ],
      ),
      applyUrl: 'https://winkelstraten010.example/subsidie-winkelpanden',
      themes: ['duurzaam'],
      goals: ['pand-verduurzamen', 'energierekening'],
      sectors: ['retail', 'horeca'],
      companySizes: ['zzp', '1-9', '10-49'],
      districts: ['centrum', 'noord', 'feijenoord'],
      searchKeywords: ['winkelpand', 'winkelstraat', 'BIZ', 'bedrijveninvesteringszone', 'deurgordijn', 'winkelier', 'retail'],
    }),

    scheme('mkb-innovatiekrediet', {
      title: ls('Innovatiekrediet voor het mkb', 'SME innovation credit'),
      summary: lt(
        'Een lening van het Rijk als je iets nieuws ontwikkelt en daar een groot risico aan zit. Lukt het project niet, dan hoef je (een deel) niet terug te betalen.',
        'A national loan for risky development projects. If the project fails, you may not have to repay (part of) it.',
      ),
      schemeType: 'lening',
      provider: 'RVO',
      eligibility: body(
        [
          'Het krediet is voor mkb-bedrijven die een nieuw product, proces of dienst ontwikkelen met een flink technisch risico. Voor deze site gaat het vooral om:',
          '- circulaire technieken, zoals het verwerken van reststromen tot nieuwe grondstof;',
          '- digitale producten, zoals software of een platform voor jouw branche.',
          'Je moet kunnen laten zien dat er een markt is en dat je het project zelf kunt uitvoeren.',
        ],
        [
          'The credit is for SMEs developing a new product, process or service with a significant technical risk. On this site that mainly means:',
          '- circular techniques, such as processing residual streams into new raw material;',
          '- digital products, such as software or a platform for your sector.',
          'You need to show there is a market and that you can carry out the project yourself.',
        ],
      ),
      maxAmountEuro: 150000,
      amountNote: ls(
        'Bedragen ter illustratie; het krediet dekt een deel van de ontwikkelkosten',
        'Illustrative amounts; the credit covers part of the development costs',
      ),
      ...ongoing,
      howToApply: body(
        [
          'De aanvraag is uitgebreid. Begin daarom op tijd.',
          '1. Laat je plan eerst toetsen door het Kenniscentrum Nieuwe Economie of een adviseur van het Ondernemershuis.',
          '2. Schrijf een plan voor het project en reken uit wat het je oplevert.',
          '3. Dien de aanvraag in bij de landelijke uitvoerder.',
        ],
        [
          'The application is extensive, so start early.',
          '1. Have your plan reviewed by Kenniscentrum Nieuwe Economie or an Ondernemershuis adviser.',
          '2. Write a project plan and a business case.',
          '3. Submit the application to the national agency.',
        ],
      ),
      applyUrl: 'https://rvo-voorbeeld.example/innovatiekrediet',
      themes: ['circulair', 'digitaal'],
      sectors: ['maakindustrie', 'logistiek-haven', 'bouw-installatie', 'zakelijke-dienstverlening'],
      companySizes: ['1-9', '10-49', '50-249'],
      districts: [],
      searchKeywords: [
        'innovatie',
        'ontwikkelkosten',
        'krediet',
        'startup',
        'scale-up',
        'technologie',
        'financiering innovatie',
        'innovation loan',
      ],
    }),

    scheme('elektrische-bestelbus', {
      title: ls('Subsidie elektrische bestelbus', 'Electric van grant'),
      summary: lt(
        'Geld van de gemeente voor ondernemers die hun dieselbus vervingen door een elektrische bus. Zo konden ze de zero-emissiezone in.',
        'A Rotterdam contribution for businesses replacing their diesel van with an electric one, ahead of the zero-emission zone.',
      ),
      schemeType: 'subsidie',
      provider: CITY,
      eligibility: body(
        [
          'Voor ondernemers die vaak in de zero-emissiezone rijden en:',
          '- een bestelbus op diesel of benzine hadden die minstens acht jaar oud was;',
          '- die bus lieten slopen of naar het buitenland verkochten;',
          '- een nieuwe of gebruikte elektrische bus kochten of leasten.',
        ],
        [
          'For businesses that regularly drive in the zero-emission zone and:',
          '- had a diesel or petrol van at least eight years old;',
          '- had that van scrapped or sold abroad;',
          '- bought or leased a new or used electric van.',
        ],
      ),
      maxAmountEuro: 5000,
      amountNote: ls('€5.000 per bus, maximaal twee bussen per bedrijf', '€5,000 per van, up to two vans per business'),
      ...open(-150),
      howToApply: body(
        [
          'Deze regeling is gesloten. Er komt geen nieuwe ronde.',
          'Heb je nog vragen over de zero-emissiezone of een ontheffing? Kom naar een [avond met uitleg over de zone](ref:event-emissievrij-de-stad-in) of vraag het aan het Ondernemershuis.',
        ],
        [
          'This scheme has closed and there will be no new round.',
          'Questions about the zero-emission zone or exemptions? Come to an [information evening](ref:event-emissievrij-de-stad-in) or ask the Ondernemershuis.',
        ],
      ),
      applyUrl: 'https://subsidies.rotterdam-voorbeeld.example/elektrische-bestelbus',
      themes: ['duurzaam'],
      goals: ['schoon-vervoer'],
      sectors: ['logistiek-haven', 'bouw-installatie', 'food'],
      companySizes: [],
      districts: [],
      searchKeywords: [
        'bestelbus',
        'bestelauto',
        'elektrisch rijden',
        'zero-emissiezone',
        'ZE-zone',
        'milieuzone',
        'e-bus',
        'electric van',
      ],
    }),

    scheme('ai-praktijkvoucher', {
      title: ls('AI-praktijkvoucher', 'AI pilot voucher'),
      summary: lt(
        'Een team van studenten en een onderzoeker test met jou een AI-toepassing in je eigen bedrijf. De voucher dekt de begeleiding.',
        'A team of students and a researcher test an AI application in your own business with you. The voucher covers the supervision.',
      ),
      schemeType: 'voucher',
      provider: 'Kenniscentrum Nieuwe Economie',
      providerPartner: ctx.ref('partner-kenniscentrum-nieuwe-economie'),
      eligibility: body(
        [
          'Voor mkb-bedrijven in Rotterdam met een concreet idee voor AI, bijvoorbeeld:',
          '- automatisch offertes opstellen;',
          '- voorraad voorspellen;',
          '- klantvragen sorteren.',
          'Je had een vast aanspreekpunt nodig dat twee uur per week tijd had.',
        ],
        [
          'For Rotterdam SMEs with a concrete idea for AI, for example:',
          '- drafting quotes automatically;',
          '- forecasting stock;',
          '- sorting customer questions.',
          'You needed a fixed contact person with two hours a week available.',
        ],
      ),
      maxAmountEuro: 1500,
      amountNote: ls('Voucher ter waarde van €1.500 aan begeleiding', 'Voucher worth €1,500 in supervision'),
      ...open(-21),
      howToApply: body(
        [
          'De inschrijving voor deze ronde is gesloten. Er waren drie keer zoveel aanmeldingen als plekken.',
          'Wil je wel met AI aan de slag? De [digitaliseringsvoucher](ref:scheme-digitaliseringsvoucher) is nog open. Of volg de [cursus AI in je administratie](ref:event-cursus-ai-in-je-administratie) bij de Praktijkacademie Rotterdam.',
        ],
        [
          'Registration for this round has closed. There were three times as many applications as places.',
          'Still want to get started with AI? The [digitalisation voucher](ref:scheme-digitaliseringsvoucher) is still open, or take the [AI course for your admin](ref:event-cursus-ai-in-je-administratie) at Praktijkacademie Rotterdam.',
        ],
      ),
      applyUrl: 'https://kenniscentrum-nieuwe-economie.example/ai-voucher',
      themes: ['digitaal'],
      goals: ['slimmer-werken'],
      sectors: [],
      companySizes: ['1-9', '10-49', '50-249'],
      districts: [],
      searchKeywords: [
        'kunstmatige intelligentie',
        'AI',
        'chatbot',
        'machine learning',
        'automatisering',
        'pilot',
        'studenten',
        'artificial intelligence',
      ],
    }),

    scheme('groen-dak-subsidie', {
      title: ls('Subsidie groen dak voor bedrijven', 'Green roof grant for businesses'),
      summary: lt(
        'Leg planten op je bedrijfsdak. Het dak vangt regenwater op, houdt je pand koeler en maakt de wijk groener. De gemeente betaalt per vierkante meter mee.',
        'Put plants on your business roof. It catches rainwater, keeps your premises cooler and makes the area greener. The city contributes per square metre.',
      ),
      schemeType: 'subsidie',
      provider: CITY,
      eligibility: body(
        [
          'Je kunt subsidie krijgen voor een groen dak van minstens 20 m² op een bedrijfspand in Rotterdam.',
          '- Het dak kan het extra gewicht dragen. Een constructeur of dakdekker verklaart dat.',
          '- Het groen blijft minstens tien jaar liggen.',
          '- Een combinatie met zonnepanelen mag.',
          {
            callout: 'info',
            text: 'Op een plat dak in Centrum, Noord of Delfshaven krijg je een hoger bedrag. Daar is weinig groen en lopen straten snel onder bij een stortbui.',
          },
        ],
        [
          'You can get a grant for a green roof of at least 20 m² on business premises in Rotterdam.',
          '- The roof can carry the extra weight; a structural engineer or roofer confirms this.',
          '- The greenery stays in place for at least ten years.',
          '- Combining it with solar panels is allowed.',
          {
            callout: 'info',
            text: 'Flat roofs in Centrum, Noord or Delfshaven get a higher amount, because those areas have little greenery and streets flood quickly in a downpour.',
          },
        ],
      ),
      maxAmountEuro: 20000,
      amountNote: ls(
        '€30 per m² (in Centrum, Noord en Delfshaven €40), tot €20.000',
        '€30 per m² (€40 in Centrum, Noord and Delfshaven), up to €20,000',
      ),
      ...open(240),
      opensAt: ctx.date(21),
      howToApply: body(
        [
          '### Stappen',
          '1. Vraag een offerte aan bij een hovenier of dakdekker.',
          '2. Laat de draagkracht van het dak controleren.',
          "3. Dien je aanvraag in met de offerte, de verklaring en foto's van het dak.",
          '4. Na goedkeuring heb je een jaar om het dak aan te leggen.',
          'Tip: combineer het met de [groene verbouwlening](ref:scheme-groene-verbouwlening) als je toch al gaat verbouwen.',
        ],
        [
          '### Steps',
          '1. Get a quote from a landscaper or roofer.',
          '2. Have the load-bearing capacity of the roof checked.',
          '3. Submit your application with the quote, the statement and photos of the roof.',
          '4. Once approved, you have a year to install the roof.',
          'Tip: combine it with the [green renovation loan](ref:scheme-groene-verbouwlening) if you are renovating anyway.',
        ],
      ),
      applyUrl: 'https://subsidies.rotterdam-voorbeeld.example/groen-dak',
      themes: ['duurzaam'],
      goals: ['pand-verduurzamen'],
      sectors: [],
      companySizes: [],
      districts: [],
      searchKeywords: ['groen dak', 'sedumdak', 'daktuin', 'regenwater', 'klimaatadaptatie', 'vergroenen', 'hittestress', 'green roof'],
    }),
  ];
}
