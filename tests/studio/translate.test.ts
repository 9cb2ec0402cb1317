// "Engelse versie maken" and the reverse, as document actions with a fake client: the new draft
// keeps the fields that hold no language, leaves the text to translate, and the two are linked.
import type { DocumentActionDescription, DocumentActionProps } from 'sanity';
import { expect, test, vi } from 'vitest';
import { guideEn, guideNl } from './fixtures';

const committed: object[][] = [];
const navigated: { id: string; type: string }[] = [];
let existingEnglish: string | null = null;

/** A fake client: answers the "is there a translation" query and records transactions. */
const fakeClient = {
  fetch: async () => existingEnglish,
  transaction() {
    const ops: object[] = [];
    return {
      create: (doc: object) => ops.push({ create: doc }),
      createOrReplace: (doc: object) => ops.push({ createOrReplace: doc }),
      commit: async () => committed.push(ops),
    };
  },
};

// No signed-in partner editor: the ownership guard (tests/studio/ownership.test.ts) stays out of the way.
vi.mock('sanity', async (original) => ({
  ...(await original<typeof import('sanity')>()),
  useClient: () => fakeClient,
  useCurrentUser: () => null,
  useEditState: () => ({ published: null, draft: null }),
}));
vi.mock('sanity/router', async (original) => ({
  ...(await original<typeof import('sanity/router')>()),
  useRouter: () => ({ navigateIntent: (_intent: string, params: { id: string; type: string }) => navigated.push(params) }),
}));

const { translateAction } = await import('../../studio/actions/translate');

/** Runs the action on `doc` as the Studio would (published version, no draft) and clicks it. */
async function click(doc: object) {
  committed.length = 0;
  navigated.length = 0;
  const props = { id: 'x', type: 'guide', draft: null, published: doc, onComplete: () => {} } as unknown as DocumentActionProps;
  const description = translateAction(props) as DocumentActionDescription;
  await description.onHandle?.();
  return description;
}

test('a Dutch guide gets an English draft linked to it, with its references and dates and without its text', async () => {
  existingEnglish = null;
  const description = await click(guideNl);
  expect(description.label).toBe('Engelse versie maken');
  const created = (committed[0]![0] as { create: Record<string, unknown> }).create;
  expect(created._id).toMatch(/^drafts\./);
  expect(created).toMatchObject({
    _type: 'guide',
    language: 'en',
    translationOf: { _ref: guideNl._id },
    partner: guideNl.partner,
    themes: guideNl.themes,
    lastChecked: guideNl.lastChecked,
  });
  expect(created.heroImage).toEqual(guideNl.heroImage);
  for (const text of ['title', 'summary', 'body', 'steps', 'slug']) expect(created, text).not.toHaveProperty(text);
  expect(navigated).toEqual([{ id: (created._id as string).replace('drafts.', ''), type: 'guide' }]);
});

test('when the English version exists, the action opens it instead of making another', async () => {
  existingEnglish = guideEn._id;
  await click(guideNl);
  expect(committed).toEqual([]);
  expect(navigated).toEqual([{ id: guideEn._id, type: 'guide' }]);
});

test('an English guide without original gets a Dutch draft, and now points to it', async () => {
  const orphan = { ...guideEn, translationOf: undefined };
  const description = await click(orphan);
  expect(description.label).toBe('Nederlandse versie maken');
  const [create, replace] = committed[0] as [{ create: Record<string, unknown> }, { createOrReplace: Record<string, unknown> }];
  expect(create.create).toMatchObject({ language: 'nl', partner: guideEn.partner });
  expect(create.create).not.toHaveProperty('translationOf');
  const dutchId = (create.create._id as string).replace('drafts.', '');
  expect(replace.createOrReplace).toMatchObject({
    _id: `drafts.${guideEn._id}`,
    language: 'en',
    title: guideEn.title,
    translationOf: { _ref: dutchId },
  });
});

test('types translated per field (events) have no such action', () => {
  const props = {
    id: 'e',
    type: 'event',
    draft: null,
    published: { _id: 'e', _type: 'event' },
    onComplete: () => {},
  } as unknown as DocumentActionProps;
  expect(translateAction(props)).toBeNull();
});
