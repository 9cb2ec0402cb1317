// A local stand-in for Sanity's API, answering from a dataset file, so the real @sanity/client and
// the built Studio can be pointed at it (SANITY_API_HOST, SANITY_STUDIO_API_HOST). Queries run with
// groq-js, Sanity's own GROQ engine; for a Studio it also saves (the mutate and actions routes, with
// Sanity's own patch engine), tells listeners and the live events route what changed, and serves
// image asset documents and files (tools/content-lake.ts keeps the documents). With `tls` it speaks
// HTTP/2 over TLS as Sanity's API does. It can be told to fail, to show how builds cope with a flaky
// Content Lake.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2Session } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { applyPerspective } from '@mkb010/content/perspective';
import { idMap, queryDocuments, type RawDocument, readDataset } from '@mkb010/content/source';
import { ContentLake, LakeError, LIVE_TAG, type ListenOptions, type Send } from './content-lake.ts';

// HTTP/2's compatibility API answers like HTTP/1.1's; the handler is written once against the latter.
type Request = IncomingMessage;
type Response = ServerResponse;

export interface SanityServer {
  /** Value for SANITY_API_HOST, e.g. http://127.0.0.1:40123 (https:// with `tls`) */
  url: string;
  /** The dataset name it answers for. */
  dataset: string;
  /** Every request it received: method, path, perspective parameter, the status it answered (0: none, hanging). */
  requests: { method: string; path: string; perspective: string; status: number }[];
  /** Paths of the image downloads it served. */
  images: string[];
  /** Answers the next requests with these statuses (one per request), then normally again. */
  failNext(statuses: number[]): void;
  /** Answers every request with this status until reset(). */
  failAlways(status: number): void;
  /** Answers every query with this raw body (status 200 unless given) until reset(): a cut-off body, an HTML page. */
  answerRaw(answer: RawAnswer): void;
  /** Never answers a query until reset(), like a Content Lake that does not respond. */
  hang(): void;
  /** Back to normal answers. */
  reset(): void;
  /** Changes the stored documents (as an editor's mutation would); later queries and listeners see the result. */
  update(change: (documents: RawDocument[]) => RawDocument[]): Promise<void>;
  /** One stored document (drafts are `drafts.<id>`), as the Content Lake holds it now. */
  document(id: string): RawDocument | undefined;
  close(): Promise<void>;
}

/** A raw HTTP answer for answerRaw(). */
export interface RawAnswer {
  body: string;
  status?: number;
  contentType?: string;
}

export interface SanityServerOptions {
  /** Dataset file (.ndjson or .tar.gz) to answer from. */
  file: string;
  /** Dataset name in the URL (default: production). */
  dataset?: string;
  /**
   * Also answer what a built Studio asks before and while it shows documents (signed-in user,
   * project, datasets, document fetches, a listener), for this user, with CORS for its origin.
   */
  studio?: { user: StudioUserAnswer };
  /** Listen on this host (default 127.0.0.1; a Studio needs `localhost`, see tests/studio/studio-browser.test.ts). */
  host?: string;
  /** A certificate to speak HTTP/2 over TLS with (HTTP/1.1 still answered, for Node's clients). */
  tls?: { key: string; cert: string };
  /** The project id image asset URLs name (default: the Studio's placeholder, mkb010next). */
  projectId?: string;
  /** A fixed port (default: a free one). */
  port?: number;
}

/** The signed-in user as Sanity's /users/me answers it. */
export interface StudioUserAnswer {
  id: string;
  name: string;
  email: string;
}

/**
 * Documents as the Content Lake holds them after `sanity dataset import`: exported image files
 * (`_sanityAsset: image@file://./images/<sha1>-<w>x<h>.<ext>`) become asset references
 * (`image-<sha1>-<w>x<h>-<ext>`).
 */
