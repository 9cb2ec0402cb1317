// The Sanity API version every client of this project speaks: the build's Content Lake source, the
// Studio's own clients (desk lists, validation, the Redactierapport) and the tests' stand-in.

/** The API version the queries are written against; pinned so a Sanity release never changes a build or the Studio. */
export const SANITY_API_VERSION = '2025-02-19';
