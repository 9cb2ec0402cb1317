// The one place that decides where content comes from: the Content Lake when SANITY_PROJECT_ID is
// set, otherwise a dataset file (CONTENT_FILE, default the seed in studio/seed/).
import path from 'node:path';
import { ContentSourceError } from '../errors.ts';
import { contentPerspective } from '../perspective.ts';
import { openFileSource } from './file-source.ts';
import { openLakeSource } from './lake-source.ts';
import type { ContentSource } from '../source-types.ts';

/** The sample dataset, relative to the project root. */
export const DEFAULT_CONTENT_FILE = 'studio/seed/data.ndjson';

export interface SourceOptions {
  env?: NodeJS.ProcessEnv;
  /** Project root that relative paths are resolved against (default: the working directory). */
  root?: string;
  /** Where dataset archives are extracted. */
  extractRoot?: string;
}

/** Opens the configured content source. */
export async function openContentSource(options: SourceOptions = {}): Promise<ContentSource> {
  const env = options.env ?? process.env;
  const root = options.root ?? process.cwd();
  const perspective = contentPerspective(env);
  const projectId = env.SANITY_PROJECT_ID?.trim();
  if (projectId) {
    return openLakeSource({
      projectId,
      dataset: env.SANITY_DATASET?.trim() || 'production',
      perspective,
      apiHost: env.SANITY_API_HOST?.trim() || undefined,
      token: env.SANITY_API_READ_TOKEN?.trim() || undefined,
      maxAttempts: positiveInt(env, 'SANITY_MAX_ATTEMPTS'),
      retryDelayMs: positiveInt(env, 'SANITY_RETRY_DELAY_MS', true),
      timeoutMs: positiveInt(env, 'SANITY_REQUEST_TIMEOUT_MS'),
    });
  }
  const file = path.resolve(root, env.CONTENT_FILE?.trim() || DEFAULT_CONTENT_FILE);
  return openFileSource({
    file,
    perspective,
    extractRoot: options.extractRoot,
    maxArchiveBytes: positiveInt(env, 'CONTENT_MAX_ARCHIVE_BYTES'),
  });
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, zeroOk = false): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < (zeroOk ? 0 : 1)) {
    throw new ContentSourceError(`${name}="${raw}" is not a whole number${zeroOk ? '' : ' of at least 1'}.`);
  }
  return n;
}
