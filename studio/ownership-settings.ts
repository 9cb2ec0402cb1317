// Who edits for which partner (site settings → Redacteuren per partner), kept for the ownership
// rule. Sanity asks a schema type's `readOnly` synchronously, without a client, so the Studio's
// layout (components/StudioLayout.tsx) loads the settings before any form opens and keeps them current.
import type { ConditionalPropertyCallbackContext } from 'sanity';
import { type EditorSettings, foreignOwner } from '@mkb010/model';

let settings: EditorSettings | null = null;

/** Replaces the editor lists the ownership rule reads. */
export function setEditorSettings(next: EditorSettings | null): void {
  settings = next;
}

/**
 * A document type's `readOnly`: true on another partner's document for an editor listed under a
 * partner (the model's ownership rule); the comms team and unlisted users may edit everything.
 */
export function ownedReadOnly({ document, currentUser }: ConditionalPropertyCallbackContext): boolean {
  const doc = document as { _id?: string; _type: string } | undefined;
  return Boolean(doc?._type && foreignOwner(doc, currentUser, settings));
}
