// The strict readers the hostile-dataset test relies on do reject what a strict consumer rejects.
import { describe, expect, it } from 'vitest';
import { csvErrors, htmlErrors, icsErrors, jsonErrors, xmlErrors } from '../helpers/strict-parse.ts';

describe('strict readers', () => {
  it('XML: a control character or a broken tag is an error; clean XML is not', () => {
    expect(xmlErrors('<rss><title>Afval\u000b scheiden</title></rss>').length).toBeGreaterThan(0);
    expect(xmlErrors('<rss><title>Afval</rss>').length).toBeGreaterThan(0);
    expect(xmlErrors('<?xml version="1.0"?><rss><title>Afval &amp; energie</title></rss>')).toEqual([]);
  });

  it('HTML: NUL and noncharacters are parse errors', () => {
    expect(htmlErrors('<!doctype html><title>a\u0000b</title>').join()).toMatch(/unexpected-null-character/);
    expect(htmlErrors('<!doctype html><title>a\uffffb</title>').join()).toMatch(/noncharacter-in-input-stream/);
    expect(htmlErrors('<!doctype html><html lang="nl"><head><title>Gidsen</title></head><body><p>Tekst</p></body></html>')).toEqual([]);
  });

  it('iCalendar: a line break without CR, or an ESC, is an error', () => {
    const ics = (uid: string) =>
      `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:${uid}\r\nDTSTART:20260301T120000Z\r\nSUMMARY:Kick-off\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    expect(icsErrors(ics('event-a@mkb010next.nl'))).toEqual([]);
    expect(icsErrors(ics('event-a\nX')).length).toBeGreaterThan(0);
    expect(icsErrors(ics('event-\u001ba')).length).toBeGreaterThan(0);
  });

  it('CSV: a bare quote, an unclosed quote or a short record is an error', () => {
    expect(csvErrors('a,b\r\n"x, ""y""",2\r\n')).toEqual([]);
    expect(csvErrors('a,b\r\nx"y,2\r\n').length).toBeGreaterThan(0);
    expect(csvErrors('a,b\r\n"x,2\r\n').length).toBeGreaterThan(0);
    expect(csvErrors('a,b\r\nx\r\n').length).toBeGreaterThan(0);
  });

  it('JSON: a string with an escaped control character or lone surrogate is an error', () => {
    expect(jsonErrors('{"a":"b"}')).toEqual([]);
    expect(jsonErrors('{"a":"\\u0000"}').length).toBeGreaterThan(0);
    expect(jsonErrors('{"a":["\\ud800"]}').length).toBeGreaterThan(0);
    expect(jsonErrors('{"a":').length).toBeGreaterThan(0);
  });
});
