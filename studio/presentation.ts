// The Presentation tool: the live preview server (SANITY_STUDIO_PREVIEW_URL) beside the document
// being edited, and for each document the pages it appears on.
import type { DocumentDefinition } from 'sanity';
import { presentationTool } from 'sanity/presentation';
import { documentLocations } from './locations';

/** The Presentation tool for the preview server at `origin`, with locations for `types`. */
export function presentation(origin: string, types: DocumentDefinition[]) {
  return presentationTool({
    title: 'Voorbeeld',
    previewUrl: { initial: origin },
    allowOrigins: [new URL(origin).origin],
    resolve: { locations: documentLocations(types) },
  });
}
