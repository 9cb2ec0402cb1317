// The site a page renders: its content, shaped once (sorted, indexed by partner so listing pages
// never scan every document again), and the one moment it is judged at. A static build has one
// (buildSite: the content collections and the build's now); the preview server makes one per
// request from its draft snapshot. Routes take it from `Astro.locals.site` and hand views props.
import { type QuarterCount, siteRequests } from './site-requests.ts';
import { getCollection, type CollectionKey } from 'astro:content';
import type { SiteCollections } from '@mkb010/content/judge';
import type { Campaign, Event, Guide, ImpactReport, Page, Partner, Scheme, Settings, Story } from '@mkb010/content/schemas';
import type { Lang, Theme } from '@mkb010/model';
import { eventEndsAt } from '@mkb010/model';
import { buildNow } from '../lib/build-now.ts';

export type { Campaign, Event, Guide, Page, Partner, Scheme, Settings, Story };

/** A partner's own content across the site. */
export interface PartnerContent {
  guides: Guide[];
  events: Event[];
  schemes: Scheme[];
  stories: Story[];
}

/** The collections as the pipeline delivers them, with the one settings document and the partner index. */
export interface SiteData extends Omit<SiteCollections, 'settings'> {
  settings: Settings | undefined;
  byPartner: Map<string, PartnerContent>;
}

/** What a route renders from: the content and the one "now" of this build or preview request. */
export interface Site {
  content: SiteData;
  now: Date;
  /** Questions sent through the site per quarter (the service's series); absent without a service. */
  requestsPerQuarter?: QuarterCount[];
}

async function data<T>(name: CollectionKey): Promise<T[]> {
  const entries = await getCollection(name);
  return entries.map((e: { data: unknown }) => e.data as T);
}

/** Newest first by a YYYY-MM-DD (or ISO) field; documents without it go last. */
function newestFirst<T>(items: T[], field: (item: T) => string | undefined | null): T[] {
  return [...items].sort((a, b) => (field(b) ?? '').localeCompare(field(a) ?? ''));
}

function indexByPartner(d: Omit<SiteData, 'byPartner'>): Map<string, PartnerContent> {
  const map = new Map<string, PartnerContent>();
  const slot = (id: string) => {
    let entry = map.get(id);
    if (!entry) {
      entry = { guides: [], events: [], schemes: [], stories: [] };
      map.set(id, entry);
    }
    return entry;
  };
  for (const g of d.guides) if (g.partner) slot(g.partner._id).guides.push(g);
  for (const s of d.stories) if (s.partner) slot(s.partner._id).stories.push(s);
  for (const s of d.schemes) if (s.providerPartner) slot(s.providerPartner._id).schemes.push(s);
  for (const e of d.events) for (const o of e.organisers) slot(o._id).events.push(e);
  return map;
}

async function fromCollections(): Promise<SiteCollections> {
  const [partners, guides, stories, events, schemes, campaigns, pages, impactReports, settings] = await Promise.all([
    data<Partner>('partners'),
    data<Guide>('guides'),
    data<Story>('stories'),
    data<Event>('events'),
    data<Scheme>('schemes'),
    data<Campaign>('campaigns'),
    data<Page>('pages'),
    data<ImpactReport>('impactReports'),
    data<Settings>('settings'),
  ]);
  return { partners, guides, stories, events, schemes, campaigns, pages, impactReports, settings };
}

function shape(c: SiteCollections): SiteData {
  const base = {
    partners: [...c.partners].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    guides: newestFirst(c.guides, (g) => g.publishedAt ?? g.lastChecked),
    stories: newestFirst(c.stories, (s) => s.publishedAt),
    events: [...c.events].sort((a, b) => a.start.localeCompare(b.start)),
    schemes: [...c.schemes].sort((a, b) => a.title.nl.localeCompare(b.title.nl, 'nl')),
    campaigns: c.campaigns,
    pages: c.pages,
    impactReports: c.impactReports,
    settings: c.settings[0],
  };
  return { ...base, byPartner: indexByPartner(base) };
}

// The preview server renders every request of one snapshot from the same shaped object, which
// caches keyed on it (a WeakMap) rely on.
const shaped = new WeakMap<SiteCollections, SiteData>();

/** The collections shaped for pages: sorted, with one settings document and the partner index. */
export function shapeSiteData(collections: SiteCollections): SiteData {
  let data = shaped.get(collections);
  if (!data) {
    data = shape(collections);
    shaped.set(collections, data);
  }
  return data;
}

let building: Promise<Site> | undefined;

/** The static build's site: its content collections, loaded once, and the build's one "now". */
export function buildSite(): Promise<Site> {
  building ??= Promise.all([fromCollections(), siteRequests()]).then(([collections, requestsPerQuarter]) => ({
    content: shape(collections),
    now: buildNow(),
    ...(requestsPerQuarter ? { requestsPerQuarter } : {}),
  }));
  return building;
}

/** Documents of one language (document-level translated types). */
export function inLang<T extends { language: Lang }>(items: T[], lang: Lang): T[] {
  return items.filter((i) => i.language === lang);
}

/** Documents about a theme. */
export function onTheme<T extends { themes?: readonly string[] }>(items: T[], theme: Theme): T[] {
  return items.filter((i) => i.themes?.includes(theme));
}

/** Events not yet over at `now`, soonest first. */
export function upcomingEvents(events: Event[], now: Date): Event[] {
  return events.filter((e) => eventEndsAt(e).getTime() > now.getTime());
}

/** Events over at `now`, most recent first. */
export function pastEvents(events: Event[], now: Date): Event[] {
  return events.filter((e) => eventEndsAt(e).getTime() <= now.getTime()).reverse();
}

/** What a partner owns or took part in; empty lists when nothing. */
export function partnerContent(content: SiteData, partnerId: string): PartnerContent {
  return content.byPartner.get(partnerId) ?? { guides: [], events: [], schemes: [], stories: [] };
}
