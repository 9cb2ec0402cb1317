// The Node-only entry, `@mkb010/content/source`: where content comes from (a dataset file, also a
// `sanity dataset export` archive, or the Content Lake) and loading it the way the build does.
// Kept apart from the pure modules so the Studio's bundle never sees `node:` imports.
export { type RawDocument, readDataset } from './dataset-file.ts';
export { loadEditorReport } from './editor-report-load.ts';
export { idMap, queryDocuments } from './file-source.ts';
export { loadContent } from './load.ts';
export { DEFAULT_CONTENT_FILE, openContentSource, type SourceOptions } from './open-source.ts';
