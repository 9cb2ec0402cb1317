// The document store behind the local stand-in for Sanity's API (tools/sanity-server.ts): documents
// with revisions, transactions from the mutate and actions routes applied as the Content Lake applies
// them (patches through @sanity/mutator, Sanity's own patch engine), and listeners that receive a
// mutation event for each document a transaction changes, filtered by their GROQ query.
import { randomUUID } from 'node:crypto';
import { Mutation } from '@sanity/mutator';
import { evaluate, parse } from 'groq-js';
import type { RawDocument } from '@mkb010/content/source';

/** One document mutation as the mutate route takes it (and as listeners report it). */
export type LakeMutation = Record<string, Record<string, unknown>>;

/** One document action as the actions route takes it (`sanity.action.document.*`). */
export interface LakeAction {
  actionType: string;
  [field: string]: unknown;
}

/** An error the routes answer with its status, as the Content Lake would (409 for a conflict). */
export class LakeError extends Error {
  readonly status: number;
  readonly type: string;
  constructor(status: number, message: string, type = 'mutationError') {
    super(message);
    this.status = status;
    this.type = type;
  }
}

/** How a listener asked to be told (the listen route's query parameters). */
export interface ListenOptions {
  query: string;
  params: Record<string, unknown>;
  includeResult: boolean;
  includePreviousRevision: boolean;
  includeMutations: boolean;
  effects: boolean;
}

/** A change to one document in a transaction. */
interface Change {
  id: string;
  before: RawDocument | null;
  after: RawDocument | null;
  mutations: LakeMutation[];
}

/** A listener's way to receive a server-sent event. */
export type Send = (event: string, data: unknown, id?: string) => void;

const DRAFT = 'drafts.';

/** Whether `doc` is one of the documents `query` (a `*[…]` listener query) selects. */
async function selects(query: string, params: Record<string, unknown>, doc: RawDocument | null): Promise<boolean> {
  if (!doc) return false;
  if (query.trim() === '*') return true;
  const result = await (await evaluate(parse(query, { params }), { dataset: [doc], params })).get();
  return Array.isArray(result) ? result.length > 0 : Boolean(result);
}

/** The document without its revision, as a mendoza "replace with this value" patch carries it. */
function withoutRev(doc: RawDocument | null): Omit<RawDocument, '_rev'> | null {
  if (!doc) return null;
  const { _rev, ...rest } = doc;
  return rest;
}

/** Documents and their listeners, changed only through transactions. */
export class ContentLake {
  private docs = new Map<string, RawDocument>();
  private listeners = new Set<{ options: ListenOptions; send: Send }>();
  private liveClients = new Set<Send>();
  /** Called after every transaction with the ids it changed. */
  onChange: (ids: string[]) => void = () => {};

  private identity: () => string;

  /**
   * `stamp`: give imported documents the revision and dates the Content Lake gives every document
   * (a Studio needs them); without it documents stay exactly as in the file until a transaction.
   */
  constructor(documents: RawDocument[], identity: () => string, stamp: boolean) {
    this.identity = identity;
    const created = '2026-01-01T00:00:00Z';
    for (const doc of documents) {
      this.docs.set(doc._id, stamp ? { _createdAt: created, _updatedAt: created, _rev: 'import', ...doc } : doc);
    }
  }

  /** Every stored document, drafts included. */
  all(): RawDocument[] {
    return [...this.docs.values()];
  }

  /** One stored document by id, or undefined. */
  get(id: string): RawDocument | undefined {
    return this.docs.get(id);
  }

  /** Replaces the whole set (a test's "an editor changed this"), telling listeners what changed. */
  async replaceAll(next: RawDocument[]): Promise<void> {
    const byId = new Map(next.map((d) => [d._id, d]));
    const ids = new Set([...this.docs.keys(), ...byId.keys()]);
    const changes = [...ids].flatMap((id): Change[] => {
      const before = this.docs.get(id) ?? null;
      const after = byId.get(id) ?? null;
      if (JSON.stringify(withoutRev(before)) === JSON.stringify(after && withoutRev(after))) return [];
      return [{ id, before, after: after && { ...after }, mutations: after ? [{ createOrReplace: after }] : [{ delete: { id } }] }];
    });
    if (changes.length > 0) await this.commit(changes, randomUUID());
  }

