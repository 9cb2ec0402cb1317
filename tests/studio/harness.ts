// Runs the Studio's own validation outside the Studio: the workspace is built from the real
// studio/sanity.config.ts (schema, plugins, the Dutch locale), and documents are validated the way the
// Studio's form does (`validateDocument` from `sanity`, environment "studio"). The command-line
// validator differs: it turns rules on object fields (slug, image, localeString, event location) into
// warnings and answers built-in rules in English, so messages editors see would go unchecked.
// Custom rules that query the dataset (slug uniqueness, translation links) get a client whose
// `fetch` evaluates the GROQ with groq-js over an in-memory set of documents, so those rules run
// for real against the same documents an import would create.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from '@sanity/client';
import type { DocumentValidationMarker, ValidationClient } from '@sanity/validation';
import { evaluate, parse } from 'groq-js';
import { createWorkspaceFromConfig, validateDocument, type SanityClient, type SingleWorkspace, type Workspace } from 'sanity';
import config from '../../studio/sanity.config';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The seed dataset file and the folder its images lie in. */
export const SEED_FILE = process.env.STUDIO_SEED_FILE
  ? path.resolve(process.env.STUDIO_SEED_FILE)
  : path.join(ROOT, 'studio/seed/data.ndjson');
export const SEED_DIR = path.dirname(SEED_FILE);

/** A document as stored: any fields, plus the system fields validation needs. */
export type Doc = { _id: string; _type: string; [field: string]: unknown };

/** The editor the test workspace runs as. */
export const TEST_USER = { id: 'p-test-editor', name: 'Test Redacteur', email: 'redacteur@example.org', role: 'editor', roles: [] };

let workspace: Promise<Workspace> | undefined;

/**
 * The Studio workspace of studio/sanity.config.ts, resolved once. Its own client points at an
 * address nothing listens on: validation gets the dataset client below, and nothing else is asked.
 */
export function studioWorkspace(): Promise<Workspace> {
  const offline = createClient({
    projectId: 'mkb010next',
    dataset: 'production',
    apiVersion: '2025-02-19',
    useCdn: false,
    apiHost: 'http://127.0.0.1:9',
    useProjectHostname: false,
  });
  workspace ??= createWorkspaceFromConfig({
    ...(config as SingleWorkspace),
    currentUser: TEST_USER,
    getClient: () => offline as unknown as SanityClient,
  });
  return workspace;
}

/** The compiled Studio schema (the workspace's). */
export async function studioSchema() {
  return (await studioWorkspace()).schema;
}

/** A client stub whose `fetch` runs GROQ over `docs` with groq-js. */
export function datasetClient(docs: Doc[]): ValidationClient {
  const client = {
    async fetch(query: string, params: Record<string, unknown> = {}) {
      const tree = parse(query, { params });
      return (await evaluate(tree, { dataset: docs, params })).get();
    },
    getDataUrl: (operation: string) => `memory://${operation}`,
    observable: {
      fetch: () => {
        throw new Error('observable.fetch is not available in the test dataset client');
      },
      request: () => {
        throw new Error('observable.request is not available in the test dataset client');
      },
    },
    withConfig: () => client,
  };
  return client as unknown as ValidationClient;
}

/** Validates one document with the Studio schema, against the other documents in `docs`. */
export async function validate(doc: Doc, docs: Doc[] = [doc]): Promise<DocumentValidationMarker[]> {
  const ids = new Set(docs.map((d) => d._id));
  const client = datasetClient(docs);
  return validateDocument({
    document: { _createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', _rev: 'test', ...doc },
    workspace: await studioWorkspace(),
    getClient: () => client as unknown as SanityClient,
    getDocumentExists: async ({ id }) => ids.has(id) || ids.has(id.replace(/^drafts\./, '')) || isImportedAsset(id),
    environment: 'studio',
  });
}

/** Image asset ids the tests treat as uploaded (those of files that exist beside the seed). */
const importedAssets = new Set<string>();

function isImportedAsset(id: string): boolean {
  return importedAssets.has(id);
}

/** Registers an image asset id as uploaded, for documents built in tests. */
export function registerAsset(id: string): void {
  importedAssets.add(id);
}

/**
 * Turns Sanity's export form of an image (`_sanityAsset: 'image@file://./images/<sha1>-<w>x<h>.<ext>'`)
 * into what `sanity dataset import` stores (`asset: {_ref: 'image-<sha1>-<w>x<h>-<ext>'}`),
 * after checking that the file is there. Returns the problems found (missing files).
 */
export function importImages(value: unknown, problems: string[], where: string): unknown {
  if (Array.isArray(value)) return value.map((item) => importImages(item, problems, where));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === '_sanityAsset' && typeof child === 'string') {
      const match = /^image@file:\/\/(.+\/)?([0-9a-f]+-\d+x\d+)\.(\w+)$/.exec(child);
      const file = path.resolve(SEED_DIR, child.replace(/^image@file:\/\//, ''));
      if (!match || !existsSync(file)) {
        problems.push(`${where}: image ${child} is not a file beside data.ndjson`);
        continue;
      }
      const id = `image-${match[2]}-${match[3]}`;
      registerAsset(id);
      out.asset = { _type: 'reference', _ref: id };
    } else {
      out[key] = importImages(child, problems, where);
    }
  }
  return out;
}

/** Reads the seed dataset; throws a readable error when it is missing or not valid NDJSON. */
export function readSeed(): Doc[] {
  if (!existsSync(SEED_FILE)) {
    throw new Error(`The seed dataset ${path.relative(ROOT, SEED_FILE)} does not exist. Build it with "npm run seed".`);
  }
  return readFileSync(SEED_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as Doc;
      } catch {
        throw new Error(`${path.relative(ROOT, SEED_FILE)} line ${i + 1} is not valid JSON.`);
      }
    });
}

/** A marker as one readable line: "path: message". */
export function describe(marker: DocumentValidationMarker): string {
  const where = marker.path
    .map((seg) => (typeof seg === 'object' && seg && '_key' in seg ? `[_key=="${seg._key}"]` : String(seg)))
    .join('.');
  return `${where} (${marker.level}): ${marker.message}`;
}
