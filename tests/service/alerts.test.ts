// E-mail alerts (issue 23) as a subscriber notices them, on PGlite and on a real PostgreSQL server,
// with mail at a real SMTP server on loopback: subscribe (double opt-in), confirm, the daily digest
// and the deadline reminder from PUBLISHED content (a dataset with drafts proves drafts stay out),
// `npm run alerts:send -- --now …` run twice, side by side and after a crash, one-click unsubscribe,
// forged and expired links, and the 7-day deletion of unconfirmed subscriptions. Times are relative
// to the seed's anchor (SEED_ANCHOR 2026-11-28).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { configFromEnv, publishedContent, type RunningService, routeRequest, startService } from '@mkb010/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReceivedMail, type SmtpSink, startSmtpSink } from '../../tools/smtp-sink.ts';
import { header, linkIn } from '../helpers/alert-mail.ts';
import {
  DB_KINDS,
  startTestService,
  TEST_ROUTING,
  TEST_SITE_ORIGIN,
  TEST_SITE_URL,
  type TestService,
  testDatabase,
  testEnv,
} from '../helpers/service.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = path.join(ROOT, 'studio/seed');
const run = promisify(execFile);
// Each `alerts:send` is a Node process that reads the whole dataset (images included), on a shared machine.
const CLI_TIMEOUT = 300_000;

const GROEN_DAK = 'Subsidie groen dak voor bedrijven';
const WEBSHOP = 'Traject: je webshop live in vier weken';
const DRAFT_WORDS = ['Conceptnaam', 'Conceptwijziging', 'Conceptregeling'];

/** The seed with drafts added: a draft of a published scheme (new title, a change note) and a scheme that exists only as a draft. */
async function datasetWithDrafts(): Promise<{ file: string; dir: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mkb010-alerts-content-'));
  await symlink(path.join(SEED, 'images'), path.join(dir, 'images'));
  const lines = (await readFile(path.join(SEED, 'data.ndjson'), 'utf8')).trimEnd().split('\n');
  const groenDak = JSON.parse(lines.find((line) => line.includes('"_id":"scheme-groen-dak-subsidie"'))!);
  const drafts = [
    {
      ...groenDak,
      _id: 'drafts.scheme-groen-dak-subsidie',
      title: { ...groenDak.title, nl: 'Conceptnaam groen dak' },
      changeLog: [{ _key: 'concept', date: '2026-12-19', note: { nl: 'Conceptwijziging: nog niet gepubliceerd.', en: 'Draft change.' } }],
    },
    {
      ...groenDak,
      _id: 'drafts.scheme-concept-regeling',
      slug: { _type: 'slug', current: 'concept-regeling' },
      title: { _type: 'localeString', nl: 'Conceptregeling die niemand mag zien', en: 'Draft scheme' },
      opensAt: '2026-12-19',
    },
  ];
  const file = path.join(dir, 'data.ndjson');
  await writeFile(file, `${[...lines, ...drafts.map((d) => JSON.stringify(d))].join('\n')}\n`);
  return { file, dir };
}

/** Opens a confirmation link, finds the page's button, and presses it (a POST to the same address); the page the button leads to. */
async function confirmVia(link: string, init: RequestInit = {}): Promise<Response> {
  const opened = await fetch(link, init);
  expect(opened.status, 'the confirmation link opens its page').toBe(200);
  expect(await opened.text()).toMatch(/<form method="post" action="confirm\?token=[^"]+"><button type="submit">/);
  return fetch(link, { ...init, method: 'POST' });
}

