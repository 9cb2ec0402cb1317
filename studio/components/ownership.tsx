// The ownership guard in the Studio: on another partner's document a banner, and publish, unpublish,
// delete, duplicate, translate and "Wijziging vastleggen" turned off for its editors (the form itself is read-only through
// the type's `readOnly`, ownership-settings.ts). Not security: see studio/README.md.
import { Card, Stack, Text } from '@sanity/ui';
import { type DocumentActionComponent, type DocumentActionProps, type InputProps, useCurrentUser, useEditState } from 'sanity';
import { type EditorSettings, foreignOwner } from '@mkb010/model';

/** The banner and button text for a document that belongs to another partner. */
export function foreignOwnerMessage(partnerName: string): string {
  return `Dit is van ${partnerName}; vraag de redactie om een wijziging.`;
}

type Doc = { _id?: string; _type: string; [field: string]: unknown };

/** The message for the current user about `doc`, or undefined when the user may change it. */
export function useForeignOwnerMessage(doc: Doc | null | undefined): string | undefined {
  const user = useCurrentUser();
  const settings = useEditState('siteSettings', 'siteSettings').published as EditorSettings | null;
  const owner = foreignOwner(doc, user, settings);
  const partner = useEditState(owner ?? 'geen-partner', 'partner').published as { name?: string } | null;
  return owner ? foreignOwnerMessage(partner?.name ?? owner) : undefined;
}

/** Wrapped actions, one per original, so React sees the same component on every render. */
const wrapped = new WeakMap<DocumentActionComponent, DocumentActionComponent>();

/** Wraps one of Sanity's document actions so it is disabled on another partner's document. */
export function guarded(action: DocumentActionComponent): DocumentActionComponent {
  const known = wrapped.get(action);
  if (known) return known;
  // biome-ignore lint/correctness/noComponentHookFactories: wrapping a built-in action is Sanity's documented pattern; the WeakMap keeps one wrapper per action.
  const Guarded: DocumentActionComponent = (props: DocumentActionProps) => {
    const description = action(props);
    const message = useForeignOwnerMessage((props.draft ?? props.published) as Doc | null);
    if (!description || !message) return description;
    return { ...description, disabled: true, title: message };
  };
  Guarded.action = action.action;
  Guarded.displayName = `Guarded(${action.displayName ?? action.action ?? 'action'})`;
  wrapped.set(action, Guarded);
  return Guarded;
}

/** Sanity's actions the guard turns off. */
export const GUARDED_ACTIONS = ['publish', 'unpublish', 'delete', 'duplicate'];

/** The document form with a banner above it when the document belongs to another partner. */
export function OwnershipInput(props: InputProps) {
  const message = useForeignOwnerMessage(props.value as Doc | undefined);
  if (!message) return props.renderDefault(props);
  return (
    <Stack gap={4}>
      <Card padding={3} radius={2} tone="caution" border role="status">
        <Text size={1}>{message}</Text>
      </Card>
      {props.renderDefault(props)}
    </Stack>
  );
}
