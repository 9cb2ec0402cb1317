// Every schema type of the Studio: documents first, then the shapes they share.
import { withExistingDates } from './dates';
import { campaign } from './documents/campaign';
import { withWritingCheck } from './fields';
import { event } from './documents/event';
import { guide } from './documents/guide';
import { impactReport } from './documents/impactReport';
import { page } from './documents/page';
import { partner } from './documents/partner';
import { scheme } from './documents/scheme';
import { siteSettings } from './documents/siteSettings';
import { story } from './documents/story';
import { blockContent } from './objects/blockContent';
import { callout } from './objects/callout';
import { campaignSectionTypes } from './objects/campaignSections';
import { eventLocation } from './objects/eventLocation';
import { impactFigure } from './objects/impactFigure';
import { localeBlockContent } from './objects/localeBlockContent';
import { localeString } from './objects/localeString';
import { localeText } from './objects/localeText';
import { navItem } from './objects/navItem';
import { step } from './objects/step';
import { synonymGroup } from './objects/synonymGroup';
import { changeEntry } from './lifecycle';

/** Document types, in the order the Studio lists them; those with pages get the writing check. */
export const documentTypes = withExistingDates([guide, story, event, scheme, partner, campaign, page, impactReport, siteSettings]).map(
  withWritingCheck,
);

/** All schema types. */
export const schemaTypes = [
  ...documentTypes,
  ...withExistingDates([
    localeString,
    localeText,
    localeBlockContent,
    blockContent,
    callout,
    step,
    eventLocation,
    navItem,
    impactFigure,
    synonymGroup,
    changeEntry,
    ...campaignSectionTypes,
  ]),
];
