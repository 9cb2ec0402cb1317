// The tokens in confirmation and unsubscribe links: the subscription's number and an HMAC-SHA256 of
// it and the link's purpose, keyed with SERVICE_SECRET (or, without it, a random key the service
// makes once and keeps in the database). A token cannot be guessed or altered; a forged one is told
// apart from one whose subscription is gone (used, unsubscribed, expired).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Lang, SERVICE_ENDPOINTS } from '@mkb010/model';
import type { Sql } from '../db/database.ts';

/** What a link does. */
export type TokenPurpose = 'confirm' | 'unsubscribe';

/** The signing key: SERVICE_SECRET, or the database's own key (made at the first start). */
export async function signingKey(db: Sql, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db.query(`INSERT INTO service_secret (name, secret) VALUES ('links', $1) ON CONFLICT (name) DO NOTHING`, [
    randomBytes(32).toString('base64url'),
  ]);
  const [row] = await db.query<{ secret: string }>(`SELECT secret FROM service_secret WHERE name = 'links'`);
  return row!.secret;
}

function signature(key: string, purpose: TokenPurpose, id: number): Buffer {
  return createHmac('sha256', key).update(`${purpose}:${id}`).digest();
}

/** The token of a `purpose` link for subscription `id`. */
export function signToken(key: string, purpose: TokenPurpose, id: number): string {
  return `${id}.${signature(key, purpose, id).toString('base64url')}`;
}

/** The subscription a token names, or undefined when it was not signed by us for `purpose`. */
export function verifyToken(key: string, purpose: TokenPurpose, token: unknown): number | undefined {
  if (typeof token !== 'string') return undefined;
  const match = /^([1-9]\d{0,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return undefined;
  const id = Number(match[1]);
  const given = Buffer.from(match[2]!, 'base64url');
  const expected = signature(key, purpose, id);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
}

/** The address of a link in an alert mail, under the service's public address. */
export function alertLink(publicUrl: string, key: string, purpose: TokenPurpose, id: number, lang: Lang): string {
  const endpoint = purpose === 'confirm' ? SERVICE_ENDPOINTS.confirm : SERVICE_ENDPOINTS.unsubscribe;
  return `${publicUrl}${endpoint}?token=${signToken(key, purpose, id)}&lang=${lang}`;
}
