// The Studio's outer layout: marks the page as Dutch, and keeps the site settings' editor lists at
// hand for the ownership rule, which Sanity asks synchronously (a schema type's `readOnly`).
import { Flex, Spinner } from '@sanity/ui';
import { useEffect } from 'react';
import { type LayoutProps, useEditState } from 'sanity';
import type { EditorSettings } from '@mkb010/model';
import { setEditorSettings } from '../ownership-settings';

/** The Studio's layout, shown once the site settings are known. */
export function StudioLayout(props: LayoutProps) {
  const { published, ready } = useEditState('siteSettings', 'siteSettings');
  // Sanity's page says lang="en" in its HTML; everything an editor reads here is Dutch.
  useEffect(() => {
    document.documentElement.lang = 'nl';
  }, []);
  if (ready) setEditorSettings((published as EditorSettings | null) ?? null);
  if (!ready) {
    return (
      <Flex align="center" justify="center" height="fill">
        <Spinner muted />
      </Flex>
    );
  }
  return props.renderDefault(props);
}
