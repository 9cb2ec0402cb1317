// Who answers an entrepreneur's question about a page: the partner that owns its document (the
// model's ownership rule, as the service routes it), else the programme. The form names them; a
// build without the service shows their contact details instead.
import { ownerIds } from '@mkb010/model';
import type { IntakeRecipient } from '../components/forms/IntakeForm.astro';
import type { SiteData } from './site-data.ts';

/** The programme's own name, as the footer and the service's mails call it. */
const PROGRAMME = 'MKB010>>Next';

/** Returns who answers questions about `doc` (or about the programme, without a document). */
export function intakeRecipient(content: SiteData, doc?: { _id: string; _type: string; [field: string]: unknown }): IntakeRecipient {
  const ownerId = doc ? ownerIds(doc)[0] : undefined;
  const partner = ownerId ? content.partners.find((p) => p._id === ownerId) : undefined;
  if (partner) return { name: partner.name, email: partner.contact?.email, phone: partner.contact?.phone };
  const contact = content.settings?.contact;
  return { name: PROGRAMME, email: contact?.email, phone: contact?.phone };
}
