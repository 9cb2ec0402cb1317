// Where an intake request goes, decided from published content and never from the form: the
// document's owner partner (the model's ownership rule) at its intake address, else the
// programme's contact. A small interface, so the HTTP side does not care where content comes from.
import { type Bilingual, ownerIds } from '@mkb010/model';

/** Who receives a request. */
export interface Recipient {
  /** The owning partner's published id; null for the programme contact. */
  partnerId: string | null;
  /** The name the entrepreneur's confirmation mentions. */
  name: string;
  address: string;
}

/** A request's route: its recipient, and the title of the document it was asked about. */
export interface IntakeRoute {
  recipient: Recipient;
  docTitle?: Bilingual;
}

/** Routes intake requests. */
export interface Directory {
  route(docId: string | undefined): Promise<IntakeRoute>;
}

/** A partner as routing needs it. */
export interface RoutingPartner {
  _id: string;
  name: string;
  intakeEmail?: string;
  contactEmail?: string;
}

/** A published document as routing needs it: its type, owner field and title. */
export interface RoutingDoc {
  _id: string;
  _type: string;
  title?: Bilingual;
  [field: string]: unknown;
}

/** What routing reads from published content. */
export interface RoutingContent {
  partners: RoutingPartner[];
  docs: RoutingDoc[];
  programme: { name: string; address: string };
}

/**
 * The route of a request about `docId` in `content`: the first owner partner with an intake
 * address; otherwise the programme contact (also for an unknown or unowned document), named as
 * such in the confirmation.
 */
export function routeRequest(content: RoutingContent, docId: string | undefined): IntakeRoute {
  const programme: IntakeRoute['recipient'] = { partnerId: null, name: content.programme.name, address: content.programme.address };
  if (!docId) return { recipient: programme };
  const doc = content.docs.find((d) => d._id === docId) ?? content.partners.find((p) => p._id === docId);
  if (!doc) return { recipient: programme };
  const owned: RoutingDoc = '_type' in doc ? doc : { ...doc, _type: 'partner' };
  const docTitle: Bilingual | undefined = 'name' in doc && typeof doc.name === 'string' ? { nl: doc.name, en: doc.name } : owned.title;
  for (const partnerId of ownerIds(owned)) {
    const partner = content.partners.find((p) => p._id === partnerId);
    if (partner?.intakeEmail) {
      return { recipient: { partnerId: partner._id, name: partner.name, address: partner.intakeEmail }, docTitle };
    }
  }
  return { recipient: programme, docTitle };
}
