// The shrink guard: a build whose published documents fell to less than half of the last successful
// build's is far more likely a wrong project, dataset or file than an editor's clean-up, so it fails
// instead of replacing the site. The count lives beside the other build artefacts (REPORT_DIR).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** File in the report folder that holds the last successful build's count. */
export const COUNT_FILE = 'published-count.json';

/** What a successful build leaves for the next one to compare with. */
export interface PublishedCount {
  count: number;
  source: string;
  at: string;
}

/** The message for a drop to less than half of `previous`, or undefined when `current` is fine. */
export function shrinkProblem(previous: PublishedCount | undefined, current: number, source: string): string | undefined {
  if (!previous || previous.count <= 0 || current * 2 >= previous.count) return undefined;
  return (
    `${source} has ${current} published document(s), less than half of the ${previous.count} the last successful build had ` +
    `(${previous.source}, ${previous.at}). This usually means a wrong SANITY_PROJECT_ID, SANITY_DATASET or CONTENT_FILE, so the site was not replaced. ` +
    'If the content really shrank, build once with CONTENT_ALLOW_SHRINK=1.'
  );
}

/** True when CONTENT_ALLOW_SHRINK lets this build through. */
export function shrinkAllowed(env: NodeJS.ProcessEnv): boolean {
  return env.CONTENT_ALLOW_SHRINK === '1' || env.CONTENT_ALLOW_SHRINK === 'true';
}

/** The count the last successful build recorded in `dir`, if any. */
export async function readPublishedCount(dir: string): Promise<PublishedCount | undefined> {
  try {
    const data = JSON.parse(await readFile(path.join(dir, COUNT_FILE), 'utf8')) as Partial<PublishedCount>;
    return typeof data.count === 'number'
      ? { count: data.count, source: String(data.source ?? 'unknown source'), at: String(data.at ?? 'unknown time') }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Records this build's count for the next build (via a temporary file, so it is never half written). */
export async function writePublishedCount(dir: string, value: PublishedCount): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, COUNT_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`);
  await rename(temp, file);
}
