// The preview's sign-in gate on its own, with a clock the test moves: ten failed sign-ins a minute
// per address, then that address is refused until the minute is over; other addresses are not.
import { expect, test } from 'vitest';
import { createSignInGate } from '../../src/preview/sign-in.ts';

const ENV = { PREVIEW_BASIC_AUTH: 'redactie:warme-werkplaats-010', HOST: '0.0.0.0' };
const basic = (pair: string) => new Request('http://preview.test/gidsen/', { headers: { authorization: `Basic ${btoa(pair)}` } });

test('an address is refused after ten failures in a minute, and may try again when the minute is over', () => {
  let now = 1_000_000;
  const log: string[] = [];
  const gate = createSignInGate({ now: () => now, log: (line) => log.push(line) });
  const status = (pair: string, address = '203.0.113.7') => gate.check(basic(pair), address, ENV)?.status ?? 200;

  expect(gate.check(new Request('http://preview.test/'), '203.0.113.7', ENV)?.status).toBe(401);
  for (let i = 0; i < 10; i++) {
    now += 1000;
    expect(status(`redactie:gok-${i}`)).toBe(401);
  }
  expect(status('redactie:warme-werkplaats-010')).toBe(429);
  // Another address is not affected.
  expect(status('redactie:warme-werkplaats-010', '198.51.100.4')).toBe(200);
  // The first failure leaves the window 60 s after it happened.
  now += 51_000;
  expect(status('redactie:warme-werkplaats-010')).toBe(200);
  expect(log).toHaveLength(10);
  expect(log[0]).toBe('[preview] Failed sign-in from 203.0.113.7 (wrong password), 1 of 10 allowed per minute');
  expect(log.join('\n')).not.toMatch(/gok-/);
});

test('a wrong user name is logged as such, and a broken setting fails closed', () => {
  const log: string[] = [];
  const gate = createSignInGate({ log: (line) => log.push(line) });
  expect(gate.check(basic('iemand:warme-werkplaats-010'), '::1', ENV)?.status).toBe(401);
  expect(log).toEqual(['[preview] Failed sign-in from ::1 (unknown user name), 1 of 10 allowed per minute']);
  expect(gate.check(basic('redactie:x'), '::1', { PREVIEW_BASIC_AUTH: 'redactie', HOST: '0.0.0.0' })?.status).toBe(500);
  expect(gate.check(basic('redactie:x'), '::1', { HOST: '0.0.0.0' })?.status).toBe(500);
  // On your own machine the preview may run without a password.
  expect(gate.check(new Request('http://localhost/'), '127.0.0.1', { HOST: '127.0.0.1' })).toBeUndefined();
});
