// The desk: lists organised by the jobs editors do (write per theme, keep their own organisation's
// content up to date, schedule campaigns, find out-of-date guides), not by how data is stored.
import { BarChartIcon } from '@sanity/icons/BarChart';
import { CalendarIcon } from '@sanity/icons/Calendar';
import { ClockIcon } from '@sanity/icons/Clock';
import { CogIcon } from '@sanity/icons/Cog';
import { RocketIcon } from '@sanity/icons/Rocket';
import { TagIcon } from '@sanity/icons/Tag';
import { UsersIcon } from '@sanity/icons/Users';
import { WarningOutlineIcon } from '@sanity/icons/WarningOutline';
import type { ListItemBuilder, StructureBuilder, StructureResolver } from 'sanity/structure';
import { THEME_OPTIONS } from '../schemaTypes/options';
import {
  CLOSED_SCHEMES,
  ENDED_CAMPAIGNS,
  LIVE_CAMPAIGNS,
  OPEN_SCHEMES,
  OPENS_LATER_SCHEMES,
  OVERDUE_GUIDES,
  PAST_EVENTS,
  SCHEDULED_CAMPAIGNS,
  UPCOMING_EVENTS,
  onTheme,
} from './filters';
import { editorPartners, ownedByFilter, type OwnedType, ruleParams } from '@mkb010/model';
import { SANITY_API_VERSION } from '@mkb010/content/api';
import { editorSettings } from '../ownership-settings';
import { partnerTemplateId } from './templates';

/** Types that appear per theme and per partner, with their Dutch plural titles. */
const THEMED_TYPES = [
  { type: 'guide', title: 'Gidsen' },
  { type: 'story', title: 'Succesverhalen' },
  { type: 'event', title: 'Evenementen' },
  { type: 'scheme', title: 'Regelingen' },
  { type: 'partner', title: 'Partners' },
];

const PARTNER_TYPES: { type: OwnedType; title: string }[] = [
  { type: 'guide', title: 'Gidsen' },
  { type: 'story', title: 'Succesverhalen' },
  { type: 'event', title: 'Evenementen' },
  { type: 'scheme', title: 'Regelingen' },
  { type: 'impactReport', title: 'Impactrapportages' },
];

/** The order of a list: fields and directions, first field first. */
type Ordering = { field: string; direction: 'asc' | 'desc' }[];

/** A document list of one type narrowed by a GROQ filter, optionally in a fixed order. */
function filteredList(
  S: StructureBuilder,
  id: string,
  title: string,
  type: string,
  filter: string,
  params?: Record<string, unknown>,
  ordering?: Ordering,
) {
  return S.listItem()
    .id(id)
    .title(title)
    .schemaType(type)
    .child(
      S.documentList()
        .id(id)
        .title(title)
        .schemaType(type)
        .apiVersion(SANITY_API_VERSION)
        .filter(filter)
        .params(params ?? {})
        .defaultOrdering(ordering ?? []),
    );
}

/** A partner's documents of one type; "new" there starts a document owned by that partner. */
function partnerList(S: StructureBuilder, partnerId: string, type: OwnedType, title: string) {
  const template = S.initialValueTemplateItem(partnerTemplateId(type), { partnerId });
  return S.listItem()
    .id(`${partnerId}-${type}`)
    .title(title)
    .schemaType(type)
    .child(
      S.documentList()
        .id(`${partnerId}-${type}`)
        .title(title)
        .schemaType(type)
        .apiVersion(SANITY_API_VERSION)
        .filter(ownedByFilter(type))
        .params({ partnerId })
        .initialValueTemplates([template]),
    );
}

/** Content by theme: per theme, the guides, stories, events, schemes and partners on it. */
function byTheme(S: StructureBuilder) {
  return S.listItem()
    .id('per-thema')
    .title('Per thema')
    .icon(TagIcon)
    .child(
      S.list()
        .id('per-thema')
        .title('Per thema')
        .items(
          THEME_OPTIONS.map((theme) =>
            S.listItem()
              .id(theme.value)
              .title(theme.title)
              .child(
                S.list()
                  .id(theme.value)
                  .title(theme.title)
                  .items(
                    THEMED_TYPES.map(({ type, title }) =>
                      filteredList(S, `${theme.value}-${type}`, title, type, onTheme(type), { theme: theme.value }),
                    ),
                  ),
              ),
          ),
        ),
    );
}

/** A partner's own content: its details, then its guides, stories, events, schemes and impact reports. */
function partnerContent(S: StructureBuilder, partnerId: string, title: string, extra: ListItemBuilder[] = []) {
  const id = partnerId.replace(/^drafts\./, '');
  return S.list()
    .id(`partner-${id}`)
    .title(title)
    .items([
      S.listItem().id('gegevens').title('Organisatiegegevens').child(S.document().schemaType('partner').documentId(id)),
      S.divider(),
      ...PARTNER_TYPES.map(({ type, title }) => partnerList(S, id, type, title)),
      ...(extra.length > 0 ? [S.divider(), ...extra] : []),
    ]);
}

/** Every partner to pick from, each opening its own content. */
function partnerPicker(S: StructureBuilder, title: string) {
  return S.documentTypeList('partner')
    .title(title)
    .child((partnerId) => partnerContent(S, partnerId, 'Content van deze organisatie'));
}

