// The site may live below a path (a GitHub Pages project site: https://org.github.io/mkb010/).
// Astro's `base` (astro.config.mjs, from SITE_URL's path) says which; Astro puts its own assets below
// it, and every root-relative address a page writes goes through withBase. The model, templates'
// data and the sitemap keep plain site paths (`/gidsen/`). The preview server has no base.
/** The base path with a trailing slash: `/` at a domain's root, `/mkb010/` for a project site. */
// Written out as `import.meta.env.BASE_URL` so Vite's define replaces it at build time (`?.` would
// escape the replacement and read Vite's runtime value, which is always `/`).
const BASE = `${((import.meta.env ? import.meta.env.BASE_URL : undefined) ?? '/').replace(/\/+$/, '')}/`;

/** A site path (`/gidsen/`) as a page must write it, below the base path; any other address as it is. */
export function withBase(href: string, base = BASE): string {
  if (base === '/' || !href.startsWith('/') || href.startsWith('//')) return href;
  return `${base.replace(/\/$/, '')}${href}`;
}

/** Every candidate of a `srcset` ("/media/a-400.webp 400w, …") below the base path. */
export function srcsetWithBase(srcset: string, base = BASE): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => `${space}${withBase(url, base)}`))
    .join(',');
}

/** The site path of a pathname a request came in at (`/mkb010/gidsen/` → `/gidsen/`). */
export function withoutBase(pathname: string, base = BASE): string {
  return base !== '/' && pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
}
