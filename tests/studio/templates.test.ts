// Creating a document from a partner's own list (Mijn organisatie → X → Gidsen → +) fills in that
// partner as the owner, so the new document appears in the list it was made in.
import { evaluate, parse } from 'groq-js';
import { resolveInitialValue, type InitialValueResolverContext, type Template } from 'sanity';
import { createStructureBuilder, type DocumentListBuilder, type ListBuilder } from 'sanity/structure';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { ownedByFilter, ownerIds, type OwnedType } from '@mkb010/model';
import { structure } from '../../studio/structure';
import { partnerTemplateId } from '../../studio/structure/templates';
import { studioWorkspace } from './harness';

// The Studio resolves initial values in the browser and looks for `window.scheduler` there.
beforeAll(() => {
  vi.stubGlobal('window', globalThis);
});
// The unit tier shares one module graph between files (isolate: false): leave no window behind.
afterAll(() => {
  vi.unstubAllGlobals();
});

const PARTNER = 'partner-energieloket-mkb-rijnmond';
const TYPES: [OwnedType, string][] = [
  ['guide', 'Gidsen'],
  ['story', 'Succesverhalen'],
  ['event', 'Evenementen'],
  ['scheme', 'Regelingen'],
  ['impactReport', 'Impactrapportages'],
];

/** The parts of the structure builders this test walks. */
interface Item {
  getId?(): string;
  getTitle?(): string;
  getChild(): unknown;
}

/** The document list the desk opens at Mijn organisatie → PARTNER → `title`. */
async function partnerList(title: string): Promise<DocumentListBuilder> {
  const workspace = await studioWorkspace();
  const source = workspace.unstable_sources[0]!;
  const S = createStructureBuilder({ source, perspectiveStack: [] });
  const root = structure(S, source as never) as ListBuilder;
  const items = (list: ListBuilder) => list.getItems() as unknown as Item[];
  const mine = items(root).find((item) => item.getId?.() === 'mijn-organisatie')!;
  const choosePartner = (mine.getChild() as { getChild(): (id: string, ctx: object) => ListBuilder }).getChild();
  const item = items(choosePartner(PARTNER, {})).find((i) => i.getTitle?.() === title)!;
  return item.getChild() as DocumentListBuilder;
}

test.each(TYPES)('a new %s from the partner list is owned by that partner and shows in that list', async (type, title) => {
  const workspace = await studioWorkspace();
  const list = await partnerList(title);
  const [templateItem] = (
    list.getInitialValueTemplates() as unknown as { serialize(): { templateId: string; parameters: { partnerId: string } } }[]
  ).map((t) => t.serialize());
  expect(templateItem).toMatchObject({ templateId: partnerTemplateId(type), parameters: { partnerId: PARTNER } });

  const template = workspace.templates.find((t) => t.id === templateItem!.templateId) as Template;
  const context = { ...workspace, currentUser: workspace.currentUser } as unknown as InitialValueResolverContext;
  const value = await resolveInitialValue(workspace.schema, template, templateItem!.parameters, context);
  const doc = { _id: 'drafts.nieuw', _type: type, ...value };
  expect(ownerIds(doc)).toEqual([PARTNER]);

  // The list's own filter selects the new document.
  const filter = list.getFilter()!;
  expect(filter).toBe(ownedByFilter(type));
  const selected = await (await evaluate(parse(`*[${filter}]._id`), { dataset: [doc], params: list.getParams() })).get();
  expect(selected).toEqual(['drafts.nieuw']);
});

test('a new guide from a partner list keeps the type’s own starting values', async () => {
  const workspace = await studioWorkspace();
  const template = workspace.templates.find((t) => t.id === partnerTemplateId('guide')) as Template;
  const value = await resolveInitialValue(
    workspace.schema,
    template,
    { partnerId: PARTNER },
    workspace as unknown as InitialValueResolverContext,
  );
  expect(value).toMatchObject({ language: 'nl', partner: { _ref: PARTNER } });
  expect(value.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('"Mijn organisatie" opens on the signed-in editor’s own partner, with the others one step further', async () => {
  const { setEditorSettings } = await import('../../studio/ownership-settings');
  const workspace = await studioWorkspace();
  const source = workspace.unstable_sources[0]!;
  const S = createStructureBuilder({ source, perspectiveStack: [] });
  // The test workspace's user (harness TEST_USER) edits for PARTNER.
  setEditorSettings({ partnerEditors: [{ partner: { _ref: PARTNER }, editors: [workspace.currentUser!.email] }] });
  try {
    const root = structure(S, source as never) as ListBuilder;
    const mine = (root.getItems() as unknown as Item[]).find((item) => item.getId?.() === 'mijn-organisatie')!;
    const own = mine.getChild() as ListBuilder;
    expect(own.getId()).toBe(`partner-${PARTNER}`);
    const titles = (own.getItems() as unknown as Item[]).map((i) => i.getTitle?.()).filter(Boolean);
    expect(titles).toEqual(['Organisatiegegevens', ...TYPES.map(([, title]) => title), 'Andere organisatie bekijken']);
    const guides = (own.getItems() as unknown as Item[]).find((i) => i.getTitle?.() === 'Gidsen')!.getChild() as DocumentListBuilder;
    expect(guides.getParams()).toEqual({ partnerId: PARTNER });
  } finally {
    setEditorSettings(null);
  }
});
