// The 13 partner organisations of the sample dataset. All fictional; ids are fixed by
// docs in /work/seed-plan.md because guides, stories, events and impact reports point at them.

import type { LocaleBlockContent, LocaleText, Partner, PtLine, SeedContext } from '../lib.ts';

/** Partner ids defined in this file, for other seed modules to check their references. */
export const partnerIds = [
  'partner-ondernemershuis-rotterdam',
  'partner-maakhaven-circulair',
  'partner-energieloket-mkb-rijnmond',
  'partner-digitale-werkplaats-010',
  'partner-kenniscentrum-nieuwe-economie',
  'partner-ondernemersvereniging-rotterdam-zuid',
  'partner-winkelstraten-010',
  'partner-havenkring-mkb',
  'partner-groenkrediet-rotterdam',
  'partner-horeca-collectief-rotterdam',
  'partner-bouwkring-rijnmond',
  'partner-cyberveilig-010',
  'partner-praktijkacademie-rotterdam',
];

/** Services as keyed localeStrings, from [nl, en] pairs. */
function services(pairs: [nl: string, en: string][]): Partner['services'] {
  return pairs.map(([nl, en], i) => ({ _type: 'localeString', _key: `s${i}`, nl, en }));
}

/** The partner documents. */
export default function partners(ctx: SeedContext): Partner[] {
  const text = (nl: string, en: string): LocaleText => ({ _type: 'localeText', nl, en });
  const body = (nl: PtLine[], en: PtLine[]): LocaleBlockContent => ({ _type: 'localeBlockContent', nl: ctx.pt(nl), en: ctx.pt(en) });
  const partner = (slug: string, name: string, fields: Omit<Partner, '_id' | '_type' | 'name' | 'slug' | 'logo'>): Partner => ({
    _id: `partner-${slug}`,
    _type: 'partner',
    name,
    slug: ctx.slug(slug),
    logo: ctx.image(`logo-${slug}.png`, `Logo van ${name}`),
    ...fields,
  });

  return [
    partner('ondernemershuis-rotterdam', 'Ondernemershuis Rotterdam', {
      kind: 'overheid',
      themes: ['circulair', 'duurzaam', 'digitaal'],
      sectors: [],
      districts: [],
      services: services([
        ['Eerste gesprek over je plannen', 'A first conversation about your plans'],
        ['Wegwijs in regelingen en vergunningen', 'Finding your way through schemes and permits'],
        ['Doorverwijzen naar de juiste partner', 'Referral to the right partner'],
        ['Spreekuur in je eigen wijk', 'Drop-in hours in your own district'],
        ['Uitleg over de zero-emissiezone', 'Explaining the zero-emission zone'],
      ]),
      shortDescription: text(
        'De voordeur van de gemeente voor ondernemers. Je stelt één keer je vraag en wij zoeken uit wie je verder helpt.',
        "The city's front door for business owners. Ask your question once and we find out who can help you next.",
      ),
      description: body(
        [
          'Heb je een vraag over je bedrijf en weet je niet waar je moet beginnen? Dan kom je bij het Ondernemershuis Rotterdam. Wij zijn het loket van de gemeente voor ondernemers in alle wijken van de stad.',
          'Je hoeft bij ons niet te weten welke afdeling of welke regeling je nodig hebt. Je vertelt wat je wilt: je pand verduurzamen, je afval slimmer regelen of je klanten online bereiken. Wij luisteren en zoeken samen met jou de volgende stap.',
          '## Wat we doen',
          '- We leggen uit welke regelingen er zijn en of jij er gebruik van kunt maken.',
          '- We helpen je op weg met vergunningen en regels, zoals de zero-emissiezone voor bestelbussen.',
          '- We brengen je in contact met de partner van MKB010>>Next die jouw vraag het beste kan oppakken.',
          '## Spreekuur in de wijk',
          'Elke week houden we spreekuur op een andere plek: in de bibliotheek, in een pand met kleine bedrijven of bij een ondernemersvereniging. Zo hoef je niet naar het centrum te komen. Kijk bij [evenementen](ref:event-inloopspreekuur-regelingen-bibliotheek) wanneer we bij jou in de buurt zijn.',
          'Ons advies is gratis. We verkopen niets en je zit nergens aan vast.',
        ],
        [
          "Do you have a question about your business but no idea where to start? Then come to Ondernemershuis Rotterdam. We are the city's desk for business owners in every district of Rotterdam.",
          "You don't need to know which department or which scheme you need. Tell us what you want to do, whether that is making your premises more sustainable, handling your waste more cleverly or reaching customers online. We listen and work out the next step with you.",
          '## What we do',
          '- We explain which support schemes exist and whether you qualify.',
          '- We help you with permits and rules, such as the zero-emission zone for delivery vans.',
          '- We put you in touch with the MKB010>>Next partner best placed to take up your question.',
          '## Drop-in hours in your district',
          'Every week we hold drop-in hours somewhere else: in a library, a business centre or at a local business association. That way you do not have to travel to the city centre. Our advice is free, we sell nothing and there is no commitment.',
          'We speak Dutch and English, and we are happy to help international entrepreneurs who are setting up in Rotterdam.',
        ],
      ),
      website: 'https://ondernemershuis-rotterdam.example',
      contact: {
        email: 'vraag@ondernemershuis-rotterdam.example',
        phone: '010 000 10 10',
        address: 'Stationsplein 45, 3013 AK Rotterdam',
      },
    }),

    partner('maakhaven-circulair', 'Maakhaven Circulair', {
      kind: 'innovatiehub',
      themes: ['circulair'],
      sectors: ['maakindustrie', 'creatief', 'bouw-installatie'],
      districts: [],
      services: services([
        ['Materiaallab voor reststromen', 'Materials lab for residual streams'],
        ['Werkplaats huren per dagdeel', 'Workshop space by the half day'],
        ['Matchmaking tussen afval en grondstof', 'Matchmaking between waste and raw material'],
        ['Prototype bouwen met hergebruikt materiaal', 'Building prototypes from reused material'],
      ]),
      shortDescription: text(
        'Werkplaats en lab op RDM. Hier maak je van je restmateriaal een nieuw product, samen met andere makers.',
        'Workshop and materials lab at RDM. Turn your leftover material into a new product, together with other makers.',
      ),
      description: body(
        [
          'In een oude scheepsloods op RDM staat de werkplaats van Maakhaven Circulair. Hier liggen stapels gebruikt hout, restjes textiel, kratten vol plastic doppen. Voor ons is dat geen afval. Het is het begin van een nieuw product.',
          'Rotterdam wil in 2030 de helft minder nieuwe grondstoffen gebruiken. Dat lukt alleen als makers, bouwers en winkeliers hun reststromen aan elkaar doorgeven. Daar helpen wij bij.',
          '### Zo werken we',
          '1. Je brengt een monster van je restmateriaal mee naar het lab.',
          '2. We testen samen wat je ermee kunt: zagen, persen, smelten, naaien.',
          '3. We zoeken een ondernemer die het materiaal kan gebruiken, of je maakt er zelf iets van.',
          'Je kunt bij ons ook een werkbank of machine huren per dagdeel. Er is altijd een technicus in de buurt die meedenkt.',
          '> "Wat de ene maker weggooit, zoekt de andere al maanden."',
          'Elke maand organiseren we de workshop *Van afval naar grondstof*. Daar leer je in één middag hoe je naar je eigen afvalbak kijkt als een voorraadkast.',
        ],
        [
          'The Maakhaven Circulair workshop sits in an old shipbuilding shed at RDM. You will find stacks of used timber, textile offcuts and crates full of plastic bottle caps. To us, none of that is waste. It is the start of a new product.',
          'Rotterdam aims to halve its use of primary raw materials by 2030. That only works if makers, builders and retailers pass their residual streams on to each other, and that is what we help with.',
          '### How we work',
          '1. Bring a sample of your leftover material to the lab.',
          '2. Together we test what it can become: sawing, pressing, melting, stitching.',
          '3. We find a business that can use the material, or you make something from it yourself.',
          'You can also rent a workbench or machine by the half day. A technician is always around to think along with you.',
          'Every month we run the workshop *From waste to raw material*. In one afternoon you learn to look at your own bins as a storeroom.',
        ],
      ),
      website: 'https://maakhaven.example',
      intakeEmail: 'vragen@maakhaven.example',
      contact: {
        email: 'info@maakhaven.example',
        phone: '010 000 21 30',
        address: 'Heijplaatstraat 21, 3089 JB Rotterdam',
      },
    }),

    partner('energieloket-mkb-rijnmond', 'Energieloket Mkb Rijnmond', {
      kind: 'kennisinstelling',
      themes: ['duurzaam'],
      sectors: [],
      districts: [],
      services: services([
        ['Gratis energiescan van je pand', 'Free energy scan of your premises'],
        ['Onafhankelijk advies over zonnepanelen en warmtepompen', 'Independent advice on solar panels and heat pumps'],
        ['Uitleg over je energiecontract', 'Help reading your energy contract'],
        ['Hulp bij de informatieplicht energiebesparing', 'Help with the energy-saving reporting duty'],
        ['Energieontbijt voor winkeliers', 'Energy breakfasts for shop owners'],
      ]),
      shortDescription: text(
        'Onafhankelijke energieadviseurs voor het mkb. We meten wat je pand verbruikt en zeggen eerlijk wat loont en wat niet.',
        'Independent energy advisers for small businesses. We measure what your premises use and tell you honestly what pays off.',
      ),
      description: body(
        [
          'Je energierekening is hoog, maar waar gaat het eigenlijk naartoe? Dat zoeken wij voor je uit. Het Energieloket Mkb Rijnmond is een onafhankelijk kenniscentrum. We verkopen geen panelen, geen pompen en geen contracten.',
          'Een adviseur komt langs en loopt met je door je pand. We kijken naar verlichting, koeling, verwarming, isolatie en de apparaten die 24 uur per dag aanstaan. Na twee weken krijg je een kort rapport.',
          '## Wat staat er in het rapport?',
          '- De drie maatregelen die het snelst iets opleveren.',
          '- Wat elke maatregel ongeveer kost en na hoeveel jaar je hem hebt terugverdiend.',
          '- Welke regeling of lening daarbij past.',
          {
            callout: 'tip',
            title: 'Huur je je pand?',
            text: 'Ook dan kun je veel doen. We geven je een lijstje om mee te nemen naar het gesprek met je verhuurder.',
          },
          'We werken in heel de regio Rijnmond, maar de meeste scans doen we in Rotterdamse winkelstraten en op bedrijventerreinen zoals Spaanse Polder en de Waalhaven.',
        ],
        [
          'Your energy bill is high, but where does the energy actually go? We find out for you. Energieloket Mkb Rijnmond is an independent knowledge centre. We do not sell panels, pumps or contracts.',
          'An adviser visits and walks through your premises with you, looking at lighting, refrigeration, heating, insulation and the appliances that are on around the clock. Two weeks later you receive a short report.',
          "## What's in the report?",
          '- The three measures that pay off fastest.',
          '- Roughly what each measure costs and how many years it takes to earn it back.',
          '- Which support scheme or loan fits.',
          {
            callout: 'tip',
            title: 'Renting your premises?',
            text: 'There is still plenty you can do. We give you a checklist to take to the conversation with your landlord.',
          },
          'We work across the Rijnmond region. Most of our scans take place in Rotterdam shopping streets and on business parks such as Spaanse Polder and Waalhaven.',
        ],
      ),
      website: 'https://energieloket-rijnmond.example',
      intakeEmail: 'intake@energieloket-rijnmond.example',
      contact: {
        email: 'scan@energieloket-rijnmond.example',
        phone: '010 000 32 32',
        address: 'Vierhavensstraat 52, 3029 BE Rotterdam',
      },
    }),

    partner('digitale-werkplaats-010', 'Digitale Werkplaats 010', {
      kind: 'innovatiehub',
      themes: ['digitaal'],
      sectors: [],
      districts: [],
      services: services([
        ['Je webshop opzetten of verbeteren', 'Setting up or improving your online shop'],
        ['Slim werken met AI-tools', 'Working smarter with AI tools'],
        ['Administratie en planning automatiseren', 'Automating admin and scheduling'],
        ['Inloopmiddag met digitale coaches', 'Walk-in afternoons with digital coaches'],
      ]),
      shortDescription: text(
        'Laptop mee, vraag mee. Onze coaches helpen je met je webshop, je administratie en AI, zonder moeilijke woorden.',
        'Bring your laptop and your question. Our coaches help with your online shop, your admin and AI, in plain words.',
      ),
      description: body(
        [
          'Digitale Werkplaats 010 zit op de tweede verdieping van een oud havengebouw in M4H. Het is geen kantoor met lange rapporten. Je neemt je laptop mee, gaat naast een coach zitten en gaat aan de slag.',
          'Veel ondernemers weten dat ze iets met digitaal moeten, maar niet wat. Moet je een webshop? Kan een chatbot je klantvragen beantwoorden? Hoeveel tijd kost je boekhouding eigenlijk? Onze coaches zijn zelf ondernemer geweest. Ze zeggen het ook als iets voor jou niet nodig is.',
          'Dit kun je bij ons doen:',
          '- Op dinsdagmiddag binnenlopen met een vraag, zonder afspraak.',
          '- Een traject van vier weken volgen om je webshop live te zetten.',
          '- Een praktijkmiddag over AI in je bedrijf bijwonen.',
          '- Testen welk programma voor je planning past bij jouw team.',
          'We zijn een plek om te proberen. Lukt iets niet? Dan proberen we het op een andere manier.',
        ],
        [
          'Digitale Werkplaats 010 is on the second floor of an old port building in M4H. It is not an office full of long reports. You bring your laptop, sit down next to a coach and get to work.',
          'Many business owners know they should do something digital, but not what. Do you need an online shop? Could a chatbot answer customer questions? How much time does your bookkeeping really take? Our coaches have run businesses themselves, and they will tell you when something is not worth it for you.',
          'This is what you can do here:',
          '- Walk in on Tuesday afternoons with a question, no appointment needed.',
          '- Join a four-week track to get your online shop live.',
          '- Attend a hands-on afternoon about AI in your business.',
          '- Try out which scheduling software suits your team.',
          'This is a place to experiment. If something does not work, we try another way.',
        ],
      ),
      website: 'https://digitalewerkplaats010.example',
      intakeEmail: 'vragen@digitalewerkplaats010.example',
      contact: {
        email: 'hallo@digitalewerkplaats010.example',
        phone: '010 000 40 10',
        address: 'Keileweg 18, 3029 BS Rotterdam',
      },
    }),

    partner('kenniscentrum-nieuwe-economie', 'Kenniscentrum Nieuwe Economie', {
      kind: 'kennisinstelling',
      themes: ['circulair', 'digitaal'],
      sectors: [],
      districts: [],
      services: services([
        ['Praktijkonderzoek met studenten', 'Applied research with students'],
        ['Circulaire businessmodellen doorrekenen', 'Testing the numbers of circular business models'],
        ['Data-analyse van je bedrijfsprocessen', 'Data analysis of your business processes'],
        ['Kennissessies over nieuwe onderzoeksresultaten', 'Briefings on new research findings'],
        ['Begeleiding van internationale startups', 'Support for international start-ups'],
      ]),
      shortDescription: text(
        'Onderzoekers en studenten zoeken jouw vraag over circulair of digitaal werken uit. Jouw bedrijf is hun proeftuin.',
        'Researchers and students who investigate your circular or digital business question, using your practice as their lab.',
      ),
      description: body(
        [
          'Het Kenniscentrum Nieuwe Economie verbindt onderzoek met de dagelijkse praktijk van Rotterdamse ondernemers. Onze onderzoekers werken met studenten van hbo- en mbo-opleidingen aan echte vragen van echte bedrijven.',
          'Een voorbeeld: een meubelmaker in Delfshaven wilde weten of hij zijn stoelen kon verhuren in plaats van verkopen. Een team van vier studenten rekende in twaalf weken uit wat dat betekent voor zijn omzet, zijn voorraad en zijn klanten.',
          '## Onze vragen aan jou',
          '- Heb je een idee dat je wilt testen, maar geen tijd om het uit te zoeken?',
          '- Verzamel je data maar doe je er weinig mee?',
          '- Wil je weten wat andere bedrijven in jouw branche al doen?',
          'Dan is een project met ons misschien iets voor jou. Projecten lopen per semester, in februari en september. Je betaalt geen geld. Je investeert wel tijd: een vast aanspreekpunt en twee gesprekken per maand.',
          "We publiceren onze resultaten open, zodat ook andere mkb'ers ervan leren. Namen van bedrijven noemen we alleen als je dat goed vindt.",
        ],
        [
          'Kenniscentrum Nieuwe Economie links research to the day-to-day work of Rotterdam business owners. Our researchers team up with students from universities of applied sciences and vocational colleges to tackle real questions from real companies.',
          'One example: a furniture maker in Delfshaven wanted to know whether he could rent out his chairs rather than sell them. In twelve weeks, a team of four students worked out what that would mean for his revenue, his stock and his customers.',
          '## Is this for you?',
          '- You have an idea you want to test but no time to look into it.',
          '- You collect data but do little with it.',
          '- You want to know what other firms in your sector are already doing.',
          'Projects run per semester, starting in February and September. There is no fee, but you do invest time: a fixed contact person and two meetings a month.',
          'We publish our findings openly so other small businesses can learn from them too. We only name companies with their permission. International founders are welcome; many of our student teams work in English.',
        ],
      ),
      website: 'https://kenniscentrum-nieuwe-economie.example',
      contact: {
        email: 'onderzoek@kenniscentrum-nieuwe-economie.example',
        phone: '010 000 55 00',
        address: 'Kralingse Plaslaan 12, 3062 DA Rotterdam',
      },
    }),

    partner('ondernemersvereniging-rotterdam-zuid', 'Ondernemersvereniging Rotterdam-Zuid', {
      kind: 'ondernemersvereniging',
      themes: ['duurzaam', 'digitaal'],
      sectors: [],
      districts: ['feijenoord', 'charlois', 'ijsselmonde'],
      services: services([
        ['Maandelijkse netwerkborrel op Zuid', 'Monthly networking drinks in Rotterdam-Zuid'],
        ['Collectief inkopen van energie en zonnepanelen', 'Group purchasing of energy and solar panels'],
        ['Maatjes: ervaren ondernemers helpen starters', 'Buddies: experienced owners helping starters'],
        ['Belangen behartigen bij de gemeente', 'Representing members to the city'],
      ]),
      shortDescription: text(
        'Ruim 400 ondernemers uit Feijenoord, Charlois en IJsselmonde. Samen staan we sterker, kopen we slimmer in en leren we van elkaar.',
        'Over 400 business owners from Feijenoord, Charlois and IJsselmonde. Together we stand stronger, buy smarter and learn from each other.',
      ),
      description: body(
        [
          'Wij zijn de ondernemers van Zuid. Kappers en installateurs, bakkers en boekhouders, van de Beijerlandselaan tot bedrijventerrein Charlois. Onze vereniging bestaat uit ruim 400 leden, en elk lid heeft één stem.',
          'Zuid verandert snel. Er komen nieuwe woningen, er komt een warmtenet en de klant bestelt steeds vaker online. Daar willen we niet alleen over lezen. Daar willen we samen op inspelen.',
          '## Samen doen',
          'Vorig jaar kochten 38 leden samen zonnepanelen in. Ze kregen een betere prijs en één installateur voor de hele groep. Nu doen we hetzelfde voor slimme thermostaten en ledverlichting.',
          'Met ons maatjesproject koppelen we een starter aan een ondernemer die al jaren meedraait. Veel vragen gaan over digitaal: hoe kom je beter in Google, hoe werk je met een kassasysteem dat voorraad bijhoudt?',
          '## Kom langs',
          'Elke eerste donderdag van de maand is er een borrel. Je hoeft geen lid te zijn om een keer te komen kijken. Lid worden kost €75 per jaar.',
        ],
        [
          'We are the business owners of Rotterdam-Zuid: hairdressers and installers, bakers and bookkeepers, from Beijerlandselaan to the Charlois business park. Our association has more than 400 members, and every member has one vote.',
          'South Rotterdam is changing fast. New homes are being built, a district heating network is coming and customers increasingly order online. We do not just want to read about it; we want to respond to it together.',
          '## Doing it together',
          'Last year 38 members bought solar panels as a group. They got a better price and one installer for everyone. We are now doing the same for smart thermostats and LED lighting.',
          'Our buddy project pairs a starter with an owner who has been around for years. Many questions are digital: how do you show up better in search results, and how do you work with a till system that tracks stock?',
          '## Come along',
          'There are drinks on the first Thursday of every month. You do not have to be a member to drop in once. Membership costs €75 a year.',
        ],
      ),
      website: 'https://ondernemend-zuid.example',
      contact: {
        email: 'secretariaat@ondernemend-zuid.example',
        phone: '010 000 61 61',
        address: 'Beijerlandselaan 102, 3074 EN Rotterdam',
      },
    }),

    partner('winkelstraten-010', 'Stichting Winkelstraten 010', {
      kind: 'brancheorganisatie',
      themes: ['duurzaam', 'digitaal'],
      sectors: ['retail', 'horeca', 'persoonlijke-dienstverlening'],
      districts: [],
      services: services([
        ['Energieaanpak per winkelstraat', 'Energy approach for a whole shopping street'],
        ['Samen zichtbaar online: de straat op de kaart', 'Getting the whole street found online'],
        ['Advies over de winkelpui en deur-dicht', 'Advice on shop fronts and keeping doors closed'],
        ['Ondersteuning van BIZ-besturen', 'Support for business improvement district boards'],
        ['Gezamenlijke afvalinzameling', 'Shared waste collection'],
        ['Workshops voor winkelpersoneel', 'Workshops for shop staff'],
      ]),
      shortDescription: text(
        'We helpen winkelstraten als één team te werken: samen energie besparen, samen afval ophalen en samen online gevonden worden.',
        'We help shopping streets work as one team: saving energy together, collecting waste together and being found online together.',
      ),
      description: body(
        [
          'Een winkelstraat is meer dan een rij winkels. Het is een buurt, een ontmoetingsplek en een stukje Rotterdam waar mensen graag komen. Stichting Winkelstraten 010 werkt met winkeliers in straten als de Zwart Janstraat, de Nieuwe Binnenweg, de Meent en de Hoogstraat.',
          'Wij geloven dat je als straat meer bereikt dan als losse winkel. Daarom pakken we dingen per straat aan.',
          '- **Energie:** een adviseur bekijkt alle panden in één week. De winkeliers kopen daarna samen ledverlichting en deurgordijnen in.',
          '- **Afval:** in plaats van tien verschillende vuilniswagens komt er één, die ook karton en plastic apart ophaalt.',
          "- **Online:** we zetten alle winkels van de straat goed op de kaart, met openingstijden en foto's.",
          'Veel straten hebben een bedrijveninvesteringszone (BIZ). Wij helpen het BIZ-bestuur om plannen te maken en geld aan te vragen.',
          {
            callout: 'info',
            text: 'Ook als er in jouw straat nog geen BIZ is, kun je bij ons terecht. Vaak begint het met drie winkeliers die een keer koffie drinken.',
          },
        ],
        [
          'A shopping street is more than a row of shops. It is a neighbourhood, a meeting place and a part of Rotterdam people like to visit. Stichting Winkelstraten 010 works with shopkeepers on streets such as Zwart Janstraat, Nieuwe Binnenweg, Meent and Hoogstraat.',
          'We believe a street achieves more than a single shop, so we tackle things street by street.',
          '- **Energy:** an adviser looks at every shop on the street in one week. The shop owners then buy LED lighting and door curtains together.',
          '- **Waste:** instead of ten different collection trucks there is one, which also collects cardboard and plastic separately.',
          '- **Online:** we make sure every shop on the street shows up properly on maps, with opening hours and photos.',
          'Many streets have a business improvement district (BIZ). We help its board make plans and apply for funding.',
          {
            callout: 'info',
            text: 'Even if your street has no BIZ yet, you are welcome. It often starts with three shop owners having coffee together.',
          },
        ],
      ),
      website: 'https://winkelstraten010.example',
      contact: {
        email: 'straat@winkelstraten010.example',
        phone: '010 000 72 00',
        address: 'Nieuwe Binnenweg 230, 3021 GP Rotterdam',
      },
    }),

    partner('havenkring-mkb', 'Havenkring Mkb', {
      kind: 'ondernemersvereniging',
      themes: ['duurzaam', 'circulair'],
      sectors: ['logistiek-haven'],
      districts: ['charlois', 'pernis', 'hoogvliet', 'rozenburg', 'hoek-van-holland'],
      services: services([
        ['Kennisdeling over emissievrij transport', 'Sharing knowledge on zero-emission transport'],
        ['Gezamenlijke laadpunten op bedrijventerreinen', 'Shared charging points on business parks'],
        ['Herbruikbare verpakkingen en pallets', 'Reusable packaging and pallets'],
        ["Bedrijfsbezoeken bij collega's in de haven", 'Site visits to fellow firms in the port'],
      ]),
      shortDescription: text(
        'Het netwerk van kleine bedrijven in de haven: vervoerders, leveranciers van schepen, op- en overslag. Samen werken we aan een schonere haven.',
        'The network of small firms in the port: hauliers, ship suppliers, storage and transhipment. Together we work on a cleaner port.',
      ),
      description: body(
        [
          'De Rotterdamse haven is groot, maar achter de grote namen zitten honderden kleine bedrijven. Een vervoerder met zes vrachtwagens. Een leverancier van schepen in Pernis. Een loods in de Waalhaven waar ze pallets repareren. Die bedrijven vormen samen de Havenkring Mkb.',
          'Wij praten niet over de overstap naar schone energie, wij rijden er middenin. De zero-emissiezone in de stad, walstroom aan de kade, de prijs van diesel: het raakt onze leden elke dag.',
          '### Waar we mee bezig zijn',
          '1. **Laden:** we regelen snelladers op bedrijventerreinen die we samen gebruiken. Zo heeft niet elk bedrijf een eigen zware aansluiting nodig.',
          '2. **Verpakken:** leden ruilen pallets, kratten en folie in plaats van ze weg te gooien.',
          '3. **Leren:** we gaan op bezoek bij elkaar. Wie al elektrisch rijdt, laat zien wat werkt en wat tegenvalt.',
          'We zijn een vereniging van en voor ondernemers. Geen mooie praatjes, wel eerlijke cijfers. Nieuwe leden uit de haven, vervoer, opslag en diensten voor schepen zijn welkom.',
        ],
        [
          'The port of Rotterdam is huge, but behind the big names are hundreds of small firms. A haulier with six lorries. A ship supplier in Pernis. A shed in Waalhaven where pallets get repaired. Together they make up Havenkring Mkb.',
          'We do not just talk about the energy transition; we drive right through it. The zero-emission zone in the city, shore power on the quay, the price of diesel: it affects our members every day.',
          '### What we are working on',
          '1. **Charging:** we arrange shared fast chargers on business parks, so not every firm needs its own heavy grid connection.',
          '2. **Packaging:** members swap pallets, crates and film instead of throwing them away.',
          '3. **Learning:** we visit each other. Members who already drive electric show what works and what disappoints.',
          'We are an association run by and for business owners: no sales talk, just honest numbers. New members from the port, logistics and maritime services are welcome, and many of our meetings switch to English when needed.',
        ],
      ),
      website: 'https://havenkring.example',
      intakeEmail: 'intake@havenkring.example',
      contact: {
        email: 'leden@havenkring.example',
        phone: '010 000 83 80',
        address: 'Waalhaven Zuidzijde 9, 3089 JH Rotterdam',
      },
    }),

    partner('groenkrediet-rotterdam', 'Groenkrediet Rotterdam', {
      kind: 'financier',
      themes: ['duurzaam', 'circulair'],
      sectors: [],
      districts: [],
      services: services([
        ['Groene leningen vanaf €5.000', 'Green loans from €5,000'],
        ['Lening voor zonnepanelen en isolatie', 'Loans for solar panels and insulation'],
        ['Financiering van circulaire investeringen', 'Funding for circular investments'],
        ['Financieel spreekuur: past een lening bij jou?', 'Finance clinic: is a loan right for you?'],
      ]),
      shortDescription: text(
        "Een revolverend fonds voor groene investeringen van Rotterdamse mkb'ers. Lage rente, korte lijnen en een adviseur die je bedrijf kent.",
        'A revolving fund for green investments by Rotterdam small businesses. Low interest, short lines and an adviser who knows your business.',
      ),
      description: body(
        [
          'Groenkrediet Rotterdam leent geld aan ondernemers die willen verduurzamen. Denk aan zonnepanelen, een warmtepomp, isolatie of een machine die restmateriaal verwerkt. Het fonds is revolverend: als jij aflost, lenen we dat geld weer uit aan de volgende ondernemer.',
          'Bij een gewone bank past een kleine groene investering vaak niet goed in het beleid. Bij ons is het juist ons werk. We kijken vooral naar wat de investering oplevert. Bespaar je €300 per maand op energie? Dan helpt dat bij het aflossen.',
          '## In het kort',
          '- Leningen van €5.000 tot €150.000.',
          '- Looptijd van 3 tot 15 jaar.',
          '- Rente lager dan bij een gewone zakelijke lening.',
          '- Vervroegd aflossen zonder boete.',
          'Voordat je aanvraagt, praat je met een van onze adviseurs. Zij kijken mee naar je plan en zeggen eerlijk of een lening verstandig is. Soms is een subsidie of voucher een betere eerste stap.',
          '*De bedragen en voorwaarden op deze site zijn een voorbeeld.*',
        ],
        [
          'Groenkrediet Rotterdam lends money to business owners who want to become more sustainable. Think of solar panels, a heat pump, insulation or a machine that processes leftover material. The fund is revolving: when you repay, we lend that money again to the next business.',
          'Small green investments often fall outside the usual policies of a regular bank. For us they are the whole point. We mainly look at what the investment saves. Will you save €300 a month on energy? That helps you repay.',
          '## At a glance',
          '- Loans from €5,000 to €150,000.',
          '- Terms from 3 to 15 years.',
          '- Interest below a standard business loan.',
          '- Early repayment without a penalty.',
          'Before you apply, you talk to one of our advisers. They look at your plan and tell you honestly whether a loan is wise. Sometimes a grant or voucher is a better first step.',
          '*Amounts and conditions on this site are examples.*',
        ],
      ),
      website: 'https://groenkrediet-rotterdam.example',
      intakeEmail: 'aanvragen@groenkrediet-rotterdam.example',
      contact: {
        email: 'aanvragen@groenkrediet-rotterdam.example',
        phone: '010 000 90 90',
        address: 'Blaak 16, 3011 TA Rotterdam',
      },
    }),

    partner('horeca-collectief-rotterdam', 'Horeca Collectief Rotterdam', {
      kind: 'brancheorganisatie',
      themes: ['duurzaam', 'circulair'],
      sectors: ['horeca', 'food'],
      districts: [],
      services: services([
        ['Minder voedselverspilling in de keuken', 'Less food waste in the kitchen'],
        ['Statiegeldbekers en herbruikbare bakjes', 'Deposit cups and reusable containers'],
        ['Energiezuinig koken en koelen', 'Energy-efficient cooking and cooling'],
        ['Gezamenlijke inkoop van lokale producten', 'Group purchasing of local produce'],
        ['Terras en vergunningen: wegwijs bij de gemeente', 'Terraces and permits: help with the city'],
      ]),
      shortDescription: text(
        'Van snackbar tot chic restaurant: wij helpen Rotterdamse horeca minder weg te gooien, energie te besparen en samen in te kopen.',
        'From snack bar to fine dining: we help Rotterdam hospitality throw away less, save energy and buy together.',
      ),
      description: body(
        [
          'In een gemiddelde Rotterdamse keuken verdwijnt een kwart van het eten in de afvalbak. Dat is zonde van het eten en zonde van je marge. Horeca Collectief Rotterdam helpt ondernemers om dat te veranderen.',
          'Ons team bestaat uit koks, bedrijfsleiders en een energieadviseur die jarenlang zelf achter de bar stond. We weten hoe druk een vrijdagavond is. Daarom houden we onze tips kort en praktisch.',
          '## Drie dingen die we vaak zien',
          '- Koelcellen die de hele nacht openstaan of slecht sluiten.',
          '- Te grote porties bij de lunch, die half terugkomen.',
          '- Afhaalverpakking die na één keer weggaat.',
          "We komen een dienst meedraaien en wegen een week lang wat je weggooit. Daarna maken we samen een plan. Veel zaken besparen zo binnen drie maanden honderden euro's per maand.",
          'Daarnaast kopen onze leden samen groente in bij telers uit de regio en doen ze mee aan een statiegeldsysteem voor koffiebekers in het centrum.',
        ],
        [
          'In the average Rotterdam kitchen, a quarter of the food ends up in the bin. That is a waste of food and a waste of your margin. Horeca Collectief Rotterdam helps hospitality owners change that.',
          'Our team is made up of chefs, managers and an energy adviser who spent years behind the bar himself. We know how busy a Friday night gets, so we keep our advice short and practical.',
          '## Three things we often see',
          '- Cold rooms left open all night or with doors that do not seal.',
          '- Lunch portions that are too large and come back half eaten.',
          '- Takeaway packaging that is thrown away after one use.',
          'We join you for a shift and weigh what you throw away for a week. Then we make a plan together. Many venues save hundreds of euros a month within three months.',
          'Our members also buy vegetables together from growers in the region and take part in a deposit scheme for coffee cups in the city centre.',
        ],
      ),
      website: 'https://horecacollectief010.example',
      contact: {
        email: 'keuken@horecacollectief010.example',
        phone: '010 000 14 14',
        address: 'Witte de Withstraat 60, 3012 BR Rotterdam',
      },
    }),

    partner('bouwkring-rijnmond', 'Bouwkring Rijnmond', {
      kind: 'brancheorganisatie',
      themes: ['circulair', 'duurzaam'],
      sectors: ['bouw-installatie'],
      districts: [],
      services: services([
        ['Circulair slopen en oogsten van bouwmateriaal', 'Circular demolition and harvesting of building materials'],
        ['Materialenpaspoort voor je project', 'Material passports for your project'],
        ['Bijscholing warmtepompen en installaties', 'Refresher training on heat pumps and installations'],
        ['Bouwplaatsbezoeken', 'Construction site visits'],
        ['Samenwerken in bouwcombinaties', 'Forming building consortia'],
      ]),
      shortDescription: text(
        'De kring van kleine bouwers en installateurs in de regio. We delen kennis over circulair bouwen en verwarmen zonder gas, op de bouwplaats zelf.',
        'The circle of small builders and installers in the region. We share knowledge on circular building and the heat transition, on site.',
      ),
      description: body(
        [
          'Bouwkring Rijnmond is er voor aannemers, timmerlieden, installateurs en schilders met minder dan vijftig mensen in dienst. Samen bouwen en verbouwen onze leden een groot deel van de woningen en bedrijfspanden in Rotterdam.',
          'De bouw gebruikt veel grondstoffen. Tegelijk liggen er bij elke sloop deuren, balken, kozijnen en stenen die nog prima zijn. Wij helpen leden om die materialen te oogsten en opnieuw te gebruiken.',
          '## Leren op de bouwplaats',
          'We geven geen lange cursussen in een zaaltje. We gaan naar de bouwplaats. In M4H, op Zuid of in een oude school in Overschie laat een collega zien hoe hij het heeft aangepakt. Daarna praten we erover bij de keet.',
          '## Voor installateurs',
          'De vraag naar warmtepompen en aansluitingen op het warmtenet groeit snel. Samen met de Praktijkacademie bieden we korte bijscholing aan, zodat je monteurs klaar zijn voor het werk van morgen.',
          {
            callout: 'tip',
            title: 'Materiaal over?',
            text: 'Leden zetten restpartijen op onze ruillijst. Zo vindt een pallet dakpannen een nieuwe bestemming in plaats van de container.',
          },
        ],
        [
          'Bouwkring Rijnmond is for contractors, carpenters, installers and painters with fewer than fifty staff. Together our members build and renovate a large share of the homes and business premises in Rotterdam.',
          'Construction uses a lot of raw materials, yet every demolition releases doors, beams, window frames and bricks that are still perfectly good. We help members harvest those materials and use them again.',
          '## Learning on site',
          'We do not run long courses in a meeting room. We go to the site. In M4H, in Rotterdam-Zuid or in an old school in Overschie, a colleague shows how they tackled the job. Then we talk it over at the site cabin.',
          '## For installers',
          "Demand for heat pumps and district heating connections is growing fast. Together with Praktijkacademie Rotterdam we offer short refresher courses so your technicians are ready for tomorrow's work.",
          {
            callout: 'tip',
            title: 'Materials left over?',
            text: 'Members post surplus lots on our exchange list, so a pallet of roof tiles finds a new home rather than a skip.',
          },
        ],
      ),
      website: 'https://bouwkring-rijnmond.example',
      contact: {
        email: 'info@bouwkring-rijnmond.example',
        phone: '010 000 25 50',
        address: 'Keileweg 40, 3029 BT Rotterdam',
      },
    }),

    partner('cyberveilig-010', 'CyberVeilig010', {
      kind: 'kennisinstelling',
      themes: ['digitaal'],
      sectors: [],
      districts: [],
      services: services([
        ['Gratis cyberveiligheidsscan', 'Free cyber security scan'],
        ['Phishing-training voor je personeel', 'Phishing training for your staff'],
        ['Hulp na een hack of datalek', 'Help after a hack or data breach'],
        ['Back-up en wachtwoorden goed regelen', 'Getting back-ups and passwords right'],
      ]),
      shortDescription: text(
        'Eerlijk advies over digitale veiligheid voor kleine bedrijven. Voorkomen is goedkoper dan herstellen, en vaak makkelijker dan je denkt.',
        'Honest advice on digital security for small firms. Prevention is cheaper than recovery, and often easier than you think.',
      ),
      description: body(
        [
          "Criminelen kiezen niet alleen grote bedrijven. Een bakker met een webshop of een boekhouder met klantgegevens is vaak een makkelijker doelwit. CyberVeilig010 helpt Rotterdamse mkb'ers om hun digitale deur op slot te doen.",
          'We beginnen met een scan van een uur. Een specialist stelt je vragen en kijkt met je mee. Gebruik je overal hetzelfde wachtwoord? Wanneer maakte je voor het laatst een back-up? Kan een oud-medewerker nog inloggen?',
          'Na de scan weet je:',
          '1. Wat je vandaag nog zelf kunt regelen.',
          '2. Wat je deze maand moet oppakken.',
          '3. Wanneer het slim is om een specialist in te huren.',
          {
            callout: 'warning',
            title: 'Gehackt?',
            text: 'Zet geen computers uit en betaal geen losgeld. Bel eerst ons spoednummer (het nummer staat hierboven) en doe aangifte bij de politie.',
          },
          'We geven ook korte trainingen voor je personeel. In een half uur leren ze hoe je een nepmail of nepfactuur herkent. Meestal is dat de beste investering die je kunt doen.',
        ],
        [
          'Criminals do not only go after large companies. A baker with an online shop or a bookkeeper with client data is often an easier target. CyberVeilig010 helps Rotterdam small businesses lock their digital front door.',
          'We start with a one-hour scan. A specialist asks you questions and looks over your shoulder. Do you use the same password everywhere? When did you last make a back-up? Can a former employee still log in?',
          'After the scan you know:',
          '1. What you can sort out yourself today.',
          '2. What to tackle this month.',
          '3. When it makes sense to hire a specialist.',
          {
            callout: 'warning',
            title: 'Been hacked?',
            text: 'Do not switch computers off and do not pay a ransom. Call our emergency line first (the number is shown above) and report it to the police.',
          },
          'We also run short training sessions for staff. In half an hour they learn to spot a fake email or a fake invoice, which is usually the best investment you can make.',
        ],
      ),
      website: 'https://cyberveilig010.example',
      intakeEmail: 'hulp@cyberveilig010.example',
      contact: {
        email: 'help@cyberveilig010.example',
        phone: '010 000 01 01',
        address: 'Schiekade 189, 3013 BR Rotterdam',
      },
      emergencyPhone: '010 000 01 99',
      emergencyNote: {
        _type: 'localeString',
        nl: 'Dag en nacht bereikbaar bij een hack, gijzelsoftware of datalek.',
        en: 'Available day and night after a hack, ransomware or a data breach.',
      },
    }),

    partner('praktijkacademie-rotterdam', 'Praktijkacademie Rotterdam', {
      kind: 'onderwijs',
      themes: ['circulair', 'duurzaam', 'digitaal'],
      sectors: [],
      districts: [],
      services: services([
        ['Korte cursussen voor ondernemers en personeel', 'Short courses for owners and staff'],
        ['Maatwerktraining op locatie', 'Tailored training at your premises'],
        ['Leerwerkplekken en stagiairs', 'Apprenticeships and interns'],
        ['Avondcursus AI en digitale vaardigheden', 'Evening course on AI and digital skills'],
        ['Training circulair inkopen', 'Training in circular procurement'],
      ]),
      shortDescription: text(
        "Korte, praktische opleidingen voor mkb'ers en hun mensen. Leren in de avond, op je eigen werkplek of bij ons in de leerwerkplaats.",
        'Short, practical training for small business owners and their staff: in the evening, at your own workplace or in our training workshop.',
      ),
      description: body(
        [
          'Nieuwe technieken vragen nieuwe vaardigheden. Een monteur die warmtepompen aanlegt, een winkelmedewerker die de webshop bijhoudt, een inkoper die op hergebruik let: ze moeten het ergens leren. Praktijkacademie Rotterdam is die plek.',
          'Onze cursussen duren van één avond tot tien weken. De docenten komen uit het vak. In elke les werk je aan iets uit je eigen bedrijf, zodat je de volgende dag meteen verder kunt.',
          '## Populaire cursussen',
          '- AI in je administratie (drie avonden)',
          '- Circulair inkopen voor kleine bedrijven',
          '- Je webshop veilig en vindbaar',
          '- Warmtepompen: van advies tot oplevering',
          'Heb je een team van vijf of meer mensen? Dan komen we ook naar je toe met een training op maat.',
          'Zoek je mensen? Onze mbo-studenten zoeken leerwerkplekken bij Rotterdamse bedrijven. Jij krijgt een extra paar handen, zij leren het vak in de praktijk. We begeleiden jullie allebei.',
        ],
        [
          'New techniques call for new skills. A technician fitting heat pumps, a shop assistant running the online store, a buyer who looks for reuse: they all have to learn it somewhere. Praktijkacademie Rotterdam is that place.',
          'Our courses last from one evening to ten weeks, and our teachers come from the trade. In every session you work on something from your own business, so you can carry on the very next day.',
          '## Popular courses',
          '- AI for your admin (three evenings)',
          '- Circular procurement for small firms',
          '- A safe and findable online shop',
          '- Heat pumps: from advice to handover',
          'Have a team of five or more? We also come to you with tailored training. Several courses are available in English for international staff.',
          'Looking for people? Our vocational students are looking for work placements with Rotterdam businesses. You get an extra pair of hands, they learn the trade in practice, and we support you both.',
        ],
      ),
      website: 'https://praktijkacademie-rotterdam.example',
      contact: {
        email: 'cursus@praktijkacademie-rotterdam.example',
        phone: '010 000 77 70',
        address: 'Zuidplein 80, 3083 CW Rotterdam',
      },
    }),
  ];
}
