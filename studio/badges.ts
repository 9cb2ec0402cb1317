// Document badges: the campaign status line, an overdue guide and a closed scheme, decided by the
// model's rules at the moment the editor looks.
import type { DocumentBadgeComponent, DocumentBadgeDescription } from 'sanity';
import { campaignStatusLine, guideCheckStatus, schemeClosedLine } from './schemaTypes/preview';
import { type DeadlineTiming, isOverdue } from '@mkb010/model';

/** The campaign's status line as a badge, from the version being edited. */
export const campaignBadge: DocumentBadgeComponent = ({ draft, published }): DocumentBadgeDescription => {
  const doc = (draft ?? published ?? {}) as { publishFrom?: string; publishUntil?: string };
  const label = campaignStatusLine({ ...doc, published: Boolean(published) }, new Date());
  return { label, title: label, color: label.startsWith('Nu live') ? 'success' : label.startsWith('Gepland') ? 'primary' : undefined };
};

/** "Controle verlopen sinds …" on a guide whose check-again date has passed. */
export const guideOverdueBadge: DocumentBadgeComponent = ({ draft, published }) => {
  const doc = (draft ?? published ?? {}) as { checkAgainBy?: string };
  if (!doc.checkAgainBy || !isOverdue(doc, new Date())) return null;
  return { label: guideCheckStatus(doc, new Date()), color: 'warning' };
};

/** "Gesloten sinds …" on a scheme whose deadline has passed, "Budget op" on one whose budget is used up. */
export const schemeClosedBadge: DocumentBadgeComponent = ({ draft, published }) => {
  const doc = (draft ?? published ?? {}) as DeadlineTiming;
  const label = schemeClosedLine(doc, new Date());
  return label ? { label, color: 'danger' } : null;
};

/** Extra badges per document type. */
export const BADGES: Record<string, DocumentBadgeComponent[]> = {
  campaign: [campaignBadge],
  guide: [guideOverdueBadge],
  scheme: [schemeClosedBadge],
};
