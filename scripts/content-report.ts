// `npm run content:report [-- --partner <slug>] [-- --lang en]`: prints the editor report (Dutch unless
// `--lang en`) and writes it as `editor-report.json` and `editor-report.html` (a partner's own:
// `editor-report-<slug>.*`) into `${REPORT_DIR:-reports}`, never into dist/. Content comes the way the
// build gets it; with SERVICE_URL and SERVICE_REPORT_TOKEN the report adds what entrepreneurs said.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LANGS, type Lang } from '@mkb010/model';
import { editorReportHtml, editorReportText, findingCount, UnknownPartnerError } from '@mkb010/content/editor-report';
import { REPORT_TEXT } from '@mkb010/content/editor-report-text';
import { loadEditorReport } from '@mkb010/content/source';
import { siteNow } from '../src/lib/build-env.ts';
import { serviceReportFromEnv } from '../src/lib/service-report.ts';

const USAGE = `Usage: npm run content:report [-- --partner <slug>] [-- --lang ${LANGS.join('|')}]`;

/** `--partner x`, `--partner=x`, `--lang en`, `--lang=en`; anything else is a mistake worth saying. */
function parseArgs(args: string[]): { partner?: string; lang: Lang } {
  const out: { partner?: string; lang: Lang } = { lang: 'nl' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const option = /^--(partner|lang)(?:=(.*))?$/.exec(arg);
    if (option) {
      const value = option[2] ?? args[++i];
      if (!value || value.startsWith('--')) throw new Error(`--${option[1]} needs a value. ${USAGE}`);
      if (option[1] === 'partner') out.partner = value;
      else if ((LANGS as readonly string[]).includes(value)) out.lang = value as Lang;
      else throw new Error(`--lang must be one of ${LANGS.join(', ')}, not "${value}". ${USAGE}`);
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      throw new Error(`Unknown option "${arg}". ${USAGE}`);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const { partner, lang } = parseArgs(process.argv.slice(2));
  const t = REPORT_TEXT[lang];
  const report = await loadEditorReport({ partner, now: siteNow(), service: await serviceReportFromEnv() }).catch((error: unknown) => {
    throw error instanceof UnknownPartnerError ? new Error(t.unknownPartner(error.slug, error.known)) : error;
  });
  const dir = path.resolve(process.env.REPORT_DIR?.trim() || 'reports');
  const base = partner ? `editor-report-${partner}` : 'editor-report';
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, `${base}.json`);
  const html = path.join(dir, `${base}.html`);
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(html, editorReportHtml(report, lang));
  console.log(editorReportText(report, lang).join('\n'));
  console.log(
    `\n${t.findings(findingCount(report))} ${t.written}: ${path.relative(process.cwd(), json)}, ${path.relative(process.cwd(), html)}`,
  );
}

main().catch((error: Error) => {
  // Content and argument errors carry messages meant for people; no stack trace.
  console.error(`content:report: ${error.message}`);
  process.exit(2);
});
