// The small dataset the content tests use (tests/fixtures/content/, made by make-fixture.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fixture dataset file. */
export const FIXTURE = fileURLToPath(new URL('../fixtures/content/site.ndjson', import.meta.url));
/** A moment at which one campaign is live and another is still scheduled. */
export const FIXTURE_NOW = '2026-03-01T12:00:00.000Z';
/** Folder of the fixture's image files. */
export const FIXTURE_IMAGES = path.join(path.dirname(FIXTURE), 'images');
