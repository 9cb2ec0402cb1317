// Header and footer links: from site settings (route keys + labels) when they are usable,
// otherwise the route table's default menu, so a missing or broken singleton never empties the menu.
// Pages the route table puts in the menu always (the Hulpwijzer) lead it when settings leave them out.
import { isRouteKey, menuKeys, PAGE_LABELS, routePath, type Lang, type RouteKey } from '@mkb010/model';
import { pick, type Localized } from './localized.ts';

export interface NavLink {
  href: string;
  label: string;
  /** Language the label is actually in (Dutch when English is missing). */
  lang: Lang;
}

export interface NavItemInput {
  label?: Localized<string> | null;
  route?: string | null;
}

const DEFAULT_FOOTER: RouteKey[] = ['about', 'accessibility', 'privacy', 'progress'];

function fromSettings(items: NavItemInput[] | null | undefined, lang: Lang): NavLink[] {
  const links: NavLink[] = [];
  for (const item of items ?? []) {
    if (!item.route || !isRouteKey(item.route)) continue;
    const label = pick(item.label, lang);
    links.push({
      href: routePath(item.route, lang),
      label: label?.value ?? PAGE_LABELS[lang][item.route],
      lang: label?.lang ?? lang,
    });
  }
  return links;
}

function defaults(keys: RouteKey[], lang: Lang): NavLink[] {
  return keys.map((key) => ({ href: routePath(key, lang), label: PAGE_LABELS[lang][key], lang }));
}

/** The main navigation for a language. */
export function mainNavigation(items: NavItemInput[] | null | undefined, lang: Lang): NavLink[] {
  const links = fromSettings(items, lang);
  if (!links.length) return defaults(menuKeys('default'), lang);
  const missing = menuKeys('always').filter((key) => !links.some((link) => link.href === routePath(key, lang)));
  return [...defaults(missing, lang), ...links];
}

/** The footer links for a language. */
export function footerNavigation(items: NavItemInput[] | null | undefined, lang: Lang): NavLink[] {
  const links = fromSettings(items, lang);
  return links.length ? links : defaults(DEFAULT_FOOTER, lang);
}
