import { EarthGlobeIcon } from '@sanity/icons/EarthGlobe';
import type { DocumentActionComponent } from 'sanity';
import { previewUrl, type LinkableDocument } from '../siteUrl';

/** Document action "Bekijk op de site": opens the document's page on the preview site in a new tab. */
export const viewOnSite: DocumentActionComponent = (props) => {
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
