// Helpers for writing the sample dataset by hand: Portable Text from short markup, references,
// and dates relative to the seed's anchor day, so the demo can be regenerated and never rots.
import { TZDate } from '@date-fns/tz';

const ZONE = 'Europe/Amsterdam';

/** Returns the anchor day (YYYY-MM-DD): SEED_ANCHOR, or today in Amsterdam. */
export function anchorDay(env = process.env) {
  if (env.SEED_ANCHOR) return env.SEED_ANCHOR;
  const now = new TZDate(Date.now(), ZONE);
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/** Returns the helpers one seed module gets, bound to an anchor day. */
export function seedContext(anchor = anchorDay()) {
  const [y, m, d] = anchor.split('-').map(Number);
  const dayAt = (offsetDays, time = '00:00') => {
    const [hh, mm] = time.split(':').map(Number);
    return new TZDate(y, m - 1, d + offsetDays, hh, mm, 0, ZONE);
  };
  return {
    anchor,
    /** ISO datetime (UTC) for local Amsterdam time `time` on anchor + offsetDays. */
    at: (offsetDays, time = '09:00') => new Date(dayAt(offsetDays, time).getTime()).toISOString(),
    /** Date (YYYY-MM-DD) of anchor + offsetDays. */
    date: (offsetDays) => {
      const t = dayAt(offsetDays);
      return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
    },
    ref,
    refs,
    pt,
    slug: (current) => ({ _type: 'slug', current }),
    image,
    steps,
  };
}

/** A reference; with a key when it sits in an array. */
export function ref(id, key) {
  return key ? { _type: 'reference', _ref: id, _key: key } : { _type: 'reference', _ref: id };
}

/** Ordered guide steps from [title, text] pairs, keyed s1, s2, … */
export function steps(list) {
  return list.map(([title, text], i) => ({ _type: 'step', _key: `s${i + 1}`, title, text }));
}

/** An array of keyed references. */
export function refs(ids) {
  return ids.map((id, i) => ref(id, `r${i}`));
}

/** An image field in Sanity's export form, pointing at a file in studio/seed/images/. */
export function image(file, alt, caption) {
  const img = { _type: 'image', _sanityAsset: `image@file://./images/${file}`, alt };
  if (caption) img.caption = caption;
  return img;
}

/**
 * Portable Text from an array of lines:
 *   '## Heading' / '### Heading' / '> quote' / '- bullet' / '1. numbered' / plain paragraph,
 *   inline **bold**, *italic*, [text](https://…), [text](mailto:…), [text](ref:guide-id),
 *   and objects {callout: 'tip'|'info'|'warning', title?, text} (text with the same inline markup;
 *   a blank line starts a new paragraph) or {image: file, alt, caption?}.
 */
export function pt(lines) {
  return lines.map((line, i) => {
    const key = `b${i}`;
    if (typeof line === 'object') {
      if (line.callout) {
        // The callout's text is Portable Text too, so its links are real links.
        const c = { _type: 'callout', _key: key, tone: line.callout, body: calloutBody(line.text, key) };
        if (line.title) c.title = line.title;
        return c;
      }
      if (line.image) return { ...image(line.image, line.alt, line.caption), _key: key };
      throw new Error(`pt(): unknown block ${JSON.stringify(line)}`);
    }
    let style = 'normal';
    let listItem;
    let text = line;
    if (line.startsWith('### ')) [style, text] = ['h3', line.slice(4)];
    else if (line.startsWith('## ')) [style, text] = ['h2', line.slice(3)];
    else if (line.startsWith('> ')) [style, text] = ['blockquote', line.slice(2)];
    else if (line.startsWith('- ')) [listItem, text] = ['bullet', line.slice(2)];
    else if (/^\d+\. /.test(line)) [listItem, text] = ['number', line.replace(/^\d+\. /, '')];
    const { children, markDefs } = spans(text, key);
    const block = { _type: 'block', _key: key, style, markDefs, children };
    if (listItem) Object.assign(block, { listItem, level: 1 });
    return block;
  });
}

/** A callout's body: one normal block per paragraph of `text`. */
function calloutBody(text, key) {
  return text.split(/\n\s*\n/).map((para, i) => {
    const blockKey = `${key}c${i}`;
    return { _type: 'block', _key: blockKey, style: 'normal', ...spans(para.trim(), blockKey) };
  });
}

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((.+?)\)/g;

function spans(text, key) {
  const children = [];
  const markDefs = [];
  let last = 0;
  let n = 0;
  const push = (t, marks = []) => {
    if (t) children.push({ _type: 'span', _key: `${key}s${n++}`, text: t, marks });
  };
  for (const m of text.matchAll(INLINE)) {
    push(text.slice(last, m.index));
    if (m[1]) push(m[1], ['strong']);
    else if (m[2]) push(m[2], ['em']);
    else {
      const defKey = `${key}m${markDefs.length}`;
      const target = m[4];
      markDefs.push(
        target.startsWith('ref:')
          ? { _type: 'internalLink', _key: defKey, reference: ref(target.slice(4)) }
          : { _type: 'link', _key: defKey, href: target },
      );
      push(m[3], [defKey]);
    }
    last = m.index + m[0].length;
  }
  push(text.slice(last));
  if (children.length === 0) push(' ');
  return { children, markDefs };
}
