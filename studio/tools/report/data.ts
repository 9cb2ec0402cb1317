// The Redactierapport's data: the site's own queries (@mkb010/content/queries), the report's extra
// query and the writing marks' query, asked through the Studio's client in the published perspective (what the site builds from),
// judged by the build's own judgeContent and made into the report by the command line's own
// makeEditorReport. Nothing here decides what is wrong; it only fetches and hands over.
import type { SanityClient } from 'sanity';
import { type EditorSettings, editorPartners, type StudioUser } from '@mkb010/model';
import { type EditorReport, EXTRA_QUERY, type ExtraAnswer, makeEditorReport } from '@mkb010/content/editor-report';
import { checkAnswer, judgeContent, type SiteContent } from '@mkb010/content/judge';
import { COLLECTION_NAMES, QUERIES } from '@mkb010/content/queries';
import { INTENDED_QUERY, type IntendedAnswer } from '@mkb010/content/writing';
import { listeningFrom, type ServiceLists } from '@mkb010/content/editor-report-listening';

/** Who edits for which partner, from the site settings. */
const SETTINGS_QUERY = `*[_id == "siteSettings"][0]{commsTeam, partnerEditors}`;

/** Everything the report needs, fetched once; the partner choice is made from it without fetching again. */
export interface ReportData {
  content: SiteContent;
  extra: ExtraAnswer;
  settings: EditorSettings | null;
  /** The moment the content was judged at. */
  now: Date;
}

/** A partner to choose in the tool. */
export interface PartnerChoice {
  id: string;
  slug: string;
  name: string;
}

/** Fetches the published content and judges it as the build would, at `now`. */
export async function fetchReportData(client: SanityClient, now: Date): Promise<ReportData> {
  const published = client.withConfig({ perspective: 'published', useCdn: false });
  const { projectId = '', dataset = '' } = published.config();
  const label = `Content Lake ${projectId}/${dataset}`;
  const [raw, extra, settings, intended] = await Promise.all([
    Promise.all(COLLECTION_NAMES.map(async (name) => checkAnswer(label, name, await published.fetch(QUERIES[name])))),
    published.fetch<ExtraAnswer>(EXTRA_QUERY),
    published.fetch<EditorSettings | null>(SETTINGS_QUERY),
    published.fetch<IntendedAnswer>(INTENDED_QUERY),
  ]);
  const content = judgeContent(raw, { label, perspective: 'published', images: { projectId, dataset } }, now, { intended });
  return { content, extra, settings, now };
}

/** The partners on the site, by name. */
export function partnerChoices(data: ReportData): PartnerChoice[] {
  return data.content.collections.partners
    .map((p) => ({ id: p._id, slug: p.slug, name: p.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The partner the tool opens on: the first one `user` edits for, or none (the whole network). */
export function ownPartner(data: ReportData, user: StudioUser | null | undefined): string | undefined {
  const [mine] = editorPartners(user, data.settings);
  return partnerChoices(data).find((p) => p.id === mine)?.slug;
}

/** The report for one partner's slug, or for the whole network. */
export function reportFor(data: ReportData, partnerSlug: string | undefined): EditorReport {
  return makeEditorReport(data.content, data.extra, data.now, partnerSlug);
}

/** The report for one partner's slug (or the network) with the service's lists, when the tool has them. */
export function reportWithListening(
  data: ReportData,
  partnerSlug: string | undefined,
  service?: ServiceLists | { unavailable: string },
): EditorReport {
  const report = reportFor(data, partnerSlug);
  if (service) report.listening = listeningFrom(service, data.content.collections.partners, data.extra.owners, report.partner?.id);
  return report;
}
