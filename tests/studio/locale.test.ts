// Dutch in the Studio: every key of Sanity's own English for the desk and the Presentation tool has
// a Dutch text, from @sanity/locale-nl-nl or from studio/locale.ts. A Sanity update that adds keys
// fails here instead of showing English to editors.
import type { LocaleResourceBundle } from 'sanity';
import { usEnglishLocale } from 'sanity';
import { presentationTool } from 'sanity/presentation';
import { structureTool } from 'sanity/structure';
import { expect, test } from 'vitest';
import { DUTCH_BUNDLES, DUTCH_LOCALE } from '../../studio/locale';

type Bundle = LocaleResourceBundle & { resources: unknown };

/** The keys of a bundle, whether its resources are an object or loaded lazily. */
async function keys(bundle: Bundle): Promise<string[]> {
  const loaded = typeof bundle.resources === 'function' ? await (bundle.resources as () => Promise<unknown>)() : bundle.resources;
  const record = ((loaded as { default?: object }).default ?? loaded) as Record<string, unknown>;
  return Object.keys(record);
}

const pluginBundles = (plugin: { i18n?: { bundles?: unknown[] } }) => (plugin.i18n?.bundles ?? []) as Bundle[];
const english: Bundle[] = [
  ...pluginBundles(structureTool() as never),
  ...pluginBundles(presentationTool({ previewUrl: 'http://localhost' }) as never),
  ...((usEnglishLocale as unknown as { bundles: Bundle[] }).bundles ?? []),
];
const dutch: Bundle[] = [
  ...((DUTCH_LOCALE as unknown as { i18n: { locales: { bundles: Bundle[] }[] } }).i18n.locales[0]!.bundles ?? []),
  ...(DUTCH_BUNDLES as Bundle[]),
];

/** Keys of `namespace` in English that have no Dutch text. */
async function missing(namespace: string): Promise<string[]> {
  const en = (await Promise.all(english.filter((b) => b.namespace === namespace).map(keys))).flat();
  const nl = new Set((await Promise.all(dutch.filter((b) => b.namespace === namespace).map(keys))).flat());
  return en.filter((key) => !nl.has(key));
}

test('the desk and the Presentation tool ("Voorbeeld") have every text in Dutch', async () => {
  expect(await missing('structure')).toEqual([]);
  expect(await missing('presentation')).toEqual([]);
});

test('the Studio around them lacks Dutch only for features this Studio switches off', async () => {
  // Releases, variants and the version inventory are off (sanity.config.ts); the rest is for
  // administrators and developers (about dialog, diagnostics, project claim) or table editing, which
  // our Portable Text has no table for.
  const switchedOff =
    /^(release\.|document-group|about-dialog\.|help-resources\.|content-agent$|diagnostics\.|user-menu\.action\.claim-project$|inputs\.portable-text\.table\.|changes\.from-base-variant\.)/;
  // Sanity's English for the Studio is really there to compare with.
  expect((await Promise.all(english.filter((b) => b.namespace === 'studio').map(keys))).flat().length).toBeGreaterThan(500);
  expect((await missing('studio')).filter((key) => !switchedOff.test(key))).toEqual([]);
});
