// The W3C HTML checker (the Nu Html Checker, vnu.jar from the vnu-jar package) over every page of
// the built seed site, in one run: zero errors. Needs a Java runtime (.ci/run installs one).
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { seedSite } from '../setup/seed-site.ts';

const { outDir } = await seedSite();
// The package exports the jar's path (as a String object).
const require = createRequire(import.meta.url);
const vnuJar = String(require('vnu-jar'));

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('W3C HTML checker', () => {
  it('reports no errors on any page of the seed site', async () => {
    // vnu exits 1 when it finds errors and prints its JSON report on stderr either way.
    const { stderr } = await promisify(execFile)('java', ['-jar', vnuJar, '--skip-non-html', '--errors-only', '--format', 'json', outDir], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stderr?: string; code?: unknown }) => {
      if (typeof error.stderr === 'string' && error.stderr.trimStart().startsWith('{')) return { stderr: error.stderr };
      throw error;
    });
    const messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${(m.url ?? '').replace(/^file:.*?\/dist\//, '/')}:${m.lastLine ?? ''} ${m.message} «${(m.extract ?? '').trim()}»`);
    expect(errors, errors.slice(0, 30).join('\n')).toEqual([]);
  }, 300_000);
});