  /** Applies the mutate route's mutations as one transaction; returns its id and the documents' ids and results. */
  async mutate(
    mutations: LakeMutation[],
    transactionId: string = randomUUID(),
  ): Promise<{ transactionId: string; results: { id: string; operation: string; document?: RawDocument }[] }> {
    const working = new Map<string, Change>();
    const current = (id: string) => (working.has(id) ? working.get(id)!.after : (this.docs.get(id) ?? null));
    const record = (id: string, after: RawDocument | null, mutation: LakeMutation) => {
      const change = working.get(id) ?? { id, before: this.docs.get(id) ?? null, after: null, mutations: [] };
      change.after = after;
      change.mutations.push(mutation);
      working.set(id, change);
    };
    const results: { id: string; operation: string }[] = [];
    for (const mutation of mutations) {
      const [kind, body] = Object.entries(mutation)[0] ?? [];
      if (!kind || !body)
        throw new LakeError(400, 'A mutation needs one of create, createOrReplace, createIfNotExists, delete, patch.', 'validationError');
      if (kind === 'create' || kind === 'createOrReplace' || kind === 'createIfNotExists') {
        const id = (body._id as string | undefined) ?? randomUUID();
        const doc = { ...body, _id: id } as RawDocument;
        const existing = current(id);
        if (kind === 'create' && existing) throw new LakeError(409, `Document by ID "${id}" already exists`);
        if (kind === 'createIfNotExists' && existing) continue;
        record(id, doc, { [kind]: doc });
        results.push({ id, operation: existing ? 'update' : 'create' });
      } else if (kind === 'delete') {
        for (const id of await this.targets(body, current)) {
          record(id, null, { delete: { id } });
          results.push({ id, operation: 'delete' });
        }
      } else if (kind === 'patch') {
        for (const id of await this.targets(body, current)) {
          const doc = current(id);
          if (!doc) throw new LakeError(409, `Cannot patch "${id}": the document does not exist.`);
          if (body.ifRevisionID && body.ifRevisionID !== doc._rev) {
            throw new LakeError(409, `Document "${id}" has unexpected revision ID ("${doc._rev}"), expected "${body.ifRevisionID}"`);
          }
          const patch: Record<string, unknown> = { ...body, id };
          delete patch.query;
          const next = new Mutation({ mutations: [{ patch }] as never, resultRev: transactionId }).apply(doc as never) as RawDocument;
          record(id, next, { patch });
          results.push({ id, operation: 'update' });
        }
      } else {
        throw new LakeError(400, `Unknown mutation "${kind}".`, 'validationError');
      }
    }
    await this.commit([...working.values()], transactionId);
    return { transactionId, results };
  }

  /** Applies the actions route's document actions as one transaction, as the Content Lake's actions API does. */
  async act(actions: LakeAction[], transactionId: string = randomUUID()): Promise<{ transactionId: string }> {
    const mutations: LakeMutation[] = [];
    const exists = (id: string) => this.docs.has(id) || mutations.some((m) => (m.createOrReplace ?? m.create)?._id === id);
    for (const action of actions) {
      const pub = action.publishedId as string | undefined;
      const draftId = (action.draftId as string | undefined) ?? (pub ? `${DRAFT}${pub}` : undefined);
      switch (action.actionType) {
        case 'sanity.action.document.create': {
          const attributes = action.attributes as RawDocument;
          const id = attributes._id ?? draftId!;
          if (this.docs.has(id)) {
            if (action.ifExists === 'ignore') break;
            throw new LakeError(409, `Document "${id}" already exists`);
          }
          mutations.push({ create: { ...attributes, _id: id } });
          break;
        }
        case 'sanity.action.document.edit': {
          // An edit of a document without a draft first copies the published version into the draft.
          if (!exists(draftId!)) {
            const published = this.docs.get(pub!);
            if (!published) throw new LakeError(409, `Cannot edit "${pub}": neither it nor its draft exists.`);
            mutations.push({ create: { ...published, _id: draftId! } });
          }
          mutations.push({ patch: { ...(action.patch as object), id: draftId! } });
          break;
        }
        case 'sanity.action.document.publish': {
          const draft = this.docs.get(draftId!);
          if (!draft) throw new LakeError(409, `Cannot publish "${pub}": there is no draft ("${draftId}").`);
          if (action.ifDraftRevisionId && action.ifDraftRevisionId !== draft._rev) {
            throw new LakeError(409, `The draft "${draftId}" changed since it was checked (revision "${draft._rev}").`);
          }
          const { _rev, ...content } = draft;
          mutations.push({ createOrReplace: { ...content, _id: pub! } }, { delete: { id: draftId! } });
          break;
        }
        case 'sanity.action.document.unpublish': {
          const published = this.docs.get(pub!);
          if (!published) throw new LakeError(409, `Cannot unpublish "${pub}": it is not published.`);
          if (!this.docs.has(draftId!)) mutations.push({ create: { ...published, _id: draftId! } });
          mutations.push({ delete: { id: pub! } });
          break;
        }
        case 'sanity.action.document.discard':
          mutations.push({ delete: { id: draftId! } });
          break;
        case 'sanity.action.document.delete':
          for (const id of [pub!, ...((action.includeDrafts as string[] | undefined) ?? [`${DRAFT}${pub}`])]) {
            if (this.docs.has(id)) mutations.push({ delete: { id } });
          }
          break;
        case 'sanity.action.document.replaceDraft':
          mutations.push({ createOrReplace: { ...(action.attributes as RawDocument), _id: draftId! } });
          break;
        default:
          throw new LakeError(400, `This stand-in does not know the action "${action.actionType}".`, 'validationError');
      }
    }
    await this.mutate(mutations, transactionId);
    return { transactionId };
  }

