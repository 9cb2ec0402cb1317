// Project settings from the environment, with defaults that let `sanity build`, `schemas validate`
// and `typegen` run offline. The default project id is a harmless placeholder: nothing is fetched
// until an editor opens the Studio against a real project.

/** The Sanity project id (SANITY_STUDIO_PROJECT_ID). */
export const projectId = process.env.SANITY_STUDIO_PROJECT_ID || 'mkb010next';

/** The dataset (SANITY_STUDIO_DATASET). */
export const dataset = process.env.SANITY_STUDIO_DATASET || 'production';

/**
 * Base URL of the live preview server (SANITY_STUDIO_PREVIEW_URL, e.g. https://voorbeeld.example.nl),
 * or undefined: then the Studio says the preview is not set up instead of guessing an address.
 */
export const previewBaseUrl: string | undefined = process.env.SANITY_STUDIO_PREVIEW_URL?.trim() || undefined;

/**
 * Another Sanity API host (SANITY_STUDIO_API_HOST), or undefined for Sanity's own. Only the browser
 * test of the built Studio sets it, to the local stand-in (tools/sanity-server.ts); see studio/README.md.
 */
export const apiHost: string | undefined = process.env.SANITY_STUDIO_API_HOST?.trim() || undefined;

/**
 * The service whose read API the Redactierapport asks for what entrepreneurs said
 * (SANITY_STUDIO_SERVICE_URL); undefined: the tool does not ask. The token is never built in: the
 * editor pastes it, and it stays in the browser tab (sessionStorage).
 */
export const serviceUrl: string | undefined = process.env.SANITY_STUDIO_SERVICE_URL?.trim() || undefined;
