// Document badges: what the site shows of a campaign, an overdue guide and a closed scheme, decided by the
// model's rules at the moment the editor looks.
import type { DocumentBadgeComponent, DocumentBadgeDescription } from 'sanity';
import { campaignStatusTone } from '@mkb010/content/status';
import { campaignSiteStatus, campaignStatusLine, guideCheckStatus, schemeClosedLine } from './schemaTypes/preview';
import { type DeadlineTiming, isOverdue, type PublishWindow } from '@mkb010/model';

/** The badge colour of each status tone. */
const BADGE_COLOR = { positive: 'success', primary: 'primary', critical: 'danger', default: undefined } as const;

/** The campaign's site status as a badge; its tooltip adds what the draft would change. */
export const campaignBadge: DocumentBadgeComponent = ({ draft, published }): DocumentBadgeDescription => {
  const versions = { draft: draft as PublishWindow | null, published: published as PublishWindow | null };
  const now = new Date();
  return {
    label: campaignSiteStatus(versions.published, now),
    title: campaignStatusLine(versions, now),
    color: BADGE_COLOR[campaignStatusTone(versions, now)],
  };
};

/** "Controle verlopen sinds …" on a guide whose published check-again date has passed (its draft until first published). */
export const guideOverdueBadge: DocumentBadgeComponent = ({ draft, published }) => {
  const doc = (published ?? draft ?? {}) as { checkAgainBy?: string };
  if (!doc.checkAgainBy || !isOverdue(doc, new Date())) return null;
  return { label: guideCheckStatus(doc, new Date()), color: 'warning' };
};

/**
 * "Gesloten sinds …" on a scheme whose published deadline has passed, "Budget op" on one whose
 * published budget is used up (its draft until first published).
 */
export const schemeClosedBadge: DocumentBadgeComponent = ({ draft, published }) => {
  const doc = (published ?? draft ?? {}) as DeadlineTiming;
  const label = schemeClosedLine(doc, new Date());
  return label ? { label, color: 'danger' } : null;
};

/** Extra badges per document type. */
export const BADGES: Record<string, DocumentBadgeComponent[]> = {
  campaign: [campaignBadge],
  guide: [guideOverdueBadge],
  scheme: [schemeClosedBadge],
};
