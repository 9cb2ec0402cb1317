// Site settings singleton: navigation, footer, contact, the programme's target figures and the
// search synonyms (words Rotterdam entrepreneurs use for the same thing, per language).

import type { SiteSettings } from '../lib.ts';

/** Synonym groups per language: a page with one of the words is also found by the others. */
const SYNONYMS = {
  nl: [
    ['zonnepaneel', 'zonnepanelen', 'zonne-energie', 'pv', 'pv-panelen', 'zonnedak'],
    ['subsidie', 'subsidies', 'bijdrage', 'regeling', 'tegemoetkoming'],
    ['lening', 'leningen', 'krediet', 'financiering', 'lenen'],
    ['energiebesparing', 'energie besparen', 'stroom besparen', 'energiezuinig', 'energierekening'],
    ['kapper', 'kappers', 'kapsalon', 'haarsalon', 'barbier', 'knippen'],
    ['horeca', 'restaurant', 'café', 'cafe', 'lunchroom', 'horecazaak', 'eetcafé'],
    ['webshop', 'webwinkel', 'online winkel', 'e-commerce', 'online verkopen'],
    ['cyberveiligheid', 'cybersecurity', 'informatiebeveiliging', 'hacken', 'gehackt', 'phishing'],
    ['afval', 'restafval', 'reststromen', 'reststroom', 'afvalstromen'],
    ['warmtepomp', 'warmtepompen', 'duurzaam verwarmen', 'van het gas af'],
    ['isolatie', 'isoleren', 'dakisolatie', 'spouwmuurisolatie'],
    ['laadpaal', 'laadpalen', 'laadpunt', 'elektrisch laden'],
    ['bestelbus', 'bestelbussen', 'bestelauto', 'busje', 'bedrijfsbus'],
    ['zzp', 'zzp’er', 'zelfstandige', 'eenmanszaak', 'freelancer'],
    ['winkel', 'winkels', 'winkelier', 'detailhandel', 'retail'],
    ['installateur', 'installatiebedrijf', 'aannemer', 'bouwbedrijf'],
    ['voucher', 'vouchers', 'waardebon', 'tegoedbon'],
    ['advies', 'adviseur', 'begeleiding', 'coaching', 'adviesgesprek'],
    ['ai', 'kunstmatige intelligentie', 'chatgpt', 'chatbot'],
    ['circulair', 'circulaire economie', 'hergebruik', 'hergebruiken', 'recycling', 'recyclen'],
    ['back-up', 'backup', 'reservekopie', 'back-ups'],
    ['groen dak', 'groene daken', 'sedumdak', 'daktuin'],
  ],
  en: [
    ['solar panel', 'solar panels', 'solar energy', 'pv', 'photovoltaic'],
    ['grant', 'grants', 'subsidy', 'subsidies', 'funding'],
    ['loan', 'loans', 'credit', 'financing', 'borrow'],
    ['energy saving', 'save energy', 'energy efficiency', 'energy bill', 'energy-efficient'],
    ['hairdresser', 'hairdressers', 'barber', 'hair salon', 'barbershop'],
    ['hospitality', 'restaurant', 'cafe', 'café', 'catering', 'bar'],
    ['webshop', 'online shop', 'online store', 'e-commerce', 'sell online'],
    ['cyber security', 'cybersecurity', 'information security', 'hacked', 'hacking', 'phishing'],
    ['waste', 'residual stream', 'residual streams', 'scrap', 'leftovers'],
    ['heat pump', 'heat pumps', 'gas-free', 'sustainable heating'],
    ['insulation', 'insulate', 'roof insulation', 'cavity wall insulation'],
    ['charging point', 'charging points', 'charging station', 'ev charger'],
    ['van', 'vans', 'delivery van', 'electric van'],
    ['freelancer', 'freelancers', 'self-employed', 'sole trader', 'zzp'],
    ['shop', 'shops', 'shopkeeper', 'retail', 'retailer', 'store'],
    ['installer', 'installers', 'contractor', 'construction company'],
    ['voucher', 'vouchers', 'coupon'],
    ['advice', 'adviser', 'advisor', 'coaching', 'guidance'],
    ['ai', 'artificial intelligence', 'chatgpt', 'chatbot'],
    ['circular', 'circular economy', 'reuse', 'recycling', 'recycle'],
    ['backup', 'back-up', 'backups', 'back-ups'],
    ['green roof', 'green roofs', 'sedum roof', 'roof garden'],
  ],
};

