// "New document" templates for a partner's own lists in the desk (Mijn organisatie → X → Gidsen → +):
// the new document starts with that partner as its owner, so it shows up in the list it was made in.
import type { Template } from 'sanity';
import { OWNER_FIELDS, ownerValue, type OwnedType } from '@mkb010/model';

/** Dutch titles of the templates, per type. */
const TITLES: Record<OwnedType, string> = {
  guide: 'Gids van deze organisatie',
  story: 'Succesverhaal van deze organisatie',
  event: 'Evenement van deze organisatie',
  scheme: 'Regeling van deze organisatie',
  impactReport: 'Impactrapportage van deze organisatie',
};

/** The id of the template that creates a `type` owned by a given partner. */
export function partnerTemplateId(type: OwnedType): string {
  return `${type}-van-partner`;
}

/** One template per owned type, taking the partner's id as the parameter `partnerId`. */
export const partnerTemplates: Template[] = (Object.keys(OWNER_FIELDS) as OwnedType[]).map((type) => ({
  id: partnerTemplateId(type),
  title: TITLES[type],
  schemaType: type,
  parameters: [{ name: 'partnerId', title: 'Partner', type: 'string' }],
  value: (params: { partnerId: string }) => ownerValue(type, params.partnerId),
}));
