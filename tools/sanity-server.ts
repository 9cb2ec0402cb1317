// A local stand-in for Sanity's query API (GET and POST /v{apiVersion}/data/query/{dataset}),
// answering from a dataset file with groq-js, so the real @sanity/client can be pointed at it
// through SANITY_API_HOST. It can be told to fail, to show how builds cope with a flaky Content Lake.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { applyPerspective } from '@mkb010/content/perspective';
import { idMap, queryDocuments, type RawDocument, readDataset } from '@mkb010/content/source';

export interface SanityServer {
  /** Value for SANITY_API_HOST, e.g. http://127.0.0.1:40123 */
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
  /** Changes the stored documents (as an editor's mutation would); later queries see the result. */
  update(change: (documents: RawDocument[]) => RawDocument[]): void;
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

/** Starts the server on a free loopback port. */
export async function startSanityServer(options: SanityServerOptions): Promise<SanityServer> {
  const dataset = options.dataset ?? 'production';
  const read = await readDataset(options.file);
  let all = asImported(read.documents);
  const viewsOf = (documents: RawDocument[]) => ({
    published: applyPerspective(documents, 'published'),
    drafts: applyPerspective(documents, 'drafts'),
    raw: documents,
  });
  let views = viewsOf(all);
  const mapsOf = (v: typeof views) => ({ published: idMap(v.published), drafts: idMap(v.drafts), raw: idMap(v.raw) });
  let maps = mapsOf(views);
  let queue: number[] = [];
  let always: number | undefined;
  let raw: RawAnswer | undefined;
  let hanging = false;
  const requests: SanityServer['requests'] = [];
  const images: string[] = [];

  const studio = options.studio;
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };

  /**
   * What a Studio asks besides queries, answered as Sanity's API answers it. Returns false for
   * anything else (queries are answered below, unknown paths get a logged 404).
   */
  const answerStudio = (res: ServerResponse, url: URL, log: (status: number) => void): boolean => {
    const user = studio!.user;
    const route = url.pathname.replace(/^\/v(\d{4}-\d{2}-\d{2}|\d+)(?=\/)/, '');
    if (route === '/users/me' || route === '/auth/id') {
      log(200);
      send(res, 200, {
        ...user,
        profileImage: null,
        role: 'administrator',
        roles: ADMINISTRATOR,
        provider: 'sanity',
      });
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
        members: [
          {
            id: user.id,
            role: 'administrator',
            roles: ADMINISTRATOR,
            isCurrentUser: true,
            isRobot: false,
          },
        ],
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
      const found = ids.map((id) => maps.raw.get(id)).filter(Boolean);
      send(res, 200, { documents: found, omitted: ids.filter((id) => !maps.raw.get(id)).map((id) => ({ id, reason: 'existence' })) });
      return true;
    }
    if (/^\/data\/listen\//.test(route)) {
      log(200);
      // A listener that welcomes and hangs up, asking to come back in a minute: nobody else edits in a
      // test, and an open stream per listener would use up the browser's six connections to this
      // HTTP/1.1 host (Sanity's own API speaks HTTP/2), stalling every later request.
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.end(`retry: 60000\nevent: welcome\ndata: ${JSON.stringify({ listenerName: 'stand-in' })}\n\n`);
      return true;
    }
    return false;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
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
    if (studio && answerStudio(res, url, log)) return;
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
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      query = body.query ?? null;
      params = body.params ?? {};
    } else {
      query = url.searchParams.get('query');
      for (const [k, v] of url.searchParams) if (k.startsWith('$')) params[k.slice(1)] = JSON.parse(v);
    }
    if (!query) {
      log(400);
      return send(res, 400, { error: { description: 'Missing query', type: 'queryParseError' } });
    }
    // Sanity's default for API versions from 2025-02-19 on is published; `raw` shows everything.
    const perspective = (url.searchParams.get('perspective') ?? 'published') as keyof typeof views;
    if (!(perspective in views)) {
      log(400);
      return send(res, 400, { error: { description: `Unknown perspective "${perspective}"`, type: 'validationError' } });
    }
    const started = Date.now();
    try {
      const result = await queryDocuments(views[perspective], query, params, 'sanity-server', maps[perspective]);
      log(200);
      send(res, 200, { result, ms: Date.now() - started, query });
    } catch (error) {
      log(400);
      send(res, 400, { error: { description: (error as Error).message, type: 'queryParseError' } });
    }
  };

  const server: Server = createServer((req, res) => {
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
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
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
    update: (change) => {
      all = change(all);
      views = viewsOf(all);
      maps = mapsOf(views);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
