// The service's HTTP side (Fastify): the form endpoints, the search signal, the read API and the
// health check, with its own body limit, rate limits and Origin check. Every answer to a person
// is a page in their language; no answer ever carries a stack trace, sets a cookie or logs an
// address (the rate limiter keeps addresses in memory for its window, nowhere else).
import { createHash, timingSafeEqual } from 'node:crypto';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import {
  FINDER_ANSWER_LISTS,
  type FinderAnswer,
  type FormKind,
  isLang,
  type Lang,
  MAX_BODY_BYTES,
  SEARCH_SIGNAL_BELOW,
  SERVICE_ENDPOINTS,
  thanksPath,
} from '@mkb010/model';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { REPORT_PATH } from '../client.ts';
import type { ServiceConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Directory } from '../routing/directory.ts';
import { countSearchSignal, normaliseQuery, storeFeedback } from '../store/feedback.ts';
import { storeIntake } from '../store/intake.ts';
import { buildReport } from '../store/report.ts';
import type { SchemeSource } from '../alerts/schemes.ts';
import { registerAlertRoutes } from './alerts.ts';
import { readForm, requestLang } from './form.ts';
import { formAgainPage, messagePage, PAGE_CSP, siteLink } from './pages.ts';
import { PAGE_TEXT } from './text.ts';

/** What the HTTP side needs from the rest of the service. */
export interface AppDeps {
  config: ServiceConfig;
  db: Database;
  directory: Directory;
  clock: () => Date;
  /** Tells the outbox worker a mail was queued. */
  mailQueued: () => void;
  /** Published schemes, for alert subscriptions. */
  schemes: SchemeSource;
  /** The key confirmation and unsubscribe links are signed with. */
  linkKey: string;
  /** The service's public address (links in mails). */
  publicUrl: () => string;
  /** Fastify's logger setting (`false` in tests). */
  logger?: boolean | { level: string };
}

const HOUR = 60 * 60 * 1000;

/** The domain of the sender address, for Message-IDs. */
export function messageDomain(from: string): string {
  return /@([^>\s]+)/.exec(from)?.[1] ?? 'localhost';
}

