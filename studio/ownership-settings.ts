// Who edits for which partner (site settings → Redacteuren per partner), kept for the ownership
// rule. Sanity asks a schema type's `readOnly` synchronously, without a client, so the Studio's
// layout (components/StudioLayout.tsx) loads the settings before any form or desk opens and keeps
// them current. The desk reads them too, to open "Mijn organisatie" on the editor's own partner.
import type { ConditionalPropertyCallbackContext } from 'sanity';
import { type EditorSettings, foreignOwner } from '@mkb010/model';

let settings: EditorSettings | null = null;

/** The editor lists as last loaded (null before they are, or without site settings). */
export function editorSettings(): EditorSettings | null {
  return settings;
}

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
