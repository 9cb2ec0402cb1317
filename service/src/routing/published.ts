// Routing from the published content: partners (with their intake address), the documents they
// own and the programme contact, loaded through the content package as the build loads them
// (the configured source, always the published perspective) and kept for a few minutes.
import { loadContent } from '@mkb010/content/source';
import type { Bilingual } from '@mkb010/model';
import { PROJECT_ROOT, type ServiceConfig } from '../config.ts';
import { isEmailAddress } from '../http/form.ts';
import { cachedDirectory, type Directory, type RoutingContent, type RoutingDoc } from './directory.ts';

/** The programme's name in mails when site settings give none. */
const PROGRAMME_NAME = 'MKB010>>Next';

/** A title as routing shows it: per language, or one string for both. */
function bilingual(title: unknown): Bilingual | undefined {
  if (typeof title === 'string') return { nl: title, en: title };
  const value = title as Partial<Bilingual> | undefined;
  if (!value?.nl) return undefined;
  return { nl: value.nl, en: value.en || value.nl };
}

/** Reads what routing needs from the configured content source. */
export async function loadRoutingContent(env: NodeJS.ProcessEnv, root: string, now: Date): Promise<RoutingContent> {
  const { collections } = await loadContent({ now, root, env: { ...env, CONTENT_PERSPECTIVE: 'published' } });
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

/** The directory the service runs with: published content, read again after `contentCacheMs`. */
export function publishedDirectory(config: ServiceConfig, env: NodeJS.ProcessEnv = process.env, root = PROJECT_ROOT): Directory {
  return cachedDirectory(() => loadRoutingContent(env, root, new Date()), config.contentCacheMs);
}
