// Known texts of the writing check's tests: a bureaucratic Dutch paragraph and its B1 rewrite.

/** The Dutch bureaucratic paragraph of the tests: every cause of a low score at once. */
export const BUREAUCRATIC =
  'Indien u in aanmerking wenst te komen voor de subsidieregeling inzake verduurzamingsmaatregelen, dient u middels het daartoe bestemde aanvraagformulier een volledig ingevulde aanvraag in te dienen, alsmede een offerte van een erkende installateur. Teneinde de aanvraag te kunnen beoordelen, dienen te allen tijde alle bewijsstukken uiterlijk 15-03-2027 in het bezit van de gemeente te zijn. De aanvraag wordt derhalve door de gemeente pas in behandeling genomen nadat het subsidiebedrag van 25000 euro beschikbaar is gesteld.';

/** The same message rewritten at B1. */
export const B1_REWRITE =
  'Wil je subsidie voor een groen dak of zonnepanelen? Vraag het aan met het formulier op deze pagina. Stuur een offerte van een erkende installateur mee. Doe dat vóór 15 maart 2027. De gemeente bekijkt je aanvraag zodra er geld is. Je krijgt hoogstens € 25.000.';
