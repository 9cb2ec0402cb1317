// Strict readers for every kind of file the site publishes. Each returns the problems it found
// (empty: the file is well-formed), so a test can list every file that a strict consumer (a feed
// reader, a calendar app, a spreadsheet) would reject.
import ical from 'node-ical';
import { parse as parseHtml } from 'parse5';
import { SaxesParser } from 'saxes';

/** Characters that XML 1.0 forbids and no text output should carry (tab, LF and CR are allowed). */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** XML: saxes, a conforming parser that rejects malformed markup and characters XML 1.0 forbids. */
export function xmlErrors(text: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => errors.push(e.message));
  parser.write(text).close();
  return errors;
}

/** HTML: parse5 (the WHATWG parsing algorithm) with its parse-error callback. */
export function htmlErrors(text: string): string[] {
  const errors: string[] = [];
  parseHtml(text, { onParseError: (e) => errors.push(`${e.code} at line ${e.startLine}, column ${e.startCol}`) });
  return errors;
}

/** iCalendar (RFC 5545): CRLF lines of NAME[;params]:value, no forbidden characters, and node-ical reads every event. */
export function icsErrors(text: string): string[] {
  const errors: string[] = [];
  if (FORBIDDEN.test(text)) errors.push('a control character or noncharacter');
  if (/(?<!\r)\n/.test(text)) errors.push('a line not ended by CRLF');
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  for (const line of lines)
    if (!/^[A-Za-z0-9-]+(;[^:]*)?:/.test(line)) errors.push(`not a content line: ${JSON.stringify(line.slice(0, 60))}`);
  const begins = lines.filter((l) => l === 'BEGIN:VEVENT').length;
  let parsed = 0;
  try {
    parsed = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT').length;
  } catch (error) {
    errors.push(`node-ical: ${(error as Error).message}`);
  }
  if (parsed !== begins) errors.push(`${begins} VEVENT blocks, node-ical read ${parsed}`);
  return errors;
}

/** CSV (RFC 4180): quoted fields with doubled quotes, every record as long as the header, no forbidden characters. */
export function csvErrors(text: string): string[] {
  const errors: string[] = [];
  if (FORBIDDEN.test(text)) errors.push('a control character or noncharacter');
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    field = '';
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && !/[,\r\n]/.test(next)) errors.push(`text after a closing quote in record ${records.length + 1}`);
      }
    } else if (c === '"') {
      if (field === '') quoted = true;
      else errors.push(`a bare quote in record ${records.length + 1}`);
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n') endRecord();
    else if (c === '\r') {
      endRecord();
      if (text[i + 1] === '\n') i++;
    } else field += c;
  }
  if (quoted) errors.push('a quoted field that never closes');
  if (field || record.length) records.push([...record, field]);
  const width = records[0]?.length ?? 0;
  records.forEach((r, n) => {
    if (r.length !== width) errors.push(`record ${n + 1} has ${r.length} fields, the header ${width}`);
  });
  return errors;
}

/** JSON: JSON.parse, and no string in it with a forbidden character (JSON escapes would let them through). */
export function jsonErrors(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [(error as Error).message];
  }
  const errors: string[] = [];
  const visit = (v: unknown, at: string) => {
    if (typeof v === 'string' && FORBIDDEN.test(v)) errors.push(`forbidden character in ${at || '(root)'}`);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, `${at}.${k}`);
  };
  visit(value, '');
  return errors;
}

const ATOM = 'http://www.w3.org/2005/Atom';
/** RFC 3339 date-time, as atom:updated and atom:published must be. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** An element of a parsed XML document: its namespaced name, attributes, text and children. */
interface XmlElement {
  ns: string;
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/** Parses XML with saxes into a tree, or returns its errors. */
function xmlTree(text: string): { root?: XmlElement; errors: string[] } {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (e) => errors.push(e.message));
  parser.on('opentag', (tag) => {
    const el: XmlElement = {
      ns: tag.uri ?? '',
      name: tag.local ?? tag.name,
      attrs: Object.fromEntries(
        Object.values(tag.attributes).map((a) => [typeof a === 'string' ? a : a.name, typeof a === 'string' ? a : a.value]),
      ),
      text: '',
      children: [],
    };
    stack.at(-1)?.children.push(el);
    root ??= el;
    stack.push(el);
  });
  const addText = (t: string) => {
    const el = stack.at(-1);
    if (el) el.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => stack.pop());
  parser.write(text).close();
  return { root, errors };
}

