// Two drafts, so preview builds and the Studio have something unpublished to show: an edit in
// progress on a published guide ("Conceptversie") and a new guide that was never published
// ("Conceptgids"). Neither may appear on the public site.
import type { Guide, SeedContext } from '../lib.ts';
import circularGuides from './guides-circulair.ts';

const EDITED = 'guide-circulair-inkopen';

/** The two drafts. */
export default function drafts(ctx: SeedContext): Guide[] {
  // Start from the published guide itself, so the draft stays a realistic edit of the live text.
  const published = circularGuides(ctx).find((doc) => doc._id === EDITED);
  if (!published) throw new Error(`drafts.ts edits "${EDITED}", but guides-circulair.ts no longer has it; pick another published guide.`);

  const edited: Guide = {
    ...published,
    _id: `drafts.${EDITED}`,
    title: 'Conceptversie: circulair inkopen in acht vragen aan je leverancier',
    summary:
      'Nieuw in deze versie: een achtste vraag over terugname na gebruik. Wat je inkoopt, bepaalt hoeveel afval je later hebt; met deze vragen kies je spullen die langer meegaan.',
    lastChecked: ctx.date(-1),
    checkAgainBy: ctx.date(180),
  };

  const fresh: Guide = {
    _id: 'drafts.guide-statiegeld-op-kratten-en-pallets',
    _type: 'guide',
    language: 'nl',
    title: 'Conceptgids: statiegeld op kratten en pallets met je klanten',
    slug: ctx.slug('statiegeld-op-kratten-en-pallets'),
    themes: ['circulair'],
    goals: ['minder-afval'],
    sectors: ['logistiek-haven', 'food'],
    summary:
      'Hoe je met vaste klanten afspreekt dat kratten en pallets terugkomen: een klein bedrag statiegeld, een teller per klant en een vaste ophaaldag.',
    body: ctx.pt([
      'Kratten en pallets die niet terugkomen, kosten je elk jaar geld. Met statiegeld maak je terugbrengen de gewoonte.',
      '## Wat je nodig hebt',
      '- Een lijst van je vaste klanten en hoeveel kratten ze gemiddeld hebben staan.',
      '- Een bedrag per krat dat hoog genoeg is om op te letten, maar niet afschrikt.',
      { callout: 'info', title: 'Nog niet af', text: 'De redactie van Havenkring Mkb vult deze gids nog aan met een rekenvoorbeeld.' },
    ]),
    steps: [
      {
        _type: 'step',
        _key: 's1',
        title: 'Tel wat je kwijtraakt',
        text: 'Houd een maand lang bij hoeveel kratten en pallets je uitlevert en hoeveel er terugkomen.',
      },
      {
        _type: 'step',
        _key: 's2',
        title: 'Spreek een bedrag af',
        text: 'Bespreek met je drie grootste klanten een bedrag per krat en zet het op de factuur.',
      },
      {
        _type: 'step',
        _key: 's3',
        title: 'Kies een vaste ophaaldag',
        text: 'Neem lege kratten mee op je vaste route, zodat terugbrengen geen extra rit kost.',
      },
    ],
    partner: ctx.ref('partner-havenkring-mkb'),
    relatedGuides: ctx.refs(['guide-pallets-kratten-folie-logistiek']),
    searchKeywords: ['statiegeldregeling', 'emballage', 'retourkratten', 'palletpool'],
    lastChecked: ctx.date(-3),
    checkAgainBy: ctx.date(177),
    // The Studio fills in today when the guide is created; the editor has not changed it yet.
    publishedAt: ctx.date(-3),
  };

  return [edited, fresh];
}
