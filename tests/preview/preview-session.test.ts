// The preview handshake of the Studio's Voorbeeld tool, against the stand-in for Sanity's API with
// the real clients: the Studio's secret (written the way Presentation writes it) opens a preview
// session whose cookie works in a cross-site frame; a wrong secret, a forged or expired cookie do
// not; and the public site never carries the visual-editing script.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createClient } from '@sanity/client';
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PREVIEW_PATHS } from '@mkb010/model';
import { enablePreview, hasSession, issueSession, SESSION_COOKIE } from '../../src/preview/preview-session.ts';
import { startSanityServer, type SanityServer } from '../../tools/sanity-server.ts';
import { ROOT } from '../helpers/build.ts';
import { seedSite } from '../setup/seed-site.ts';

let api: SanityServer;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  api = await startSanityServer({
    file: path.join(ROOT, 'studio/seed/data.ndjson'),
    studio: { user: { id: 'p-editor', name: 'Redacteur', email: 'redacteur@example.org' } },
  });
  env = { SANITY_PROJECT_ID: 'mkb010next', SANITY_DATASET: 'production', SANITY_API_HOST: api.url, SANITY_API_READ_TOKEN: 'sk-test' };
});

afterAll(async () => {
  await api?.close();
});

/** The enable address as Presentation opens it, for `secret` and the page the editor is on. */
function enableUrl(secret: string, page = '/gidsen/circulair-ontwerpen/'): string {
  const url = new URL(PREVIEW_PATHS.enable, 'https://voorbeeld.example.nl');
  url.searchParams.set('sanity-preview-secret', secret);
  url.searchParams.set('sanity-preview-perspective', 'drafts');
  url.searchParams.set('sanity-preview-pathname', page);
  return url.href;
}

test('the Studio’s secret opens a session: a cookie for a cross-site frame, and a redirect to the page', async () => {
  // As the Studio writes it (sanity/presentation's create-preview-secret), through the Studio's client.
  const studioClient = createClient({
    projectId: 'mkb010next',
    dataset: 'production',
    apiHost: api.url,
    useProjectHostname: false,
    apiVersion: '2025-02-19',
    useCdn: false,
    token: 'studio-session',
  });
  const { secret } = await createPreviewSecret(studioClient, 'sanity/presentation', 'http://127.0.0.1:3333/presentation', 'p-editor');
  const answer = await enablePreview(new Request(enableUrl(secret)), env);
  expect(answer.status).toBe(307);
  expect(answer.headers.get('location')).toBe('/gidsen/circulair-ontwerpen/?sanity-preview-perspective=drafts');
  const cookie = answer.headers.get('set-cookie')!;
  expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[^;]+; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=None; Partitioned$`));
  const value = cookie.split(';')[0]!;
  expect(hasSession(value)).toBe(true);
  expect(hasSession(`other=1; ${value}`)).toBe(true);
});

test('a wrong secret, another site as the place to go, or no Sanity project gets no session', async () => {
  const wrong = await enablePreview(new Request(enableUrl('geen-geldige-sleutel')), env);
  expect(wrong.status).toBe(401);
  expect(await wrong.text()).toMatch(
    /^Deze link naar het voorbeeld is ongeldig of verlopen\. Open het voorbeeld opnieuw vanuit de Studio\./,
  );
  expect(wrong.headers.get('set-cookie')).toBeNull();

  const studioClient = createClient({
    projectId: 'mkb010next',
    dataset: 'production',
    apiHost: api.url,
    useProjectHostname: false,
    apiVersion: '2025-02-19',
    useCdn: false,
    token: 'studio-session',
  });
  const { secret } = await createPreviewSecret(studioClient, 'sanity/presentation', 'http://127.0.0.1:3333/presentation');
  const elsewhere = await enablePreview(new Request(enableUrl(secret, '//evil.example/')), env);
  expect(new URL(elsewhere.headers.get('location')!, 'https://voorbeeld.example.nl').host).toBe('voorbeeld.example.nl');

  const fileOnly = await enablePreview(new Request(enableUrl(secret)), {});
  expect(fileOnly.status).toBe(503);
  expect(await fileOnly.text()).toContain('SANITY_PROJECT_ID en SANITY_API_READ_TOKEN');
});

test('a forged, altered or expired session cookie is not a session', () => {
  const value = issueSession();
  expect(hasSession(`${SESSION_COOKIE}=${value}`)).toBe(true);
  const [expires] = value.split('.');
  expect(hasSession(`${SESSION_COOKIE}=${Number(expires) + 1000}.${value.split('.')[1]}`)).toBe(false);
  expect(hasSession(`${SESSION_COOKIE}=${expires}.AAAA`)).toBe(false);
  expect(hasSession(`${SESSION_COOKIE}=${value}`, Number(expires) + 1)).toBe(false);
  expect(hasSession(null)).toBe(false);
});

test('the public site carries no visual-editing script and no preview address', async () => {
  const { outDir } = await seedSite();
  const found: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(file);
      else if (/\.(html|js|css|xml|json)$/.test(entry.name) && (await readFile(file, 'utf8')).includes('/_preview/')) found.push(file);
    }
  };
  await walk(outDir);
  expect(found).toEqual([]);
});
