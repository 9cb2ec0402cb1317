// The alert endpoints: the site's subscribe form, and the two links in alert mails — confirm (double
// opt-in) and unsubscribe (RFC 8058 one-click POST too). Each link opens a page with one button, and
// only the button's POST changes anything: a mail scanner that opens every link in a mail (as many
// company mail systems do) confirms and unsubscribes nothing. A link's token is checked before
// anything is read or changed; a forged, expired or used link gets a page in the visitor's language
// that says so, and changes nothing.
import {
  type AlertKind,
  docPath,
  isClosed,
  type Lang,
  SERVICE_ENDPOINTS,
  schemesFilterPath,
  THEMES,
  type Theme,
  thanksPath,
} from '@mkb010/model';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { confirmMail, schemeTitle } from '../alerts/mails.ts';
import type { AlertScheme, SchemeSource } from '../alerts/schemes.ts';
import {
  confirmationExpired,
  confirmSubscription,
  deleteSubscription,
  findSubscription,
  requestSubscription,
  type Subscription,
} from '../alerts/store.ts';
import { alertLink, verifyToken } from '../alerts/tokens.ts';
import type { Database } from '../db/database.ts';
import { type ReadForm, readForm } from './form.ts';
import { buttonPage, messagePage, siteLink } from './pages.ts';
import { ALERT_PAGE_TEXT, brokenForm, FIELD_MESSAGES } from './text.ts';

/** What the alert routes need from the app. */
export interface AlertRouteDeps {
  db: Database;
  clock: () => Date;
  siteUrl: string;
  schemes: SchemeSource;
  /** The key links are signed with. */
  linkKey: string;
  /** The service's public address, for links in mails. */
  publicUrl: () => string;
  messageDomain: string;
  mailQueued: () => void;
  langOf: (request: FastifyRequest) => Lang;
  sendPage: (reply: FastifyReply, status: number, html: string) => FastifyReply;
  /** The route options of a form post (rate limit, Origin check). */
  formRoute: object;
  /** The 400 page: the form again with its problems, or a refusal for a robot. */
  refuse: (request: FastifyRequest, reply: FastifyReply, form: ReadForm) => FastifyReply;
}

/** The query's token, as sent. */
function tokenOf(request: FastifyRequest): unknown {
  return (request.query as Record<string, unknown> | undefined)?.token;
}

/** The action of a link page's button: the same endpoint, relative to the page, with the link's token and language. */
function buttonAction(endpoint: string, token: unknown, lang: Lang): string {
  return `${endpoint.split('/').pop()}?token=${encodeURIComponent(String(token))}&lang=${lang}`;
}

