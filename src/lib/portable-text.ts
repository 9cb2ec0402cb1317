// Rules for links inside CMS text: only web, mail, phone and the site's own paths become links.
import { docPath, type ContentType, type Lang } from '@mkb010/model';

/** The href as it may appear in the page, or null when it must render as plain text. */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"); so do we.
  const href = raw.trim();
  if (/[\u0000-\u001f\u007f]/.test(href)) return null;
  if (href.startsWith('/')) {
    // "//host" and "/\host" leave the site; only real paths stay internal.
    return href.startsWith('//') || href.startsWith('/\\') ? null : href;
  }
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return href;
  return null;
}

/** True when a safe href leaves this site (for an "external website" hint). */
export function isExternal(href: string): boolean {
  return href.startsWith('http://') || href.startsWith('https://');
}

/** What an internal link annotation points at, as the content pipeline projects it. */
export interface LinkTarget {
  _type?: string | null;
  slug?: string | null;
  language?: string | null;
}

const LINKABLE: ReadonlySet<string> = new Set(['guide', 'story', 'event', 'scheme', 'partner', 'page', 'campaign']);

/**
 * Site path of an internal link target. Documents translated per document keep their own
 * language; field-level ones (event, scheme, partner) follow the page's language.
 */
export function internalHref(target: LinkTarget | null | undefined, pageLang: Lang): string | null {
  if (!target?._type || !target.slug || !LINKABLE.has(target._type)) return null;
  const lang: Lang = target.language === 'en' || target.language === 'nl' ? target.language : pageLang;
  return docPath(target._type as ContentType, target.slug, lang);
}

const HEADING = /^h([1-6])$/;

/**
 * The blocks with heading styles moved so the text's outline starts at `top` and never skips a
 * level: the text's highest heading becomes `top` (the others move with it), and a heading may go
 * at most one level deeper than the one before it. Needed because the same text may sit under the
 * page's h1 or under a section's h2, and editors pick "Tussenkop" for a first heading too.
 */
export function outlineHeadings<T>(blocks: readonly T[], top: number): T[] {
  const levelOf = (block: T) => {
    const style = (block as { style?: unknown } | null)?.style;
    const match = typeof style === 'string' ? HEADING.exec(style) : null;
    return match ? Number(match[1]) : null;
  };
  const declared = blocks.map(levelOf).filter((l): l is number => l !== null);
  if (declared.length === 0) return [...blocks];
  const offset = top - Math.min(...declared);
  let previous = top - 1;
  return blocks.map((block) => {
    const wanted = levelOf(block);
    if (wanted === null) return block;
    const level = Math.min(wanted + offset, previous + 1, 6);
    previous = level;
    return { ...block, style: `h${level}` };
  });
}

/** A `tel:` link for a phone number as people write it ("010 123 45 67" → "tel:0101234567"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}

/** A `mailto:` link for an e-mail address, or null when the text is not one address. */
export function mailtoHref(email: string | null | undefined): string | null {
  return email && /^[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/.test(email) ? `mailto:${email}` : null;
}
