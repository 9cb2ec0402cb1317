// The Presentation tool ("Voorbeeld"): the live preview server (SANITY_STUDIO_PREVIEW_URL) beside the
// document being edited, and for each document the pages it appears on. The Studio and the preview
// live on different sites, where a frame gets no password prompt, so the preview is opened the
// Sanity way: the Studio writes a short-lived secret to the dataset and opens the preview server's
// enable address with it; the server checks the secret with its read token and answers with its own
// preview session cookie (docs/preview.md).
import type { DocumentDefinition } from 'sanity';
import { presentationTool } from 'sanity/presentation';
import { PREVIEW_PATHS } from '@mkb010/model';
import { documentLocations } from './locations';

/** The Presentation tool for the preview server at `origin`, with locations for `types`. */
export function presentation(origin: string, types: DocumentDefinition[]) {
  return presentationTool({
    title: 'Voorbeeld',
    previewUrl: { initial: origin, previewMode: { enable: PREVIEW_PATHS.enable, shareAccess: false } },
    allowOrigins: [new URL(origin).origin],
    resolve: { locations: documentLocations(types) },
  });
}