/** True when `value` is an absolute IRI (a scheme, then a colon). */
function isAbsoluteIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
}

/**
 * Atom (RFC 4287): well-formed XML (saxes) and the format's MUSTs: an atom:feed with exactly one
 * id (an absolute IRI), title and updated (RFC 3339); an author on the feed or on every entry; a
 * self link; every entry with exactly one id, title and updated, a unique id, and an alternate
 * link or content; html text that is itself well-formed markup.
 */
export function atomErrors(text: string): string[] {
  const { root, errors } = xmlTree(text);
  if (!root) return errors.length ? errors : ['no root element'];
  if (root.ns !== ATOM || root.name !== 'feed') return [...errors, `root is {${root.ns}}${root.name}, not atom:feed`];
  const atom = (el: XmlElement, name: string) => el.children.filter((c) => c.ns === ATOM && c.name === name);
  const exactlyOne = (el: XmlElement, name: string, where: string) => {
    const found = atom(el, name);
    if (found.length !== 1) errors.push(`${where} has ${found.length} atom:${name}, needs exactly one`);
    return found[0];
  };
  const checkCommon = (el: XmlElement, where: string) => {
    const id = exactlyOne(el, 'id', where);
    if (id && !isAbsoluteIri(id.text.trim())) errors.push(`${where}: atom:id "${id.text}" is not an absolute IRI`);
    const title = exactlyOne(el, 'title', where);
    if (title && !title.text.trim()) errors.push(`${where}: empty atom:title`);
    const updated = exactlyOne(el, 'updated', where);
    if (updated && !RFC3339.test(updated.text.trim())) errors.push(`${where}: atom:updated "${updated.text}" is not an RFC 3339 date-time`);
    for (const textEl of [...atom(el, 'title'), ...atom(el, 'summary'), ...atom(el, 'content')]) {
      const type = textEl.attrs.type ?? 'text';
      if (!['text', 'html', 'xhtml'].includes(type) && !textEl.attrs.src) errors.push(`${where}: atom:${textEl.name} has type "${type}"`);
      if (type === 'html' && htmlErrors(`<!doctype html><body>${textEl.text}`).length)
        errors.push(`${where}: atom:${textEl.name} is not well-formed HTML`);
    }
    for (const link of atom(el, 'link'))
      if (!link.attrs.href || !isAbsoluteIri(link.attrs.href)) errors.push(`${where}: a link without an absolute href`);
    return id?.text.trim();
  };
  checkCommon(root, 'feed');
  if (!atom(root, 'link').some((l) => l.attrs.rel === 'self')) errors.push('feed has no rel="self" link');
  const entries = atom(root, 'entry');
  const feedAuthor = atom(root, 'author').length > 0;
  const ids = new Set<string>();
  entries.forEach((entry, n) => {
    const where = `entry ${n + 1}`;
    const id = checkCommon(entry, where);
    if (id && ids.has(id)) errors.push(`${where}: duplicate atom:id ${id}`);
    if (id) ids.add(id);
    if (!feedAuthor && atom(entry, 'author').length === 0) errors.push(`${where}: no atom:author and none on the feed`);
    for (const author of atom(entry, 'author'))
      if (atom(author, 'name').length !== 1) errors.push(`${where}: an author without exactly one name`);
    const alternate = atom(entry, 'link').some((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
    if (!alternate && atom(entry, 'content').length === 0) errors.push(`${where}: neither an alternate link nor content`);
  });
  return errors;
}
