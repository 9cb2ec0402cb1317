// One way for a component test to show a component: render it with fixed props through Astro's
// container API and load the HTML, alone in a page's main and with the site's own stylesheet, into
// Chromium, so axe judges what a reader sees (contrast, hidden honeypots) and not bare HTML.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import siteCss from '../../src/styles/global.css?inline';
import { axeViolations, describeViolations, launchBrowser } from '../../tools/browser.ts';

type Component = Parameters<AstroContainer['renderToString']>[0];

/** A Chromium page and a container for one test file; `show` renders a component into the page. */
export function componentPage() {
  let container: AstroContainer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    container = await AstroContainer.create();
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /** Renders `component` with `props` and loads it into Chromium as a page in `lang`; returns the page. */
    async show(component: Component, props: Record<string, unknown>, lang = 'nl'): Promise<Page> {
      const html = await container.renderToString(component, { props });
      await page.setContent(
        `<!doctype html><html lang="${lang}"><head><title>Component</title><style>${siteCss}</style></head><body><main>${html}</main></body></html>`,
      );
      return page;
    },
  };
}

/** The axe violations of the page as text: empty when there are none. */
export async function axeReport(page: Page): Promise<string> {
  return describeViolations(await axeViolations(page));
}
