// Every schema type of the Studio: documents first, then the shapes they share.
import { isOwnedType } from '@mkb010/model';
import { ownedReadOnly } from '../ownership-settings';
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

/** A partner's document type, read-only for editors of another partner (the model's ownership rule). */
function owned<T extends { name: string }>(type: T): T {
  return isOwnedType(type.name) || type.name === 'partner' ? { ...type, readOnly: ownedReadOnly } : type;
}

/**
 * Document types, in the order the Studio lists them; those with pages get the writing check, and a
 * partner's types are read-only for editors of another partner.
 */
export const documentTypes = withExistingDates([guide, story, event, scheme, partner, campaign, page, impactReport, siteSettings])
  .map(withWritingCheck)
  .map(owned);

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
