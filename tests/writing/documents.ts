// Small documents for the writing check's tests: a guide, a scheme and Portable Text blocks as the
// Studio stores them, each built from the one text under test.

type Mark = 'strong' | 'em';

/** A Portable Text block; `links` puts a link on the span `text` (or on the whole block). */
export function block(
  text: string,
  options: { style?: string; marks?: Mark[]; link?: { href?: string; ref?: string; text?: string }; key?: string; listItem?: string } = {},
) {
  const key = options.key ?? `b${Math.abs(hash(text + (options.style ?? '')))}`;
  const link = options.link;
  if (!link) {
    return {
      _type: 'block',
      _key: key,
      style: options.style ?? 'normal',
      ...(options.listItem ? { listItem: options.listItem, level: 1 } : {}),
      markDefs: [],
      children: [{ _type: 'span', _key: `${key}s0`, text, marks: options.marks ?? [] }],
    };
  }
  const linkText = link.text ?? text;
  const [before, after] = text.split(linkText);
  const def = link.ref
    ? { _type: 'internalLink', _key: 'l1', reference: { _type: 'reference', _ref: link.ref } }
    : { _type: 'link', _key: 'l1', href: link.href };
  return {
    _type: 'block',
    _key: key,
    style: options.style ?? 'normal',
    markDefs: [def],
    children: [
      { _type: 'span', _key: `${key}s0`, text: before ?? '', marks: [] },
      { _type: 'span', _key: `${key}s1`, text: linkText, marks: ['l1'] },
      { _type: 'span', _key: `${key}s2`, text: after ?? '', marks: [] },
    ],
  };
}

/** An image as the Studio stores it. */
export function image(alt: string, extra: Record<string, unknown> = {}) {
  return { _type: 'image', _key: 'img1', asset: { _type: 'reference', _ref: 'image-abc123-1200x800-jpg' }, alt, ...extra };
}

/** A Dutch guide (or English with `language: 'en'`) with the given body and fields. */
export function guide(body: unknown[], fields: Record<string, unknown> = {}) {
  return {
    _id: 'guide-test',
    _type: 'guide',
    language: 'nl',
    title: 'Zo maak je je winkel zuiniger',
    summary: 'Voor winkeliers die minder energie willen gebruiken.',
    body,
    ...fields,
  };
}

/** A scheme, translated field by field, with the given Dutch and English eligibility texts. */
export function scheme(nl: unknown[], en: unknown[] = []) {
  return {
    _id: 'scheme-test',
    _type: 'scheme',
    title: { _type: 'localeString', nl: 'Subsidie groen dak', en: 'Green roof grant' },
    eligibility: { _type: 'localeBlockContent', nl, en },
  };
}

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}
