// The service's pure rules: what is removed from free text, how a query is counted, the reference
// number, the retry delay, and who receives a request.
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv, routeRequest } from '@mkb010/service';
import { cleanValue, readForm } from '../../service/src/http/form.ts';
import { retryDelay } from '../../service/src/outbox/outbox.ts';
import { redactPersonalData } from '../../service/src/privacy/redact.ts';
import { normaliseQuery } from '../../service/src/store/feedback.ts';
import { referenceNumber } from '../../service/src/store/intake.ts';
import { TEST_ROUTING } from '../helpers/service.ts';

describe('personal data in free text', () => {
  it.each([
    ['Mail naar piet.de-vries+web@bakker.example.nl graag', 'Mail naar [e-mailadres verwijderd] graag'],
    ['Bel 06-12345678 of 06 1234 5678', 'Bel [telefoonnummer verwijderd] of [telefoonnummer verwijderd]'],
    ['Bel +31 6 12345678 of (010) 123 45 67.', 'Bel [telefoonnummer verwijderd] of ([telefoonnummer verwijderd].'],
    ['Mijn rekening NL91 ABNA 0417 1643 00, of NL91ABNA0417164300', 'Mijn rekening [IBAN verwijderd], of [IBAN verwijderd]'],
  ])('removes %j', (text, expected) => {
    expect(redactPersonalData(text)).toBe(expected);
  });

  it.each(['Een lening tot € 25.000 voor 2026-2030', 'Artikel 12 van de regeling', 'Postcode 3011 AB, huisnummer 10', 'ISO 14001'])(
    'keeps %j',
    (text) => {
      expect(redactPersonalData(text)).toBe(text);
    },
  );
});

describe('a search query as it is counted', () => {
  it('is lower case with single spaces and no punctuation at the ends', () => {
    expect(normaliseQuery('  Cyber   Security\tChecklist?! ')).toBe('cyber security checklist');
  });
  it('keeps no trace of an e-mail address or phone number', () => {
    expect(normaliseQuery('subsidie jan@example.nl 0612345678')).toBe('subsidie');
    expect(normaliseQuery('jan@example.nl')).toBe('');
  });
  it('is at most 100 characters', () => {
    expect(normaliseQuery('a'.repeat(300))).toHaveLength(100);
  });
});

describe('form values', () => {
  it('turn a line break in a one-line field into a space and keep it in a text area', () => {
    expect(cleanValue('Jan\r\nBcc: x@y.example', false)).toBe('Jan Bcc: x@y.example');
    expect(cleanValue('Regel 1\r\nRegel 2\u0000', true)).toBe('Regel 1\nRegel 2');
  });
  it('name each problem by its field', () => {
    const form = readForm('intake', { name: 'Jan', email: 'jan@', question: '', page: 'https://elders.example/', consent: 'yes' });
    expect(form.problems.map((p) => p.field)).toEqual(['email', 'question', 'page']);
    expect(form.honeypot).toBe(false);
    expect(readForm('feedback', { useful: 'yes', page: '/', website: 'x' }).honeypot).toBe(true);
  });
});

describe('the reference number', () => {
  it('carries the year in Amsterdam and six digits', () => {
    expect(referenceNumber(new Date('2026-12-31T23:30:00Z'), 42)).toBe('MKB-2027-000042');
    expect(referenceNumber(new Date('2026-06-01T12:00:00Z'), 1234567)).toBe('MKB-2026-1234567');
  });
});

describe('the retry delay', () => {
  it('doubles per failed attempt up to its maximum', () => {
    expect([1, 2, 3, 4, 5, 40].map((n) => retryDelay(n, 5000, 60_000))).toEqual([5000, 10_000, 20_000, 40_000, 60_000, 60_000]);
  });
});

describe('routing', () => {
  it('sends a scheme question to its provider partner, and anything else to the programme contact', () => {
    expect(routeRequest(TEST_ROUTING, 'scheme-energielening').recipient.address).toBe('intake@havenkring.example');
    expect(routeRequest(TEST_ROUTING, 'partner-havenkring').recipient.partnerId).toBe('partner-havenkring');
    expect(routeRequest(TEST_ROUTING, 'guide-webshop').recipient).toMatchObject({ partnerId: null, address: 'programma@mkb010.example' });
    expect(routeRequest(TEST_ROUTING, 'unknown-doc').recipient.partnerId).toBeNull();
    expect(routeRequest(TEST_ROUTING, undefined).recipient.name).toBe('MKB010>>Next');
  });
});

describe('settings', () => {
  it('name the variable that is wrong', () => {
    expect(() => configFromEnv({ SERVICE_PORT: 'vier' })).toThrow(ConfigError);
    expect(() => configFromEnv({ SERVICE_PORT: 'vier' })).toThrow(/SERVICE_PORT="vier"/);
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgres:\/\//);
    expect(configFromEnv({ SITE_URL: 'https://example.org/mkb010/' }).siteUrl).toBe('https://example.org/mkb010');
  });
});
