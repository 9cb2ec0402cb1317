// The Hulpwijzer's district stylesheet as a CSS module Vite bundles like any other stylesheet
// (`import 'virtual:mkb010/finder-districts.css'`), written from the model's district list, so no
// district is named in a CSS file by hand and no page needs an inline style.
import type { AstroIntegration } from 'astro';
import { districtStylesheet } from '../components/finder/district-choice.ts';

const ID = 'virtual:mkb010/finder-districts.css';
const RESOLVED = `\0${ID}`;

/** The Astro integration that serves the district stylesheet to Vite. */
export default function finderStyles(): AstroIntegration {
  return {
    name: 'mkb010-finder-styles',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mkb010-finder-districts-css',
                resolveId: (id) => (id === ID ? RESOLVED : undefined),
                load: (id) => (id === RESOLVED ? districtStylesheet() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
