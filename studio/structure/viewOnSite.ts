import { EarthGlobeIcon } from '@sanity/icons/EarthGlobe';
import type { DocumentActionComponent } from 'sanity';
import { previewBaseUrl } from '../env';
import { previewUrl, type LinkableDocument } from '../siteUrl';

/**
 * Document action "Bekijk op de site": opens the document's page, with its drafts, on the live
 * preview server in a new tab. A Studio built without SANITY_STUDIO_PREVIEW_URL says so here.
 */
export const viewOnSite: DocumentActionComponent = (props) => {
  if (!previewBaseUrl) {
    return {
      label: 'Bekijk op de site: voorbeeldserver niet ingesteld',
      icon: EarthGlobeIcon,
      title:
        'Deze Studio is gebouwd zonder SANITY_STUDIO_PREVIEW_URL. Vraag de beheerder de voorbeeldserver in te stellen (zie studio/README.md).',
      disabled: true,
    };
  }
  const doc = (props.draft ?? props.published) as LinkableDocument | null;
  const url = doc ? previewUrl(doc) : undefined;
  return {
    label: 'Bekijk op de site',
    icon: EarthGlobeIcon,
    title: url ? `Opent ${url}` : 'Vul eerst een slug in; dan heeft dit document een pagina.',
    disabled: !url,
    onHandle: () => {
      if (url) window.open(url, '_blank', 'noopener');
      props.onComplete();
    },
  };
};