export function asImported(documents: RawDocument[]): RawDocument[] {
  const convert = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(convert);
    if (!value || typeof value !== 'object') return value;
    const obj = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) if (k !== '_sanityAsset') out[k] = convert(v);
    const asset =
      typeof obj._sanityAsset === 'string' ? /^image@file:\/\/\.\/images\/([a-f0-9]+-\d+x\d+)\.([a-z0-9]+)$/i.exec(obj._sanityAsset) : null;
    if (asset) out.asset = { _type: 'reference', _ref: `image-${asset[1]}-${asset[2]}` };
    return out;
  };
  return documents.map((d) => convert(d) as RawDocument);
}

/** The Studio user's roles: administrator of the project. */
const ADMINISTRATOR = [{ name: 'administrator', title: 'Administrator' }];

/** The image asset documents `sanity dataset import` creates for the images a dataset references. */
function imageAssets(documents: RawDocument[], baseUrl: string, projectId: string, dataset: string): RawDocument[] {
  const ids = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const ref = (value as { _ref?: unknown })._ref;
      if (typeof ref === 'string' && /^image-[a-f0-9]+-\d+x\d+-[a-z0-9]+$/.test(ref)) ids.add(ref);
      Object.values(value).forEach(walk);
    }
  };
  walk(documents);
  return [...ids].map((id) => {
    const [, sha1, width, height, extension] = /^image-([a-f0-9]+)-(\d+)x(\d+)-([a-z0-9]+)$/.exec(id)!;
    const file = `${sha1}-${width}x${height}.${extension}`;
    return {
      _id: id,
      _type: 'sanity.imageAsset',
      assetId: sha1,
      sha1hash: sha1,
      extension,
      mimeType: `image/${extension === 'jpg' ? 'jpeg' : extension}`,
      originalFilename: file,
      path: `images/${projectId}/${dataset}/${file}`,
      url: `${baseUrl}/images/${projectId}/${dataset}/${file}`,
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: {
          _type: 'sanity.imageDimensions',
          width: Number(width),
          height: Number(height),
          aspectRatio: Number(width) / Number(height),
        },
        hasAlpha: extension === 'png',
        isOpaque: extension !== 'png',
      },
    } as RawDocument;
  });
}

/**
 * A GROQ query as the Content Lake would run it, for groq-js: the desk's search (`x match
 * text::query($__query)`) becomes groq-js's own `match`; an empty search matches everything, as it
 * does in the Content Lake, and the whole document (`@`) is searched through its titles and names.
 */
