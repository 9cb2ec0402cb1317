// Site settings singleton: navigation, footer, contact and the programme's target figures.

/** The siteSettings singleton. */
export default function settings() {
  const nav = (key, route, nl, en) => ({ _type: 'navItem', _key: key, label: { _type: 'localeString', nl, en }, route });
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
        { _type: 'partnerEditorList', _key: 'energieloket', partner: { _type: 'reference', _ref: 'partner-energieloket-mkb-rijnmond' }, editors: ['redactie@energieloket.example'] },
        { _type: 'partnerEditorList', _key: 'maakhaven', partner: { _type: 'reference', _ref: 'partner-maakhaven-circulair' }, editors: ['redactie@maakhaven.example'] },
      ],
      footerText: {
        _type: 'localeText',
        nl: 'MKB010>>Next is een netwerk van de gemeente Rotterdam en 13 partners. Dit is een voorbeeldsite met verzonnen organisaties en bedragen.',
        en: 'MKB010>>Next is a network of the City of Rotterdam and 13 partners. This is a sample site with fictional organisations and amounts.',
      },
    },
  ];
}
