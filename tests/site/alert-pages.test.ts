// The site side of e-mail alerts that needs no service: the thank-you page after subscribing says
// "check your mail" in both languages, and a build without SERVICE_URL shows no alert form (the
// forms themselves: tests/components/components.test.ts; with the service: tests/alerts/).
import { describe, expect, it } from 'vitest';
import { docPath, thanksPath, themePath } from '@mkb010/model';
import { readPage, text } from './html.ts';
import { seedDocs } from './seed-data.ts';
import { seedSite } from '../setup/seed-site.ts';

const { outDir } = await seedSite();

describe('e-mail alerts on the seed site', () => {
  it('the thank-you page after subscribing says to check your mail, in both languages, and stays out of search engines', async () => {
    const nl = await readPage(outDir, thanksPath('subscribe', 'nl'));
    expect(text(nl.all.find((e) => e.tagName === 'h1')!)).toBe('Kijk in je e-mail');
    expect(text(nl.all.find((e) => e.tagName === 'main')!)).toContain(
      'Open de link in die e-mail en klik op de knop om je aanmelding te bevestigen.',
    );
    expect(nl.html).toContain('<meta name="robots" content="noindex">');
    const en = await readPage(outDir, thanksPath('subscribe', 'en'));
    expect(text(en.all.find((e) => e.tagName === 'h1')!)).toBe('Check your email');
    expect(text(en.all.find((e) => e.tagName === 'main')!)).toContain(
      'Open the link in it and press the button to confirm your subscription.',
    );
  });

  it('without a service there is no alert form on the overview, a theme hub or a scheme page', async () => {
    const scheme = (await seedDocs()).find((d) => d._type === 'scheme' && !d.ongoing && d.deadline)!;
    for (const path of ['/regelingen/', themePath('duurzaam', 'en'), docPath('scheme', scheme.slug.current, 'nl')]) {
      const page = await readPage(outDir, path);
      expect(page.html, path).toContain('<main');
      expect(page.html, path).not.toContain('/alerts/subscribe');
    }
  });
});