export function rewriteTextQuery(query: string, params: Record<string, unknown>): string {
  if (!query.includes('text::query(')) return query;
  const term = String(params.__query ?? '').trim();
  if (!term) return query.replace(/(\[@, _id\]|[^\s(&|,]+) match text::query\(\$__query\)/g, 'true');
  return query
    .replace(/\[@, _id\] match text::query\(\$__query\)/g, '[_id, title, title.nl, title.en, name, slug.current] match $__query')
    .replace(/ match text::query\(\$__query\)/g, ' match $__query');
}

/** The perspective a query asks for: `raw`, `drafts` or `published` (a stack with drafts reads as drafts). */
function perspectiveOf(value: string | null): 'raw' | 'drafts' | 'published' | undefined {
  if (!value) return undefined;
  const parts = value.split(',');
  if (parts.includes('raw')) return 'raw';
  if (parts.includes('drafts')) return 'drafts';
  if (parts.includes('published')) return 'published';
  return undefined;
}

/** Starts the server on a free loopback port. */
export async function startSanityServer(options: SanityServerOptions): Promise<SanityServer> {
  const dataset = options.dataset ?? 'production';
  const read = await readDataset(options.file);
  const host = options.host ?? '127.0.0.1';
  const studio = options.studio;
  let queue: number[] = [];
  let always: number | undefined;
  let raw: RawAnswer | undefined;
  let hanging = false;
  const requests: SanityServer['requests'] = [];
  const images: string[] = [];
  // The base URL is known once listening; asset documents (Studio only) are added then.
  let baseUrl = '';
  const lake = new ContentLake(asImported(read.documents), () => studio?.user.id ?? 'stand-in', Boolean(studio));
  const settings = new Map<string, unknown>();

  /** The perspectives over the stored documents, rebuilt after every change. */
  const viewsOf = () => {
    const all = lake.all();
    const published = applyPerspective(all, 'published');
    const drafts = applyPerspective(all, 'drafts');
    return {
      views: { published, drafts, raw: all },
      maps: { published: idMap(published), drafts: idMap(drafts), raw: idMap(all) },
    };
  };
  let current = viewsOf();
  lake.onChange = () => {
    current = viewsOf();
  };

  const send = (res: Response, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };

  /** Opens a server-sent event stream on `res`; returns how to send on it. */
  const eventStream = (req: Request, res: Response, onClose: () => void): Send => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    req.on('close', onClose);
    return (event, data, id) => {
      res.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
  };

  /** The body of a POST as JSON. */
  const jsonBody = async (req: Request): Promise<Record<string, unknown>> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  };

  /** `$name` query parameters as GROQ parameters. */
  const paramsOf = (url: URL) => {
    const params: Record<string, unknown> = {};
    for (const [k, v] of url.searchParams) if (k.startsWith('$')) params[k.slice(1)] = JSON.parse(v);
    return params;
  };

  /**
   * What a Studio asks besides queries, answered as Sanity's API answers it. Returns false for
   * anything else (queries are answered below, unknown paths get a logged 404).
   */
  const answerStudio = async (req: Request, res: Response, url: URL, log: (status: number) => void): Promise<boolean> => {
    const user = studio!.user;
    const route = url.pathname.replace(/^\/v(\d{4}-\d{2}-\d{2}|\d+)(?=\/)/, '');
    if (route === '/users/me' || route === '/auth/id') {
      log(200);
      send(res, 200, { ...user, profileImage: null, role: 'administrator', roles: ADMINISTRATOR, provider: 'sanity' });
      return true;
    }
    const project = /^\/projects\/([^/]+)$/.exec(route);
    if (project) {
      log(200);
      send(res, 200, {
        id: project[1],
        displayName: 'MKB010>>Next',
        organizationId: null,
        isBlocked: false,
        isDisabled: false,
        members: [{ id: user.id, role: 'administrator', roles: ADMINISTRATOR, isCurrentUser: true, isRobot: false }],
        metadata: {},
        features: [],
      });
      return true;
    }
    if (/^\/projects\/[^/]+\/datasets$/.test(route)) {
      log(200);
      send(res, 200, [{ name: dataset, aclMode: 'public' }]);
      return true;
    }
    if (/^\/projects\/[^/]+\/features$/.test(route) || /^\/features$/.test(route)) {
      log(200);
      send(res, 200, []);
      return true;
    }
    const users = /^\/users\/([^/]+)$/.exec(route);
    if (users) {
      log(200);
      const ids = users[1]!.split(',');
      send(res, 200, ids.includes(user.id) ? [{ ...user, imageUrl: null }] : []);
      return true;
    }
    // Every permission on every document: the user administers the project.
    const grant = { filter: '_id in path("**")', permissions: ['read', 'update', 'create', 'history', 'manage'] };
    if (/^\/projects\/[^/]+\/datasets\/[^/]+\/acl$/.test(route)) {
      log(200);
      send(res, 200, [grant]);
      return true;
    }
    if (/^\/projects\/[^/]+\/grants$/.test(route)) {
      log(200);
      send(res, 200, { 'sanity.document.filter.mode': [{ grants: [grant] }] });
      return true;
    }
    const doc = /^\/data\/doc\/([^/]+)\/(.+)$/.exec(route);
    if (doc) {
      log(200);
      const ids = decodeURIComponent(doc[2]!).split(',');
      const found = ids.map((id) => lake.get(id)).filter(Boolean);
      send(res, 200, { documents: found, omitted: ids.filter((id) => !lake.get(id)).map((id) => ({ id, reason: 'existence' })) });
      return true;
    }
    if (/^\/data\/listen\//.test(route)) {
      log(200);
      const flag = (name: string, fallback: boolean) => (url.searchParams.has(name) ? url.searchParams.get(name) === 'true' : fallback);
      const listen: ListenOptions = {
        query: url.searchParams.get('query') ?? '*',
        params: paramsOf(url),
        includeResult: flag('includeResult', true),
        includePreviousRevision: flag('includePreviousRevision', false),
        includeMutations: flag('includeMutations', true),
        effects: url.searchParams.get('effectFormat') === 'mendoza',
      };
      let stop = () => {};
      stop = lake.listen(
        listen,
        eventStream(req, res, () => stop()),
      );
      return true;
    }
    if (/^\/data\/live\/events\//.test(route)) {
      log(200);
      let stop = () => {};
      stop = lake.live(eventStream(req, res, () => stop()));
      return true;
    }
    const write = /^\/data\/(mutate|actions)\/([^/]+)$/.exec(route);
    if (write && req.method === 'POST') {
      try {
        const body = await jsonBody(req);
        const transactionId = typeof body.transactionId === 'string' ? body.transactionId : undefined;
        const answer =
          write[1] === 'mutate'
            ? await lake.mutate(body.mutations as never, transactionId)
            : await lake.act((Array.isArray(body.actions) ? body.actions : [body.actions]) as never, transactionId);
        log(200);
        send(res, 200, answer);
      } catch (error) {
        const status = error instanceof LakeError ? error.status : 500;
        log(status);
        send(res, status, {
          error: { description: (error as Error).message, type: error instanceof LakeError ? error.type : 'serverError' },
        });
      }
      return true;
    }
    // The Studio's per-user settings (list layout, sort order), kept for this server's life.
    const keyvalue = /^\/users\/me\/keyvalue(?:\/(.+))?$/.exec(route);
    if (keyvalue) {
      log(200);
      if (req.method === 'PUT' || req.method === 'POST') {
        const entries = (await jsonBody(req)) as unknown as { key: string; value: unknown }[];
        for (const { key, value } of entries) settings.set(key, value);
        send(res, 200, entries);
      } else {
        const keys = decodeURIComponent(keyvalue[1] ?? '')
          .split(',')
          .filter(Boolean);
        send(
          res,
          200,
          keys.map((key) => ({ key, value: settings.get(key) ?? null })),
        );
      }
      return true;
    }
    if (/^\/(data\/)?ping(\/[^/]+)?$/.test(route)) {
      log(200);
      send(res, 200, { ok: true });
      return true;
    }
    if (/^\/projects\/[^/]+\/user-applications$/.test(route)) {
      log(200);
      send(res, 200, []);
      return true;
    }
    // The history of a document: this stand-in keeps none.
    if (/^\/data\/history\/[^/]+\/transactions\//.test(route)) {
      log(200);
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      res.end('');
      return true;
    }
    if (/^\/data\/history\/[^/]+\/events\//.test(route)) {
      log(200);
      send(res, 200, { events: [], nextCursor: '' });
      return true;
    }
    if (/^\/data\/history\/[^/]+\/documents\//.test(route)) {
      log(200);
      send(res, 200, { documents: [] });
      return true;
    }
    return false;
  };

  const handle = async (req: Request, res: Response) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const perspectiveParam = url.searchParams.get('perspective') ?? 'raw';
    const log = (status: number) =>
      requests.push({ method: req.method ?? 'GET', path: url.pathname, perspective: perspectiveParam, status });
    // Image downloads (as from Sanity's image CDN, through SANITY_IMAGE_HOST): the original file
    // beside the dataset, whatever transform is asked for; they never take a simulated failure.
    const image = /^\/images\/[^/]+\/[^/]+\/([a-f0-9]+-\d+x\d+\.[a-z0-9]+)$/i.exec(url.pathname);
    if (image && req.method === 'GET') {
      const body = await readFile(path.join(read.assetBase, 'images', image[1]!)).catch(() => null);
      images.push(url.pathname);
      res.writeHead(body ? 200 : 404, { 'content-type': body ? 'image/png' : 'text/plain' });
      return res.end(body ?? 'Not found');
    }
    if (hanging) return log(0);
    if (raw) {
      log(raw.status ?? 200);
      res.writeHead(raw.status ?? 200, { 'content-type': raw.contentType ?? 'application/json; charset=utf-8' });
      return res.end(raw.body);
    }
    const forced = always ?? queue.shift();
    if (forced !== undefined) {
      log(forced);
      return send(res, forced, { error: { description: `Simulated HTTP ${forced}`, type: 'simulatedError' } });
    }
    if (studio && (await answerStudio(req, res, url, log))) return;
    const match = /^\/v(\d{4}-\d{2}-\d{2}|1)\/data\/query\/([^/]+)$/.exec(url.pathname);
    if (!match) {
      log(404);
      return send(res, 404, { error: 'Not Found', message: `No route ${url.pathname}` });
    }
    if (match[2] !== dataset) {
      log(404);
      return send(res, 404, { error: { description: `Dataset "${match[2]}" not found`, type: 'httpNotFound' } });
    }
    let query: string | null;
    let params: Record<string, unknown> = {};
    if (req.method === 'POST') {
      const body = await jsonBody(req);
      query = (body.query as string | undefined) ?? null;
      params = (body.params as Record<string, unknown> | undefined) ?? {};
    } else {
      query = url.searchParams.get('query');
      params = paramsOf(url);
    }
    if (!query) {
      log(400);
      return send(res, 400, { error: { description: 'Missing query', type: 'queryParseError' } });
    }
    // Sanity's default for API versions from 2025-02-19 on is published; `raw` shows everything.
    const asked = url.searchParams.get('perspective');
    const perspective = asked ? perspectiveOf(asked) : 'published';
    if (!perspective) {
      log(400);
      return send(res, 400, { error: { description: `Unknown perspective "${asked}"`, type: 'validationError' } });
    }
    const started = Date.now();
    try {
      const result = await queryDocuments(
        current.views[perspective],
        rewriteTextQuery(query, params),
        params,
        'sanity-server',
        current.maps[perspective],
      );
      log(200);
      send(res, 200, { result, ms: Date.now() - started, query, syncTags: [LIVE_TAG] });
    } catch (error) {
      log(400);
      send(res, 400, { error: { description: (error as Error).message, type: 'queryParseError' } });
    }
  };

  const respond = (req: Request, res: Response) => {
    if (studio) {
      // The Studio runs on another origin and sends credentials: CORS as Sanity answers it for an allowed origin.
      res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
      res.setHeader('access-control-allow-credentials', 'true');
      res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? '*');
      res.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
      if (req.method === 'OPTIONS') {
        res.writeHead(204);
        res.end();
        return;
      }
    }
    handle(req, res).catch((error) => send(res, 500, { error: { description: String(error) } }));
  };

  const sessions = new Set<Http2Session>();
  const server = options.tls
    ? // Node's default of 10 MB per connection refuses new requests once large answers and open
      // listeners add up, as they do in a Studio that stays open; Sanity's API has no such limit.
      createSecureServer({ ...options.tls, allowHTTP1: true, maxSessionMemory: 256 }, (req, res) =>
        respond(req as unknown as Request, res as unknown as Response),
      ).on('session', (session: Http2Session) => {
        sessions.add(session);
        session.on('close', () => sessions.delete(session));
      })
    : createServer(respond);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `${options.tls ? 'https' : 'http'}://${host}:${port}`;
  if (studio) {
    const assets = imageAssets(lake.all(), baseUrl, options.projectId ?? 'mkb010next', dataset);
    await lake.replaceAll([...lake.all(), ...assets]);
  }
  return {
    url: baseUrl,
    dataset,
    requests,
    images,
    failNext: (statuses) => {
      queue = [...statuses];
    },
    failAlways: (status) => {
      always = status;
    },
    answerRaw: (answer) => {
      raw = answer;
    },
    hang: () => {
      hanging = true;
    },
    reset: () => {
      queue = [];
      always = undefined;
      raw = undefined;
      hanging = false;
    },
    update: (change) => lake.replaceAll(change(lake.all().map((d) => ({ ...d })))),
    document: (id) => lake.get(id),
    close: () =>
      new Promise((resolve) => {
        for (const session of sessions) session.destroy();
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