describe.each(DB_KINDS)('e-mail alerts on %s', (kind) => {
  let smtp: SmtpSink;
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let content: Awaited<ReturnType<typeof datasetWithDrafts>>;
  let env: Record<string, string>;
  let service: RunningService | undefined;
  let now = new Date('2026-12-18T09:00:00Z');

  const start = async () => {
    const config = configFromEnv(env);
    service = await startService(config, {
      directory: { route: async (docId) => routeRequest(TEST_ROUTING, docId) },
      content: publishedContent(config, env, ROOT),
      clock: () => now,
      logger: false,
    });
    return service;
  };
  const url = (link: string) => {
    const at = new URL(link);
    return `${service!.url}${at.pathname}${at.search}`;
  };
  const subscribe = (fields: Record<string, string>, lang = 'nl') =>
    fetch(`${service!.url}/alerts/subscribe?lang=${lang}`, {
      method: 'POST',
      body: new URLSearchParams({ website: '', ...fields }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: TEST_SITE_ORIGIN },
      redirect: 'manual',
    });
  const digest = (email: string, theme: string) => subscribe({ email, kind: 'digest', theme, page: '/regelingen/' });
  const reminder = (email: string, docId: string, page: string) => subscribe({ email, kind: 'reminder', docId, page });
  /** Subscribes and confirms with the link in the mail; returns the confirmation mail. */
  const subscribed = async (ask: () => Promise<Response>): Promise<ReceivedMail> => {
    const before = smtp.mails.length;
    expect((await ask()).status).toBe(303);
    const mail = (await smtp.waitFor(before + 1))[before]!;
    expect((await confirmVia(url(linkIn(mail, '/alerts/confirm')))).status).toBe(200);
    return mail;
  };
  const rows = async (email: string) =>
    service!.db.query<{ confirmed_at: Date | null }>(`SELECT confirmed_at FROM alert_subscription WHERE email = $1`, [email]);
  /** `npm run alerts:send -- --now <at>` as a process of its own. */
  const alertsSend = async (at: string) => {
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'service/src/alerts-send.ts'), '--now', at], {
      cwd: ROOT,
      env: { ...process.env, ...env, SERVICE_URL: service?.url ?? 'http://127.0.0.1:4330' },
    });
    return stdout;
  };
  /** The service's own job at `iso`, with the service's clock (and so its outbox) moved there. */
  const alertsAt = (iso: string) => {
    now = new Date(iso);
    return service!.alerts();
  };
  const mailsTo = (email: string) => smtp.mails.filter((m) => m.envelope.to.includes(email));
  /** Lets the outbox send what it holds: a mail arrives or the outbox is empty. */
  const outboxSent = async () => {
    for (let i = 0; i < 100; i += 1) {
      const waiting = await service!.db.query(
        `SELECT id, kind, next_attempt_at, leased_until, last_error FROM outbox WHERE sent_at IS NULL AND message IS NOT NULL`,
      );
      if (waiting.length === 0) return;
      if (i === 99) throw new Error(`The outbox did not empty: ${JSON.stringify(waiting)}`);
      await service!.worker.sendDue();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    db = await testDatabase(kind);
    content = await datasetWithDrafts();
    env = {
      ...testEnv({ SMTP_URL: smtp.url, CONTENT_FILE: content.file, SERVICE_ALERTS_EVERY_MS: '0', SERVICE_LIMIT_ALERTS: '1000' }),
      // PostgreSQL signs links with SERVICE_SECRET; PGlite with the key the service keeps in its database.
      ...(kind === 'postgres' ? { SERVICE_SECRET: 'test-secret-that-is-at-least-32-characters' } : {}),
      ...db.env,
    };
    await start();
  });
  afterAll(async () => {
    await service?.close();
    await db?.drop();
    await smtp?.stop();
    if (content) await rm(content.dir, { recursive: true, force: true });
  });

  it('answers a bad address with the form again in the visitor’s language, and stores nothing', async () => {
    const en = await subscribe({ email: 'fatima@bakkerij', kind: 'digest', theme: 'duurzaam', page: '/en/support/' }, 'en');
    expect(en.status).toBe(400);
    const page = await en.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Enter an email address like name@example.com.');
    expect(page).toContain('value="fatima@bakkerij"');
    expect(page).toMatch(/value="duurzaam" checked/);
    const nl = await subscribe({
      email: 'geen adres',
      kind: 'reminder',
      docId: 'scheme-webshop-training',
      page: '/regelingen/webshop-training/',
    });
    expect(nl.status).toBe(400);
    const nlPage = await nl.text();
    expect(nlPage).toContain('Vul een e-mailadres in zoals naam@voorbeeld.nl.');
    expect(nlPage).toContain('Herinner mij 14 dagen voor de deadline');
    expect(nlPage).not.toContain('name="theme"');
    const missingTheme = await subscribe({ email: 'ok@bakkerij.example', kind: 'digest', page: '/regelingen/' });
    expect(missingTheme.status).toBe(400);
    expect(await missingTheme.text()).toContain('Kies een thema.');
    expect(await service!.db.query(`SELECT id FROM alert_subscription`)).toHaveLength(0);
    expect(await service!.db.query(`SELECT id FROM outbox`)).toHaveLength(0);
  });

  it('sends one confirmation mail whose link opens a page whose button confirms; opening the link alone, or the button again, changes nothing', async () => {
    const before = smtp.mails.length;
    const response = await digest('anouk@kapsalon-anouk.example', 'duurzaam');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${TEST_SITE_URL}/bedankt/aanmelding/`);
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail!.envelope.to).toEqual(['anouk@kapsalon-anouk.example']);
    expect(mail!.parsed.subject).toBe('Bevestig je aanmelding voor e-mails over regelingen');
    expect(mail!.parsed.text).toContain('Rotterdamse ondernemers met het thema Duurzaam');
    const link = linkIn(mail!, '/alerts/confirm');
    expect(link.startsWith(`${service!.url}/alerts/confirm?token=`)).toBe(true);
    expect(await rows('anouk@kapsalon-anouk.example')).toEqual([{ confirmed_at: null }]);

    // Opening the link, as a mail scanner that follows every link does, only asks.
    for (let i = 0; i < 2; i++) {
      const opened = await fetch(link);
      expect(opened.status).toBe(200);
      const question = await opened.text();
      expect(question).toContain('<h1>Bevestig je aanmelding</h1>');
      expect(question).toContain('Wil je een e-mail krijgen als een regeling met het thema Duurzaam opengaat');
      expect(question).toContain('Ja, bevestig mijn aanmelding');
    }
    expect(await rows('anouk@kapsalon-anouk.example')).toEqual([{ confirmed_at: null }]);

    const confirmed = await fetch(link, { method: 'POST' });
    expect(confirmed.status).toBe(200);
    const page = await confirmed.text();
    expect(page).toContain('Je aanmelding is bevestigd');
    expect(page).toContain('thema Duurzaam');
    expect(page).toContain(`${TEST_SITE_URL}/regelingen/thema/duurzaam/`);
    const [row] = await rows('anouk@kapsalon-anouk.example');
    expect(new Date(row!.confirmed_at!).toISOString()).toBe(now.toISOString());

    now = new Date('2026-12-18T10:00:00Z');
    for (const method of ['POST', 'GET']) {
      const again = await fetch(link, { method });
      expect(again.status).toBe(200);
      expect(await again.text()).toContain('Je aanmelding was al bevestigd');
    }
    expect(new Date((await rows('anouk@kapsalon-anouk.example'))[0]!.confirmed_at!).toISOString()).toBe('2026-12-18T09:00:00.000Z');

    // Asking again for what is already confirmed: the same thank-you page, no second row, no mail.
    expect((await digest('Anouk@kapsalon-anouk.example', 'duurzaam')).status).toBe(303);
    expect(await service!.db.query(`SELECT id FROM alert_subscription WHERE lower(email) = 'anouk@kapsalon-anouk.example'`)).toHaveLength(
      1,
    );
    expect(await service!.db.query(`SELECT id FROM outbox WHERE kind = 'alert-confirmation'`)).toHaveLength(1);
  });

  it('stores only the address, the choices, the language and the asked/confirmed moments: no IP, browser or page', async () => {
    const email = 'privacy@kapsalon-anouk.example';
    const ip = '203.0.113.77';
    const agent = 'Mozilla/5.0 (Anouk de Vries Kapsalon-PC) Chrome/999';
    const page = '/regelingen/webshop-training/?from=private-campaign';
    const before = smtp.mails.length;
    const response = await fetch(`${service!.url}/alerts/subscribe?lang=nl`, {
      method: 'POST',
      body: new URLSearchParams({ website: '', email, kind: 'reminder', docId: 'scheme-webshop-training', page }),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: TEST_SITE_ORIGIN,
        'user-agent': agent,
        'x-forwarded-for': ip,
        referer: `${TEST_SITE_URL}${page}`,
      },
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    const mail = (await smtp.waitFor(before + 1))[before]!;
    expect(
      (await confirmVia(url(linkIn(mail, '/alerts/confirm')), { headers: { 'user-agent': agent, 'x-forwarded-for': ip } })).status,
    ).toBe(200);

    // A new column here must be justified in docs/service.md and the privacy page first.
    const columns = async (table: string) =>
      (
        await service!.db.query<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
          [table],
        )
      ).map((c) => c.column_name);
    expect(await columns('alert_subscription')).toEqual([
      'id',
      'email',
      'lang',
      'kind',
      'theme',
      'doc_id',
      'created_at',
      'confirmed_at',
      'deadline',
    ]);
    expect(await columns('alert_sent')).toEqual(['subscription_id', 'key', 'sent_at']);
    const [row] = await service!.db.query<Record<string, unknown>>(`SELECT * FROM alert_subscription WHERE email = $1`, [email]);
    expect({ ...row, id: undefined, created_at: undefined, confirmed_at: undefined }).toEqual({
      id: undefined,
      email,
      lang: 'nl',
      kind: 'reminder',
      theme: null,
      doc_id: 'scheme-webshop-training',
      // The scheme's deadline, so the subscription can go when it has passed (also if the scheme leaves the site).
      deadline: '2027-01-09',
      created_at: undefined,
      confirmed_at: undefined,
    });
    expect(new Date(row!.created_at as string).toISOString()).toBe(now.toISOString());
    expect(new Date(row!.confirmed_at as string).toISOString()).toBe(now.toISOString());
    // Nothing of the visit in any alert row: not the address it came from, the browser, or the page.
    const stored = JSON.stringify([
      ...(await service!.db.query(`SELECT * FROM alert_subscription`)),
      ...(await service!.db.query(`SELECT * FROM alert_sent`)),
      ...(await service!.db.query(`SELECT * FROM outbox WHERE subscription_id IS NOT NULL OR kind LIKE 'alert%'`)),
    ]);
    for (const trace of [ip, 'Anouk de Vries', 'Chrome/999', 'private-campaign']) expect(stored).not.toContain(trace);
    // The links' tokens are signed, not stored: no row holds the token the mail carried.
    const token = new URL(linkIn(mail, '/alerts/confirm')).searchParams.get('token')!;
    expect(JSON.stringify(await service!.db.query(`SELECT * FROM alert_subscription`))).not.toContain(token.split('.')[1]!);

    await service!.db.query(`DELETE FROM alert_subscription WHERE email = $1`, [email]);
  });

  it('gives a forged link a clear page in the visitor’s language and changes nothing', async () => {
    const before = smtp.mails.length;
    expect((await reminder('bram@fietsenmaker-bram.example', 'scheme-webshop-training', '/regelingen/webshop-training/')).status).toBe(303);
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail!.parsed.text).toContain(`herinnering 14 dagen voor de deadline van de regeling ${WEBSHOP}`);
    const link = new URL(linkIn(mail!, '/alerts/confirm'));
    const token = link.searchParams.get('token')!;
    const [id, signature] = token.split('.');
    const forgeries = [
      `${id}.${signature![0] === 'A' ? 'B' : 'A'}${signature!.slice(1)}`,
      `${Number(id) + 1}.${signature}`,
      `${id}`,
      'anything',
    ];
    for (const forged of forgeries) {
      const nl = await fetch(`${service!.url}/alerts/confirm?token=${encodeURIComponent(forged)}&lang=nl`);
      expect(nl.status).toBe(400);
      expect(await nl.text()).toContain('Deze link werkt niet');
      const en = await fetch(`${service!.url}/alerts/confirm?token=${encodeURIComponent(forged)}&lang=en`);
      expect(await en.text()).toContain('This link does not work');
      const button = await fetch(`${service!.url}/alerts/confirm?token=${encodeURIComponent(forged)}&lang=nl`, { method: 'POST' });
      expect(button.status).toBe(400);
      expect(await button.text()).toContain('Deze link werkt niet');
      const unsubscribe = await fetch(`${service!.url}/alerts/unsubscribe?token=${encodeURIComponent(forged)}&lang=nl`, { method: 'POST' });
      expect(unsubscribe.status).toBe(400);
    }
    // A confirmation token does not unsubscribe, nor the other way round: each is signed for its purpose.
    expect((await fetch(`${service!.url}/alerts/unsubscribe?token=${encodeURIComponent(token)}&lang=nl`, { method: 'POST' })).status).toBe(
      400,
    );
    expect(await rows('bram@fietsenmaker-bram.example')).toEqual([{ confirmed_at: null }]);
    // The real link still works afterwards.
    expect(await (await fetch(link)).text()).toContain(`Wil je 14 dagen voor de deadline van ${WEBSHOP} een herinnering krijgen?`);
    expect(await (await fetch(link, { method: 'POST' })).text()).toContain(
      `We sturen je 14 dagen voor de deadline van ${WEBSHOP} een herinnering.`,
    );
  });

  it('sends the daily digest at 08:00 Amsterdam time from published content only, and never twice', async () => {
    await subscribed(() => digest('control@drukkerij.example', 'duurzaam'));
    // Asked for but never confirmed: no digest (the two are Anouk's and the control's).
    const asked = smtp.mails.length;
    expect((await digest('unconfirmed@drukkerij.example', 'duurzaam')).status).toBe(303);
    await smtp.waitFor(asked + 1);
    // Before 08:00 in Amsterdam (07:59 is 06:59 UTC) nothing is due.
    expect(await alertsAt('2026-12-19T06:59:00Z')).toEqual({ digests: 0, reminders: 0, ended: 0 });
    const before = smtp.mails.length;
    // Subsidie groen dak opens on 19 December 2026: the digest of that morning names it.
    expect(await alertsAt('2026-12-19T07:05:00Z')).toEqual({ digests: 2, reminders: 0, ended: 0 });
    await smtp.waitFor(before + 2);
    await outboxSent();
    const [mail] = mailsTo('anouk@kapsalon-anouk.example').filter((m) => m.parsed.subject?.startsWith('Nieuws'));
    expect(mail!.parsed.subject).toBe('Nieuws over regelingen met het thema Duurzaam (19 december 2026)');
    expect(mail!.parsed.text).toContain(`Nu open: ${GROEN_DAK}`);
    expect(mail!.parsed.text).toContain(`${TEST_SITE_URL}/regelingen/groen-dak-subsidie/`);
    for (const word of DRAFT_WORDS) expect(mail!.parsed.text).not.toContain(word);
    // Older news (the voucher's change of 19 November) came before the subscription: not in it.
    expect(mail!.parsed.text).not.toContain('Duurzaamheidsvoucher');
    // Running the job again, the same day or the next, sends nothing more.
    expect(await alertsAt('2026-12-19T07:05:00Z')).toEqual({ digests: 0, reminders: 0, ended: 0 });
    expect(await alertsAt('2026-12-20T09:00:00Z')).toEqual({ digests: 0, reminders: 0, ended: 0 });
    expect(mailsTo('anouk@kapsalon-anouk.example').filter((m) => m.parsed.subject?.startsWith('Nieuws'))).toHaveLength(1);

    expect(mailsTo('unconfirmed@drukkerij.example').map((m) => m.parsed.subject)).toEqual([
      'Bevestig je aanmelding voor e-mails over regelingen',
    ]);
    await service!.db.query(`DELETE FROM alert_subscription WHERE email = $1`, ['unconfirmed@drukkerij.example']);
  });

  it(
    'sends exactly one reminder at the reminder moment with `alerts:send`, and nothing when run again',
    async () => {
      const at = '2026-12-26T08:30:00+01:00';
      // Asked for a reminder on the same scheme but never confirmed: no reminder (the one queued is Bram's).
      const unconfirmed = 'unconfirmed@fietsenmaker.example';
      const asked = smtp.mails.length;
      expect((await reminder(unconfirmed, 'scheme-webshop-training', '/regelingen/webshop-training/')).status).toBe(303);
      await smtp.waitFor(asked + 1);
      await outboxSent();
      // PGlite is one process's folder: the command runs while the service is stopped.
      if (kind === 'pglite') await service!.close();
      const first = await alertsSend(at);
      expect(first).toContain('0 digest(s) and 1 reminder(s) queued; 1 mail(s) sent now.');
      const second = await alertsSend(at);
      expect(second).toContain('0 digest(s) and 0 reminder(s) queued; 0 mail(s) sent now.');
      if (kind === 'pglite') await start();
      const reminders = mailsTo('bram@fietsenmaker-bram.example').filter((m) => m.parsed.subject?.includes('deadline'));
      expect(reminders).toHaveLength(1);
      const mail = reminders[0]!;
      expect(mail.parsed.subject).toBe(`Nog 14 dagen: deadline van ${WEBSHOP}`);
      expect(mail.parsed.text).toContain(`De deadline van de regeling ${WEBSHOP} is op 9 januari 2027.`);
      expect(mail.parsed.text).toContain(`${TEST_SITE_URL}/regelingen/webshop-training/`);
      const unsubscribe = linkIn(mail, '/alerts/unsubscribe');
      expect(header(mail, 'List-Unsubscribe')).toBe(`<${unsubscribe}>`);
      expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(mailsTo(unconfirmed).filter((m) => m.parsed.subject?.includes('deadline'))).toEqual([]);
      await service!.db.query(`DELETE FROM alert_subscription WHERE email = $1`, [unconfirmed]);
    },
    CLI_TIMEOUT,
  );

  it('does not expire a confirmed subscription, but an unconfirmed one: its link stops working and it is deleted after 7 days', async () => {
    now = new Date('2026-12-20T09:00:00Z');
    const before = smtp.mails.length;
    expect(
      (await reminder('late@bakkerij.example', 'scheme-circulaire-innovatiesubsidie', '/regelingen/circulaire-innovatiesubsidie/')).status,
    ).toBe(303);
    const link = url(linkIn((await smtp.waitFor(before + 1))[before]!, '/alerts/confirm'));
    now = new Date('2026-12-27T09:00:01Z');
    for (const method of ['GET', 'POST']) {
      const expired = await fetch(link, { method });
      expect(expired.status, method).toBe(410);
      expect(await expired.text()).toContain('Deze link is verlopen');
    }
    expect(await rows('late@bakkerij.example')).toEqual([{ confirmed_at: null }]);
    const result = await service!.retention();
    expect(result.unconfirmed).toBe(1);
    expect(await rows('late@bakkerij.example')).toEqual([]);
    for (const method of ['GET', 'POST']) {
      const gone = await fetch(link, { method });
      expect(gone.status, method).toBe(410);
      expect(await gone.text()).toContain('Deze link werkt niet meer');
    }
    // Confirmed subscriptions stay.
    expect(await rows('anouk@kapsalon-anouk.example')).toHaveLength(1);
  });

  it(
    'sends a reminder queued by a job that died before sending exactly once, and two jobs at once queue it once',
    async () => {
      await subscribed(() =>
        reminder('crash@werkplaats.example', 'scheme-circulaire-innovatiesubsidie', '/regelingen/circulaire-innovatiesubsidie/'),
      );
      await subscribed(() => reminder('twice@werkplaats.example', 'scheme-digitaliseringsvoucher', '/regelingen/digitaliseringsvoucher/'));
      // 13 January 2027 is 14 days before the deadline of 27 January: the job queues the reminder, the
      // mail server is away, and the process stops before the mail went out.
      await smtp.down();
      expect(await alertsAt('2027-01-13T07:10:00Z')).toEqual({ digests: 0, reminders: 1, ended: 1 });
      // The same run ended the reminder for the webshop training: its deadline (9 January) has passed.
      expect(await rows('bram@fietsenmaker-bram.example')).toEqual([]);
      await service!.close();
      await smtp.up();
      // Run again (on PostgreSQL twice at once, beside nothing else): the queued mail goes, nothing is queued again.
      const later = '2027-01-13T08:20:00+01:00';
      const runs =
        kind === 'postgres'
          ? await Promise.all([alertsSend(later), alertsSend(later)])
          : [await alertsSend(later), await alertsSend(later)];
      for (const out of runs) expect(out).toContain('0 digest(s) and 0 reminder(s) queued');
      expect(mailsTo('crash@werkplaats.example').filter((m) => m.parsed.subject?.includes('deadline'))).toHaveLength(1);
      expect(mailsTo('crash@werkplaats.example').at(-1)!.parsed.subject).toBe('Nog 14 dagen: deadline van Subsidie circulaire innovatie');

      // Two jobs at the same moment, each in its own transaction: one reminder.
      if (kind === 'postgres') {
        const both = await Promise.all([alertsSend('2027-04-13T08:05:00+02:00'), alertsSend('2027-04-13T08:05:00+02:00')]);
        expect(both.filter((out) => out.includes('1 reminder(s) queued'))).toHaveLength(1);
        await start();
      } else {
        await start();
        now = new Date('2027-04-13T06:05:00Z');
        const both = await Promise.all([service!.alerts(), service!.alerts()]);
        expect(both.map((r) => r.reminders).sort()).toEqual([0, 1]);
        await outboxSent();
      }
      expect(mailsTo('twice@werkplaats.example').filter((m) => m.parsed.subject?.includes('deadline'))).toHaveLength(1);
      expect(await rows('crash@werkplaats.example')).toEqual([]);
    },
    CLI_TIMEOUT,
  );

  it('stops the next mail after a one-click unsubscribe; the page behind the link asks first', async () => {
    const [digestMail] = mailsTo('anouk@kapsalon-anouk.example').filter((m) => m.parsed.subject?.startsWith('Nieuws'));
    const link = url(linkIn(digestMail!, '/alerts/unsubscribe'));
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Wil je geen e-mails meer over regelingen met het thema Duurzaam?');
    expect(html).toMatch(
      /<form method="post" action="unsubscribe\?token=[\w.-]+&#38;lang=nl"><button type="submit">Ja, meld mij af<\/button>/,
    );
    expect(await rows('anouk@kapsalon-anouk.example')).toHaveLength(1);

    // RFC 8058: the mail program posts List-Unsubscribe=One-Click to the List-Unsubscribe address.
    const oneClick = await fetch(link, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('Je bent afgemeld');
    expect(await rows('anouk@kapsalon-anouk.example')).toEqual([]);
    const again = await fetch(link, { method: 'POST', body: new FormData() });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('Je bent al afgemeld');

    // The voucher's deadline of 28 March 2027 comes near on 14 March: the other subscriber of the theme hears it, she does not.
    const before = smtp.mails.length;
    expect(await alertsAt('2027-03-14T07:30:00Z')).toEqual({ digests: 1, reminders: 0, ended: 0 });
    const [next] = (await smtp.waitFor(before + 1)).slice(before);
    expect(next!.envelope.to).toEqual(['control@drukkerij.example']);
    expect(next!.parsed.text).toContain('Deadline nadert: Duurzaamheidsvoucher');
    await outboxSent();
    expect(mailsTo('anouk@kapsalon-anouk.example').filter((m) => m.parsed.subject?.startsWith('Nieuws'))).toHaveLength(1);
  });
});

describe.each(DB_KINDS)('the service’s own alerts schedule on %s', (kind) => {
  let smtp: SmtpSink;
  let service: TestService;
  let now = new Date('2026-12-18T09:00:00Z');

  beforeAll(async () => {
    smtp = await startSmtpSink();
    // The timer asks every 100 ms; the job decides what is due.
    service = await startTestService(kind, { env: { SMTP_URL: smtp.url, SERVICE_ALERTS_EVERY_MS: '100' }, clock: () => now });
  });
  afterAll(async () => {
    await service?.stop();
    await smtp?.stop();
  });

  it('sends the reminder on the reminder day without anyone running alerts:send', async () => {
    const ask = await service.post(
      '/alerts/subscribe?lang=en',
      {
        email: 'sam@coffee-corner.example',
        kind: 'reminder',
        docId: 'scheme-webshop-training',
        page: '/en/support/webshop-training/',
        website: '',
      },
      { origin: TEST_SITE_ORIGIN },
    );
    expect(ask.headers.get('location')).toBe(`${TEST_SITE_URL}/en/thank-you/subscription/`);
    const [confirmation] = await smtp.waitFor(1);
    expect(confirmation!.parsed.subject).toBe('Confirm your subscription to emails about support schemes');
    const link = linkIn(confirmation!, '/alerts/confirm');
    expect(await (await fetch(link)).text()).toContain('Do you want a reminder 14 days before the deadline of');
    const confirmed = await fetch(link, { method: 'POST' });
    expect(await confirmed.text()).toContain('Your subscription is confirmed');
    // The clock reaches 08:31 in Amsterdam on 26 December 2026, 14 days before the deadline of 9 January.
    now = new Date('2026-12-26T07:31:00Z');
    const [, reminder] = await smtp.waitFor(2);
    expect(reminder!.envelope.to).toEqual(['sam@coffee-corner.example']);
    expect(reminder!.parsed.subject).toBe('14 days left: deadline of Programme: your online shop live in four weeks');
    expect(reminder!.parsed.text).toContain(`${TEST_SITE_URL}/en/support/webshop-training/`);
  });
});

describe.each(DB_KINDS)('a reminder whose scheme changes or leaves the site, on %s', (kind) => {
  let smtp: SmtpSink;
  let service: TestService;
  let now = new Date('2026-12-18T09:00:00Z');
  const hidden = new Set<string>();
  const moved = new Map<string, string>();

  beforeAll(async () => {
    smtp = await startSmtpSink();
    service = await startTestService(kind, {
      env: { SMTP_URL: smtp.url, SERVICE_ALERTS_EVERY_MS: '0' },
      clock: () => now,
      // The published seed, with schemes taken off the site or given a later deadline, as an editor would.
      schemes: (published) => ({
        schemes: async (at) =>
          (await published.schemes(at))
            .filter((scheme) => !hidden.has(scheme._id))
            .map((scheme) => ({ ...scheme, deadline: moved.get(scheme._id) ?? scheme.deadline })),
      }),
    });
  });
  afterAll(async () => {
    await service?.stop();
    await smtp?.stop();
  });

  const deadlines = async (email: string) =>
    (await service.db.query<{ deadline: string | null }>(`SELECT deadline FROM alert_subscription WHERE email = $1`, [email])).map(
      (row) => row.deadline,
    );
  /** Asks for a reminder on a scheme's page at `now` and confirms it with the button behind the mail's link. */
  const remind = async (email: string, docId: string, page: string) => {
    const before = smtp.mails.length;
    const ask = await service.post(
      '/alerts/subscribe?lang=nl',
      { email, kind: 'reminder', docId, page, website: '' },
      { origin: TEST_SITE_ORIGIN },
    );
    expect(ask.status).toBe(303);
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(await (await confirmVia(linkIn(mail!, '/alerts/confirm'))).text()).toContain('Je aanmelding is bevestigd');
  };
  const alertsAt = (iso: string) => {
    now = new Date(iso);
    return service.alerts();
  };

  it('follows a deadline moved while the scheme is published, and still goes by it after the scheme leaves', async () => {
    const email = 'later@fietsenmaker-bram.example';
    now = new Date('2026-12-18T09:00:00Z');
    await remind(email, 'scheme-webshop-training', '/regelingen/webshop-training/');
    expect(await deadlines(email)).toEqual(['2027-01-09']);
    // The partner extends the deadline to 20 February; the next run of the job sees it.
    moved.set('scheme-webshop-training', '2027-02-20');
    expect(await alertsAt('2027-01-05T08:00:00Z')).toEqual({ digests: 0, reminders: 0, ended: 0 });
    expect(await deadlines(email)).toEqual(['2027-02-20']);
    // Then the scheme leaves the site. Past the first deadline the subscription stays: the one it last saw is 20 February.
    hidden.add('scheme-webshop-training');
    expect(await alertsAt('2027-01-10T08:00:00Z')).toEqual({ digests: 0, reminders: 0, ended: 0 });
    expect(await deadlines(email)).toEqual(['2027-02-20']);
    expect(await alertsAt('2027-02-21T08:00:00Z')).toEqual({ digests: 0, reminders: 0, ended: 1 });
    expect(await deadlines(email)).toEqual([]);
  });

  it('is deleted the day after its deadline also when its scheme is no longer published, and sends nothing before', async () => {
    const email = 'weg@kringloopwinkel.example';
    now = new Date('2026-12-18T09:00:00Z');
    await remind(email, 'scheme-circulaire-innovatiesubsidie', '/regelingen/circulaire-innovatiesubsidie/');
    const before = smtp.mails.length;
    const ask = await service.post(
      '/alerts/subscribe?lang=nl',
      {
        email: 'twijfel@kringloopwinkel.example',
        kind: 'reminder',
        docId: 'scheme-circulaire-innovatiesubsidie',
        page: '/regelingen/circulaire-innovatiesubsidie/',
        website: '',
      },
      { origin: TEST_SITE_ORIGIN },
    );
    expect(ask.status).toBe(303);
    const [unconfirmed] = (await smtp.waitFor(before + 1)).slice(before);
    const asked = smtp.mails.length;
    // The scheme leaves the site. The subscription waits (the scheme may come back), and on its
    // reminder day (13 January) there is nothing to remind of.
    hidden.add('scheme-circulaire-innovatiesubsidie');
    // Someone who asked for the same reminder but did not confirm yet reads a whole sentence without the scheme's name.
    const question = await (await fetch(linkIn(unconfirmed!, '/alerts/confirm'))).text();
    expect(question).toContain(
      'Wil je 14 dagen voor de deadline van een regeling die niet meer op de website staat een herinnering krijgen?',
    );
    expect(await alertsAt('2027-01-02T08:00:00Z')).toEqual({ digests: 0, reminders: 0, ended: 0 });
    expect(await alertsAt('2027-01-13T08:00:00Z')).toEqual({ digests: 0, reminders: 0, ended: 0 });
    expect(await alertsAt('2027-01-27T20:00:00Z')).toEqual({ digests: 0, reminders: 0, ended: 0 });
    expect(await deadlines(email)).toEqual(['2027-01-27']);
    // 27 January was the last day: on the 28th her address is gone.
    expect(await alertsAt('2027-01-28T08:00:00Z')).toEqual({ digests: 0, reminders: 0, ended: 1 });
    expect(await deadlines(email)).toEqual([]);
    expect(smtp.mails.length).toBe(asked);
  });
});
