// Routing from the published content (content/published.ts, the copy alerts read too): partners
// (with their intake address), the documents they own and the programme contact.
import type { SiteContent } from '@mkb010/content/judge';
import type { Bilingual } from '@mkb010/model';
import { derived, loadPublishedContent, type PublishedContent } from '../content/published.ts';
import { isEmailAddress } from '../http/form.ts';
import { type Directory, type RoutingContent, type RoutingDoc, routeRequest } from './directory.ts';

/** The programme's name in mails when site settings give none. */
const PROGRAMME_NAME = 'MKB010>>Next';

/** A title as routing shows it: per language, or one string for both. */
function bilingual(title: unknown): Bilingual | undefined {
  if (typeof title === 'string') return { nl: title, en: title };
  const value = title as Partial<Bilingual> | undefined;
  if (!value?.nl) return undefined;
  return { nl: value.nl, en: value.en || value.nl };
}

/** What routing needs from published content; throws when the site settings have no contact address. */
export function routingContent({ collections }: SiteContent): RoutingContent {
  const contactEmail = collections.settings[0]?.contact?.email;
  if (!contactEmail || !isEmailAddress(contactEmail)) {
    throw new Error(
      'The site settings (siteSettings) have no valid contact e-mail address; the service needs it for questions without a partner.',
    );
  }
  const docs: RoutingDoc[] = [...collections.guides, ...collections.stories, ...collections.events, ...collections.schemes].map((doc) => ({
    ...(doc as unknown as RoutingDoc),
    title: bilingual((doc as { title?: unknown }).title),
  }));
  return {
    programme: { name: PROGRAMME_NAME, address: contactEmail },
    partners: collections.partners.map((partner) => ({
      _id: partner._id,
      name: partner.name,
      intakeEmail: partner.intakeEmail && isEmailAddress(partner.intakeEmail) ? partner.intakeEmail : undefined,
    })),
    docs,
  };
}

/** Reads what routing needs from the content source `env` names, judged at `now`. */
export async function loadRoutingContent(env: NodeJS.ProcessEnv, root: string, now: Date): Promise<RoutingContent> {
  return routingContent(await loadPublishedContent(env, root, now));
}

/** The directory the service runs with: routing from `content` as of `clock()`. */
export function publishedDirectory(content: PublishedContent, clock: () => Date = () => new Date()): Directory {
  const current = derived(content, routingContent);
  return { route: async (docId) => routeRequest(await current(clock()), docId) };
}
