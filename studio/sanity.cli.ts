import { defineCliConfig } from 'sanity/cli';
import { dataset, projectId } from './env';

export default defineCliConfig({
  api: { projectId, dataset },
  schemaExtraction: { path: './schema.json' },
  typegen: {
    // The site's GROQ queries (defineQuery) and where their result types go.
    path: '../content/src/queries.ts',
    schema: './schema.json',
    generates: '../content/src/sanity.types.ts',
    overloadClientMethods: false,
  },
  deployment: { autoUpdates: false },
});
