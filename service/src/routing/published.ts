// Routing from the published content: partners (with their intake address), the documents they
// own and the programme contact, read through the content package's source.
import type { ServiceConfig } from '../config.ts';
import { cachedDirectory, type Directory, type RoutingContent } from './directory.ts';

/** Reads what routing needs from the configured content source. */
export async function loadRoutingContent(): Promise<RoutingContent> {
  throw new Error('Routing from published content waits for the @mkb010/content package.');
}

/** The directory the service runs with: published content, read again after `contentCacheMs`. */
export function publishedDirectory(config: ServiceConfig): Directory {
  return cachedDirectory(() => loadRoutingContent(), config.contentCacheMs);
}