/** Registers the alert routes on `app`. */
export async function registerAlertRoutes(app: FastifyInstance, deps: AlertRouteDeps): Promise<void> {
  const { db, clock, siteUrl } = deps;
  const page = (reply: FastifyReply, status: number, lang: Lang, title: string, body: string, backTo?: string) =>
    deps.sendPage(reply, status, messagePage(lang, { nl: title, en: title }, { nl: body, en: body }, siteUrl, backTo));
  const schemeOf = async (docId: string | null | undefined): Promise<AlertScheme | undefined> =>
    docId ? (await deps.schemes.schemes(clock())).find((scheme) => scheme._id === docId) : undefined;
  /** Where the pages after a link lead back to: the theme's schemes, or the scheme's page. */
  const backTo = (subscription: Subscription, scheme: AlertScheme | undefined): string | undefined => {
    if (subscription.kind === 'digest' && THEMES.has(subscription.theme))
      return schemesFilterPath({ theme: subscription.theme as Theme }, subscription.lang);
    return scheme ? docPath('scheme', scheme.slug, subscription.lang) : undefined;
  };
  const forged = (request: FastifyRequest, reply: FastifyReply) => {
    const text = ALERT_PAGE_TEXT[deps.langOf(request)];
    return page(reply, 400, deps.langOf(request), text.forgedTitle, text.forgedBody);
  };

  app.post(SERVICE_ENDPOINTS.subscribe, deps.formRoute, async (request, reply) => {
    const form = readForm('subscribe', request.body);
    const v = form.values;
    const kind = v.kind as AlertKind;
    let scheme: AlertScheme | undefined;
    if (kind === 'digest' && !v.theme) form.problems.push({ field: 'theme', message: FIELD_MESSAGES.theme!.missing! });
    if (kind === 'reminder' && !form.problems.some((p) => p.field === 'docId')) {
      if (!v.docId) form.problems.push({ field: 'docId', message: brokenForm('docId') });
      else {
        scheme = await schemeOf(v.docId);
        if (!scheme) form.problems.push({ field: 'docId', message: brokenForm('docId') });
        else if (!scheme.deadline || scheme.ongoing || isClosed(scheme, clock())) {
          form.problems.push({ field: 'docId', message: FIELD_MESSAGES.docId!.invalid! });
        }
      }
    }
    if (form.honeypot || form.problems.length > 0) return deps.refuse(request, reply, form);
    const lang = deps.langOf(request);
    const subscription = {
      email: v.email!,
      lang,
      kind,
      theme: kind === 'digest' ? v.theme : undefined,
      docId: kind === 'reminder' ? v.docId : undefined,
      deadline: kind === 'reminder' ? (scheme?.deadline ?? undefined) : undefined,
    };
    await requestSubscription(db, subscription, {
      now: clock(),
      messageDomain: deps.messageDomain,
      confirmMail: (id) => confirmMail(subscription, scheme, alertLink(deps.publicUrl(), deps.linkKey, 'confirm', id, lang)),
    });
    deps.mailQueued();
    return reply.code(303).redirect(siteLink(siteUrl, thanksPath('subscribe', lang)), 303);
  });

  /**
   * What a subscription is for, as its pages name it: the theme, or the scheme's title (a reminder's
   * scheme may have left the site since; its subscription stays until the deadline).
   */
  const aboutOf = (subscription: Subscription, scheme: AlertScheme | undefined, lang: Lang) =>
    subscription.kind === 'digest'
      ? { digest: true as const, theme: THEMES.label(subscription.theme ?? '', lang) }
      : { digest: false as const, title: scheme ? schemeTitle(scheme, lang) : ALERT_PAGE_TEXT[lang].schemeGone };
  const gone = (request: FastifyRequest, reply: FastifyReply) => {
    const lang = deps.langOf(request);
    return page(reply, 410, lang, ALERT_PAGE_TEXT[lang].goneTitle, ALERT_PAGE_TEXT[lang].goneBody);
  };

  // The link in the confirmation mail: a page that asks, with the button that confirms.
  app.get(SERVICE_ENDPOINTS.confirm, async (request, reply) => {
    const token = tokenOf(request);
    const id = verifyToken(deps.linkKey, 'confirm', token);
    if (id === undefined) return forged(request, reply);
    const subscription = await findSubscription(db, id);
    if (!subscription) return gone(request, reply);
    const lang = subscription.lang;
    const text = ALERT_PAGE_TEXT[lang];
    const scheme = await schemeOf(subscription.docId).catch(() => undefined);
    if (subscription.confirmedAt) return page(reply, 200, lang, text.alreadyTitle, text.alreadyBody, backTo(subscription, scheme));
    if (confirmationExpired(subscription.createdAt, clock())) return page(reply, 410, lang, text.expiredTitle, text.expiredBody);
    const about = aboutOf(subscription, scheme, lang);
    const question = about.digest ? text.confirmDigest(about.theme) : text.confirmReminder(about.title);
    const action = buttonAction(SERVICE_ENDPOINTS.confirm, token, lang);
    return deps.sendPage(reply, 200, buttonPage(lang, text.confirmTitle, question, text.confirmButton, action, siteUrl));
  });

  // The button on that page: confirms, once.
  app.post(SERVICE_ENDPOINTS.confirm, async (request, reply) => {
    const id = verifyToken(deps.linkKey, 'confirm', tokenOf(request));
    if (id === undefined) return forged(request, reply);
    const outcome = await confirmSubscription(db, id, clock());
    if (outcome.state === 'gone') return gone(request, reply);
    const { subscription } = outcome;
    const lang = subscription.lang;
    const text = ALERT_PAGE_TEXT[lang];
    if (outcome.state === 'expired') return page(reply, 410, lang, text.expiredTitle, text.expiredBody);
    const scheme = await schemeOf(subscription.docId).catch(() => undefined);
    if (outcome.state === 'already') return page(reply, 200, lang, text.alreadyTitle, text.alreadyBody, backTo(subscription, scheme));
    const about = aboutOf(subscription, scheme, lang);
    const body = about.digest ? text.confirmedDigest(about.theme) : text.confirmedReminder(about.title);
    return page(reply, 200, lang, text.confirmedTitle, body, backTo(subscription, scheme));
  });

  app.get(SERVICE_ENDPOINTS.unsubscribe, async (request, reply) => {
    const token = tokenOf(request);
    const id = verifyToken(deps.linkKey, 'unsubscribe', token);
    if (id === undefined) return forged(request, reply);
    const subscription = await findSubscription(db, id);
    if (!subscription) {
      const lang = deps.langOf(request);
      return page(reply, 200, lang, ALERT_PAGE_TEXT[lang].alreadyGoneTitle, ALERT_PAGE_TEXT[lang].alreadyGoneBody);
    }
    const lang = subscription.lang;
    const text = ALERT_PAGE_TEXT[lang];
    const about = aboutOf(subscription, await schemeOf(subscription.docId).catch(() => undefined), lang);
    const question = about.digest ? text.unsubscribeDigest(about.theme) : text.unsubscribeReminder(about.title);
    const action = buttonAction(SERVICE_ENDPOINTS.unsubscribe, token, lang);
    return deps.sendPage(reply, 200, buttonPage(lang, text.unsubscribeTitle, question, text.unsubscribeButton, action, siteUrl));
  });

  // One-click unsubscribe (RFC 8058): a mail program posts `List-Unsubscribe=One-Click` from wherever
  // it runs, as form data or multipart, with no Origin of ours; the signed token is the authority.
  await app.register(async (scope) => {
    scope.addContentTypeParser('multipart/form-data', { parseAs: 'string' }, (_request, _body, done) => done(null, {}));
    scope.post(SERVICE_ENDPOINTS.unsubscribe, async (request, reply) => {
      const id = verifyToken(deps.linkKey, 'unsubscribe', tokenOf(request));
      if (id === undefined) return forged(request, reply);
      const deleted = await deleteSubscription(db, id);
      const lang = deleted?.lang ?? deps.langOf(request);
      const text = ALERT_PAGE_TEXT[lang];
      return deleted
        ? page(reply, 200, lang, text.unsubscribedTitle, text.unsubscribedBody)
        : page(reply, 200, lang, text.alreadyGoneTitle, text.alreadyGoneBody);
    });
  });
}
