// The Hulpwijzer's district stylesheet as a CSS module Vite bundles like any other stylesheet
// (`import 'virtual:mkb010/finder-districts.css'`), written from the model's district list, so no
// district is named in a CSS file by hand and no page needs an inline style. The routes
// integration adds it, so every build that has the finder pages (public and preview) has it.
import type { Plugin } from 'vite';
import { districtStylesheet } from '../components/finder/district-choice.ts';

const ID = 'virtual:mkb010/finder-districts.css';
const RESOLVED = `\0${ID}`;

/** The Vite plugin that serves the district stylesheet. */
export function finderDistrictsCss(): Plugin {
  return {
    name: 'mkb010-finder-districts-css',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? districtStylesheet() : undefined),
  };
}