/** Builds the Fastify app (not listening yet). */
export async function buildApp(deps: AppDeps) {
  const { config, db, clock } = deps;
  const siteOrigin = new URL(config.siteUrl).origin;
  const app = Fastify({
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: config.trustProxy,
    // No stack traces and no addresses in the log: requests are logged by method and path only.
    logger:
      deps.logger === false
        ? false
        : {
            level: typeof deps.logger === 'object' ? deps.logger.level : 'info',
            serializers: {
              req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split('?')[0] }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
  });
  await app.register(formbody, { bodyLimit: MAX_BODY_BYTES });
  await app.register(rateLimit, {
    global: false,
    // The answer is rendered by the error handler below, in the visitor's language.
    errorResponseBuilder: (_request, context) => ({ statusCode: 429, code: 'RATE_LIMITED', message: `retry after ${context.after}` }),
  });

  const langOf = (request: FastifyRequest): Lang => requestLang(request.query, request.body, request.headers['accept-language']);
  const isJsonRoute = (request: FastifyRequest) =>
    request.url.startsWith('/api/') || request.url.startsWith(SERVICE_ENDPOINTS.searchSignal);

  const sendPage = (reply: FastifyReply, status: number, html: string) =>
    reply.code(status).type('text/html; charset=utf-8').header('content-security-policy', PAGE_CSP).send(html);
  const sendMessage = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    title: keyof typeof PAGE_TEXT,
    body: keyof typeof PAGE_TEXT,
  ) =>
    isJsonRoute(request)
      ? reply.code(status).send({ error: PAGE_TEXT[title].en })
      : sendPage(reply, status, messagePage(langOf(request), PAGE_TEXT[title], PAGE_TEXT[body], config.siteUrl));

  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    reply.header('cache-control', 'no-store');
    reply.header('x-frame-options', 'DENY');
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 413) return sendMessage(request, reply, 413, 'tooLargeTitle', 'tooLargeBody');
    if (status === 429) return sendMessage(request, reply, 429, 'tooManyTitle', 'tooManyBody');
    if (status >= 400 && status < 500) return sendMessage(request, reply, status === 415 ? 415 : 400, 'refusedTitle', 'refusedBody');
    request.log.error({ err: { message: error.message, code: error.code } }, 'request failed');
    return sendMessage(request, reply, 500, 'failedTitle', 'failedBody');
  });
  app.setNotFoundHandler((request, reply) => sendMessage(request, reply, 404, 'notFoundTitle', 'notFoundBody'));

  /** Refuses a post whose Origin is neither the site, the service itself, nor absent. */
  const checkOrigin = (allowSelf: boolean) => async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin;
    if (!origin || origin === siteOrigin) return;
    if (allowSelf && origin === `${request.protocol}://${request.host}`) return;
    return sendMessage(request, reply, 403, 'foreignTitle', 'foreignBody');
  };

  const formRoute = (max: number) => ({
    config: { rateLimit: { max, timeWindow: HOUR } },
    onRequest: checkOrigin(true),
  });

  /** The form again with its problems (400), or a refusal when a robot filled the honeypot. */
  const refuse = (request: FastifyRequest, reply: FastifyReply, kind: FormKind, form: ReturnType<typeof readForm>) => {
    const lang = langOf(request);
    if (form.honeypot) return sendMessage(request, reply, 400, 'refusedTitle', 'refusedBody');
    // Relative to the endpoint itself, so a path prefix in front of the service keeps working.
    const action = `${SERVICE_ENDPOINTS[kind].split('/').pop()}?lang=${lang}`;
    return sendPage(reply, 400, formAgainPage(kind, lang, form.values, form.problems, action, config.siteUrl));
  };

  const thanks = (reply: FastifyReply, kind: FormKind, lang: Lang) =>
    reply.code(303).redirect(siteLink(config.siteUrl, thanksPath(kind, lang)), 303);

  app.post(SERVICE_ENDPOINTS.intake, formRoute(config.rateLimits.intake), async (request, reply) => {
    const form = readForm('intake', request.body);
    if (form.honeypot || form.problems.length > 0) return refuse(request, reply, 'intake', form);
    const lang = langOf(request);
    const v = form.values;
    const answers: Partial<Record<FinderAnswer, string>> = {};
    for (const key of Object.keys(FINDER_ANSWER_LISTS) as FinderAnswer[]) if (v[key]) answers[key] = v[key];
    const route = await deps.directory.route(v.docId || undefined);
    await storeIntake(
      db,
      {
        lang,
        page: v.page!,
        pageUrl: siteLink(config.siteUrl, v.page!),
        docId: v.docId || undefined,
        name: v.name!,
        email: v.email!,
        phone: v.phone || undefined,
        company: v.company || undefined,
        question: v.question!,
        answers,
      },
      route,
      { now: clock(), retentionDays: config.retentionDays, messageDomain: messageDomain(config.mailFrom) },
    );
    deps.mailQueued();
    return thanks(reply, 'intake', lang);
  });

  app.post(SERVICE_ENDPOINTS.feedback, formRoute(config.rateLimits.feedback), async (request, reply) => {
    const form = readForm('feedback', request.body);
    if (form.honeypot || form.problems.length > 0) return refuse(request, reply, 'feedback', form);
    const lang = langOf(request);
    const v = form.values;
    await storeFeedback(
      db,
      { lang, page: v.page!, docId: v.docId || undefined, useful: v.useful === 'yes', comment: v.comment || undefined },
      clock(),
    );
    return thanks(reply, 'feedback', lang);
  });

  // The search page's beacon: JSON, often sent as text/plain so that no preflight is needed.
  const signalHeaders = (reply: FastifyReply) => reply.header('access-control-allow-origin', siteOrigin).header('vary', 'Origin');
  app.options(SERVICE_ENDPOINTS.searchSignal, { onRequest: checkOrigin(false) }, async (_request, reply) =>
    signalHeaders(reply)
      .header('access-control-allow-methods', 'POST')
      .header('access-control-allow-headers', 'content-type')
      .header('access-control-max-age', '86400')
      .code(204)
      .send(),
  );
  app.post(
    SERVICE_ENDPOINTS.searchSignal,
    { config: { rateLimit: { max: config.rateLimits.searchSignal, timeWindow: HOUR } }, onRequest: checkOrigin(false) },
    async (request, reply) => {
      signalHeaders(reply);
      let signal: unknown = request.body;
      if (typeof signal === 'string') {
        try {
          signal = JSON.parse(signal);
        } catch {
          return reply.code(400).send({ error: 'The body must be JSON: {"q": "…", "lang": "nl", "results": 0}.' });
        }
      }
      const { q, lang, results } = (signal ?? {}) as { q?: unknown; lang?: unknown; results?: unknown };
      if (typeof q !== 'string' || !isLang(lang) || typeof results !== 'number' || !Number.isInteger(results) || results < 0) {
        return reply.code(400).send({ error: 'Send {"q": "…", "lang": "nl" or "en", "results": a whole number of 0 or more}.' });
      }
      const query = normaliseQuery(q);
      if (results < SEARCH_SIGNAL_BELOW && query) await countSearchSignal(db, lang, query, clock());
      return reply.code(204).send();
    },
  );

  // The read API: off (404) without a token; the token is compared in constant time.
  const expected = config.reportToken ? createHash('sha256').update(config.reportToken).digest() : undefined;
  // The Studio's Redactierapport reads it from the browser: CORS for the Studio's origins only, and
  // only with the token in the Authorization header (never a cookie), so no other site can read it.
  const studio = new Set(config.studioOrigins);
  const studioHeaders = (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin;
    reply.header('vary', 'Origin');
    if (origin && studio.has(origin)) reply.header('access-control-allow-origin', origin);
  };
  app.options(REPORT_PATH, async (request, reply) => {
    studioHeaders(request, reply);
    return reply
      .header('access-control-allow-methods', 'GET')
      .header('access-control-allow-headers', 'authorization, accept')
      .header('access-control-max-age', '600')
      .code(204)
      .send();
  });
  app.get(REPORT_PATH, async (request, reply) => {
    studioHeaders(request, reply);
    if (!expected) return sendMessage(request, reply, 404, 'notFoundTitle', 'notFoundBody');
    const header = request.headers.authorization ?? '';
    const given = createHash('sha256')
      .update(header.startsWith('Bearer ') ? header.slice(7).trim() : '')
      .digest();
    if (!timingSafeEqual(given, expected)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'Send Authorization: Bearer <SERVICE_REPORT_TOKEN>.' });
    }
    return reply.send(await buildReport(db, clock()));
  });

  await registerAlertRoutes(app, {
    db,
    clock,
    siteUrl: config.siteUrl,
    schemes: deps.schemes,
    linkKey: deps.linkKey,
    publicUrl: deps.publicUrl,
    messageDomain: messageDomain(config.mailFrom),
    mailQueued: deps.mailQueued,
    langOf,
    sendPage,
    formRoute: formRoute(config.rateLimits.alerts),
    refuse: (request, reply, form) => refuse(request, reply, 'subscribe', form),
  });

  app.get('/healthz', async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return reply.type('text/plain; charset=utf-8').send('ok');
    } catch {
      return reply.code(503).type('text/plain; charset=utf-8').send('database unavailable');
    }
  });

  return app;
}