  /** Registers a listener; returns how to end it. */
  listen(options: ListenOptions, send: Send): () => void {
    const entry = { options, send };
    this.listeners.add(entry);
    send('welcome', { listenerName: `stand-in-${randomUUID().slice(0, 8)}` });
    return () => this.listeners.delete(entry);
  }

  /** Registers a client of the live events route; returns how to end it. */
  live(send: Send): () => void {
    this.liveClients.add(send);
    send('welcome', {});
    return () => this.liveClients.delete(send);
  }

  /** The ids a delete or patch targets: its `id`, or every document its `query` selects. */
  private async targets(body: Record<string, unknown>, current: (id: string) => RawDocument | null): Promise<string[]> {
    if (typeof body.id === 'string') return [body.id];
    if (typeof body.query !== 'string') throw new LakeError(400, 'A delete or patch needs an id or a query.', 'validationError');
    const params = (body.params as Record<string, unknown> | undefined) ?? {};
    const dataset = this.all().filter((d) => current(d._id));
    const result = await (await evaluate(parse(body.query, { params }), { dataset, params })).get();
    return (Array.isArray(result) ? result : [result]).map((d: RawDocument) => d._id).filter(Boolean);
  }

  /** Stores a transaction's changes with their new revision and tells every listener that selects them. */
  private async commit(changes: Change[], transactionId: string): Promise<void> {
    const timestamp = new Date().toISOString();
    for (const change of changes) {
      if (change.after) {
        change.after = {
          ...change.after,
          _createdAt: change.before?._createdAt ?? timestamp,
          _updatedAt: timestamp,
          _rev: transactionId,
        };
        this.docs.set(change.id, change.after);
      } else {
        this.docs.delete(change.id);
      }
    }
    for (const { options, send } of this.listeners) {
      const visible: Change[] = [];
      for (const change of changes) {
        if ((await selects(options.query, options.params, change.before)) || (await selects(options.query, options.params, change.after))) {
          visible.push(change);
        }
      }
      visible.forEach((change, index) => {
        const transition = !change.before ? 'appear' : !change.after ? 'disappear' : 'update';
        send(
          'mutation',
          {
            type: 'mutation',
            eventId: `${transactionId}#${change.id}`,
            documentId: change.id,
            transactionId,
            transition,
            identity: this.identity(),
            ...(options.includeMutations ? { mutations: change.mutations } : {}),
            previousRev: change.before?._rev,
            resultRev: transactionId,
            timestamp,
            visibility: 'query',
            ...(options.includeResult && change.after ? { result: change.after } : {}),
            ...(options.includePreviousRevision && change.before ? { previous: change.before } : {}),
            // A mendoza patch that replaces the whole document: correct for any change, if not the smallest.
            ...(options.effects ? { effects: { apply: [0, withoutRev(change.after)], revert: [0, withoutRev(change.before)] } } : {}),
            transactionTotalEvents: visible.length,
            transactionCurrentEvent: index + 1,
          },
          `${transactionId}#${change.id}`,
        );
      });
    }
    for (const send of this.liveClients) send('message', { id: transactionId, tags: [LIVE_TAG] }, transactionId);
    this.onChange(changes.map((c) => c.id));
  }
}

/** The one sync tag every query answer carries: any change may change any answer. */
export const LIVE_TAG = 's1:all';
