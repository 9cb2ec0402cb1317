import { createElement } from 'react';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';
import { apiHost, dataset, previewBaseUrl, projectId } from './env';
import { presentation } from './presentation';
import { documentTypes, schemaTypes } from './schemaTypes';
import { previewUrl, type LinkableDocument } from './siteUrl';
import { translateAction } from './actions/translate';
import { recordChangeAction } from './actions/recordChange';
import { BADGES } from './badges';
import { GUARDED_ACTIONS, guarded, OwnershipInput } from './components/ownership';
import { structure } from './structure';
import { partnerTemplates } from './structure/templates';
import { isOwnedType } from '@mkb010/model';
import { viewOnSite } from './structure/viewOnSite';
import { reportTool } from './tools/report';
import { renderDateInput } from './components/DutchDateInput';
import { StudioLayout } from './components/StudioLayout';
import { DUTCH_BUNDLES, DUTCH_LOCALE } from './locale';

/** Types editors may not create a second document of. */
const SINGLETONS = new Set(['siteSettings']);

export default defineConfig({
  name: 'default',
  title: 'MKB010>>Next',
  projectId,
  dataset,
  ...(apiHost ? { apiHost } : {}),
  // The Presentation tool only with a preview server to show; without one, "Bekijk op de site" says so.
  plugins: [
    // keepPanesOnCreate: a document made from a list's "+" opens in that list (a partner's own events), not under "Alle …".
    structureTool({ structure, title: 'Inhoud', keepPanesOnCreate: true }),
    DUTCH_LOCALE,
    ...(previewBaseUrl ? [presentation(previewBaseUrl, documentTypes)] : []),
  ],
  // The editor report of `npm run content:report`, as a page in the Studio.
  tools: (prev) => [...prev, reportTool],
  // Sanity's features this project does not use or cannot have on its plan: releases, scheduling
  // (campaigns schedule themselves with "Zichtbaar vanaf/tot"), tasks, comments, announcements and
  // the Media Library. Each would add English, paid-plan buttons beside our own.
  releases: { enabled: false },
  scheduledPublishing: { enabled: false },
  scheduledDrafts: { enabled: false },
  tasks: { enabled: false },
  announcements: { enabled: false },
  mediaLibrary: { enabled: false },
  studio: { components: { layout: StudioLayout } },
  i18n: { bundles: DUTCH_BUNDLES },
  schema: {
    types: schemaTypes,
    // No "new site settings" in the create menu: there is exactly one.
    templates: (templates) => [...templates.filter(({ schemaType }) => !SINGLETONS.has(schemaType)), ...partnerTemplates],
  },
  form: {
    components: {
      // The whole document's form (path []), for types a partner owns: the ownership banner.
      input: (props) =>
        props.path.length === 0 && (isOwnedType(props.schemaType.name) || props.schemaType.name === 'partner')
          ? createElement(OwnershipInput, props)
          : (renderDateInput(props) ?? props.renderDefault(props)),
    },
  },
  document: {
    comments: { enabled: false },
    productionUrl: async (prev, { document }) => previewUrl(document as LinkableDocument) ?? prev,
    actions: (actions, { schemaType }) => {
      const own = SINGLETONS.has(schemaType)
        ? actions.filter(({ action }) => action && ['publish', 'discardChanges', 'restore'].includes(action))
        : actions;
      const checked = own.map((item) => (item.action && GUARDED_ACTIONS.includes(item.action) ? guarded(item) : item));
      // "Wijziging vastleggen" changes the document, so another partner's is off limits as for publishing.
      return [...checked, translateAction, guarded(recordChangeAction), viewOnSite];
    },
    badges: (badges, { schemaType }) => [...badges, ...(BADGES[schemaType] ?? [])],
    // The global "create" menu offers neither the settings nor templates that need a partner.
    newDocumentOptions: (prev, { creationContext }) =>
      creationContext.type === 'global' ? prev.filter((item) => !SINGLETONS.has(item.templateId) && !item.parameters) : prev,
  },
});
