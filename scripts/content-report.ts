// `npm run content:report [-- --partner <slug>]`: prints the editor report and writes it as
// `editor-report.json` and `editor-report.html` (a partner's own: `editor-report-<slug>.*`) into
// `${REPORT_DIR:-reports}`, never into dist/. Content comes the way the build gets it.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { editorReportHtml, editorReportText, findingCount, loadEditorReport } from '../src/content/editor-report.ts';

const USAGE = 'Usage: npm run content:report [-- --partner <slug>]';

/** `--partner x` or `--partner=x`; anything else is a mistake worth saying. */
function parseArgs(args: string[]): { partner?: string } {
  const out: { partner?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--partner' || arg.startsWith('--partner=')) {
      const value = arg === '--partner' ? args[++i] : arg.slice('--partner='.length);
      if (!value || value.startsWith('--')) throw new Error(`--partner needs a partner slug. ${USAGE}`);
      out.partner = value;
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
  const { partner } = parseArgs(process.argv.slice(2));
  const report = await loadEditorReport({ partner });
  const dir = path.resolve(process.env.REPORT_DIR?.trim() || 'reports');
  const base = partner ? `editor-report-${partner}` : 'editor-report';
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, `${base}.json`);
  const html = path.join(dir, `${base}.html`);
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(html, editorReportHtml(report));
  console.log(editorReportText(report).join('\n'));
  console.log(
    `\n${findingCount(report)} finding(s). Written: ${path.relative(process.cwd(), json)}, ${path.relative(process.cwd(), html)}`,
  );
}

main().catch((error: Error) => {
  // Content and argument errors carry messages meant for people; no stack trace.
  console.error(`content:report: ${error.message}`);
  process.exit(2);
});