/** The synonym groups of one language in the Studio's shape. */
function synonymGroups(lang: keyof typeof SYNONYMS) {
  return SYNONYMS[lang].map((words, i) => ({ _type: 'synonymGroup' as const, _key: `${lang}-synonyms-${i + 1}`, words }));
}

/** The siteSettings singleton. */
export default function settings(): SiteSettings[] {
  type Nav = NonNullable<SiteSettings['navigation']>[number];
  const nav = (key: string, route: Nav['route'], nl: string, en: string): Nav => ({
    _type: 'navItem',
    _key: key,
    label: { _type: 'localeString', nl, en },
    route,
  });
  return [
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      title: 'MKB010>>Next',
      tagline: {
        _type: 'localeString',
        nl: 'Samen met 13 Rotterdamse partners helpen we ondernemers circulair, duurzaam en digitaal verder.',
        en: 'Together with 13 Rotterdam partners, we help entrepreneurs move ahead: circular, sustainable and digital.',
      },
      targetEntrepreneurs: 7500,
      firstRunTarget: 5000,
      currentRunStart: '2023-07-01',
      currentRunEnd: '2028-06-30',
      contact: {
        email: 'mkb010next@rotterdam.example',
        phone: '010-000 12 34',
        address: 'Voorbeeldplein 10, 3011 AA Rotterdam',
      },
      navigation: [
        nav('finder', 'finder', 'Hulpwijzer', 'Help finder'),
        nav('guides', 'guides', 'Gidsen', 'Guides'),
        nav('schemes', 'schemes', 'Regelingen', 'Support schemes'),
        nav('events', 'events', 'Evenementen', 'Events'),
        nav('stories', 'stories', 'Verhalen', 'Stories'),
        nav('partners', 'partners', 'Partners', 'Partners'),
        nav('progress', 'progress', 'Voortgang', 'Progress'),
      ],
      footerLinks: [
        nav('about', 'about', 'Over MKB010>>Next', 'About MKB010>>Next'),
        nav('accessibility', 'accessibility', 'Toegankelijkheid', 'Accessibility'),
        nav('privacy', 'privacy', 'Privacy', 'Privacy'),
        nav('progress', 'progress', 'Voortgang van het programma', 'Programme progress'),
      ],
      // Who may change what in the Studio (a courtesy guard, see studio/README.md). Sample addresses.
      commsTeam: ['redactie@rotterdam.example'],
      partnerEditors: [
        {
          _type: 'partnerEditorList',
          _key: 'energieloket',
          partner: { _type: 'reference', _ref: 'partner-energieloket-mkb-rijnmond' },
          editors: ['redactie@energieloket.example'],
        },
        {
          _type: 'partnerEditorList',
          _key: 'maakhaven',
          partner: { _type: 'reference', _ref: 'partner-maakhaven-circulair' },
          editors: ['redactie@maakhaven.example'],
        },
      ],
      footerText: {
        _type: 'localeText',
        nl: 'MKB010>>Next is een netwerk van de gemeente Rotterdam en 13 partners. Dit is een voorbeeldsite met verzonnen organisaties en bedragen.',
        en: 'MKB010>>Next is a network of the City of Rotterdam and 13 partners. This is a sample site with fictional organisations and amounts.',
      },
      searchSynonyms: { nl: synonymGroups('nl'), en: synonymGroups('en') },
    },
  ];
}
