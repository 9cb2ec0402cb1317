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