/**
 * "My organisation": for an editor listed under a partner (site settings), that partner's content
 * straight away, with the other partners one step further; for everyone else, pick a partner.
 */
function byPartner(S: StructureBuilder) {
  const mine = editorPartners(S.context.currentUser, editorSettings());
  const item = S.listItem().id('mijn-organisatie').title('Mijn organisatie').icon(UsersIcon);
  if (mine.length === 0) return item.child(partnerPicker(S, 'Kies je organisatie'));
  const others = S.listItem().id('andere-organisatie').title('Andere organisatie bekijken').child(partnerPicker(S, 'Kies een organisatie'));
  if (mine.length === 1) return item.child(partnerContent(S, mine[0]!, 'Mijn organisatie', [others]));
  return item.child(
    S.list()
      .id('mijn-organisaties')
      .title('Mijn organisaties')
      .items([
        ...mine.map((id) =>
          S.documentListItem()
            .id(id)
            .schemaType('partner')
            .child(partnerContent(S, id, 'Content van deze organisatie')),
        ),
        S.divider(),
        others,
      ]),
  );
}

/** Campaigns grouped by their schedule. */
function campaigns(S: StructureBuilder) {
  return S.listItem()
    .id('campagnes')
    .title('Campagnes')
    .icon(RocketIcon)
    .child(
      S.list()
        .id('campagnes')
        .title('Campagnes')
        .items([
          // The next campaign to go live first; its list line shows the moment.
          filteredList(S, 'campagnes-gepland', 'Gepland', 'campaign', SCHEDULED_CAMPAIGNS, ruleParams(new Date()), [
            { field: 'publishFrom', direction: 'asc' },
          ]),
          filteredList(S, 'campagnes-live', 'Nu live', 'campaign', LIVE_CAMPAIGNS, ruleParams(new Date())),
          filteredList(S, 'campagnes-afgelopen', 'Afgelopen', 'campaign', ENDED_CAMPAIGNS, ruleParams(new Date())),
          S.divider(),
          S.documentTypeListItem('campaign').title('Alle campagnes'),
        ]),
    );
}

/** Guides, with the ones that are due for a check first. */
function guides(S: StructureBuilder) {
  return S.listItem()
    .id('gidsen')
    .title('Gidsen')
    .schemaType('guide')
    .child(
      S.list()
        .id('gidsen')
        .title('Gidsen')
        .items([
          filteredList(S, 'gidsen-controle', 'Controle verlopen', 'guide', OVERDUE_GUIDES, ruleParams(new Date())).icon(WarningOutlineIcon),
          filteredList(S, 'gidsen-nl', 'Nederlands', 'guide', '_type == "guide" && language == "nl"'),
          filteredList(S, 'gidsen-en', 'Engels', 'guide', '_type == "guide" && language == "en"'),
          S.divider(),
          S.documentTypeListItem('guide').title('Alle gidsen'),
        ]),
    );
}

/** Events split into upcoming and past. */
function events(S: StructureBuilder) {
  return S.listItem()
    .id('evenementen')
    .title('Evenementen')
    .icon(CalendarIcon)
    .child(
      S.list()
        .id('evenementen')
        .title('Evenementen')
        .items([
          filteredList(S, 'evenementen-komend', 'Komend', 'event', UPCOMING_EVENTS, ruleParams(new Date())).icon(CalendarIcon),
          filteredList(S, 'evenementen-geweest', 'Geweest', 'event', PAST_EVENTS, ruleParams(new Date())).icon(ClockIcon),
          S.divider(),
          S.documentTypeListItem('event').title('Alle evenementen'),
        ]),
    );
}

/** Schemes split into open, opening later and closed. */
function schemes(S: StructureBuilder) {
  return S.listItem()
    .id('regelingen')
    .title('Regelingen')
    .schemaType('scheme')
    .child(
      S.list()
        .id('regelingen')
        .title('Regelingen')
        .items([
          filteredList(S, 'regelingen-open', 'Open', 'scheme', OPEN_SCHEMES, ruleParams(new Date())),
          filteredList(S, 'regelingen-binnenkort', 'Opent binnenkort', 'scheme', OPENS_LATER_SCHEMES, ruleParams(new Date())),
          filteredList(S, 'regelingen-gesloten', 'Gesloten', 'scheme', CLOSED_SCHEMES, ruleParams(new Date())),
          S.divider(),
          S.documentTypeListItem('scheme').title('Alle regelingen'),
        ]),
    );
}

/** The Studio's desk structure. */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Inhoud')
    .items([
      byPartner(S),
      byTheme(S),
      S.divider(),
      guides(S),
      S.documentTypeListItem('story').title('Succesverhalen'),
      events(S),
      schemes(S),
      S.documentTypeListItem('partner').title('Partners'),
      S.divider(),
      campaigns(S),
      S.documentTypeListItem('page').title("Pagina's"),
      S.documentTypeListItem('impactReport').title('Impactrapportages').icon(BarChartIcon),
      S.divider(),
      S.listItem()
        .id('siteSettings')
        .title('Site-instellingen')
        .icon(CogIcon)
        .child(S.document().schemaType('siteSettings').documentId('siteSettings').title('Site-instellingen')),
    ]);
