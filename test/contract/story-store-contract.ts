/** The StoryStore port's contract, run unchanged against every implementation. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Brief } from '../../src/domain/brief.js';
import type { Label } from '../../src/domain/story.js';
import type { Store } from '../../src/ports/store.js';
import type { StoryWrite } from '../../src/ports/story-store.js';
import { headlineBrief } from '../../src/testing/headline-brief.js';

const NOW = '2026-11-20T10:00:00Z';
const sentence = { id: 'p1s1', text: 'Helioscale signed a nuclear deal.', paragraph: 1, start: 0, end: 33 };
const extraction = {
  canonicalUrl: null,
  title: null,
  byline: null,
  siteName: null,
  published: null,
  updated: null,
  language: 'en',
  text: sentence.text,
  html: '',
  wordCount: 5,
  partial: false,
  leadImage: null,
  origin: 'page' as const,
  standfirst: 0,
};
const board = (id: string): Label => ({
  kind: 'board',
  id,
  name: id,
  score: 1,
  evidence: [{ articleId: 'x', sentenceId: 'p1s1', text: 'evidence' }],
});

async function seed(store: Store): Promise<string[]> {
  const a = await store.sources.add({ name: 'Outlet A', feedUrl: 'https://a.example/feed' }, NOW);
  const b = await store.sources.add({ name: 'Outlet B', feedUrl: 'https://b.example/feed' }, NOW);
  const article = (sourceId: string, key: string, published: string) => ({
    id: `${sourceId}:${key}`,
    sourceId,
    itemKey: key,
    url: null,
    canonicalUrl: null,
    title: key,
    summary: null,
    contentHtml: null,
    text: null,
    authors: [],
    categories: [],
    language: 'en',
    published,
    updated: null,
  });
  for (const [source, keys] of [
    [a.id, ['a1', 'a2']],
    [b.id, ['b1']],
  ] as const) {
    await store.commitRefresh({
      sourceId: source,
      checkedAt: NOW,
      nextCheckAt: NOW,
      outcome: {
        kind: 'updated',
        articles: keys.map((k, i) => article(source, k, `2026-11-1${i + 1}T08:00:00Z`)),
        etag: null,
        lastModified: null,
        movedTo: null,
        warning: null,
      },
    });
  }
  const ids = [`${a.id}:a1`, `${a.id}:a2`, `${b.id}:b1`];
  for (const id of ids) await store.articles.saveExtraction(id, extraction, [sentence], NOW);
  return ids;
}

function story(id: string, articleIds: string[], labels: Label[], lastUpdated = NOW): StoryWrite {
  return {
    id,
    title: `Story ${id}`,
    firstSeen: '2026-11-11T08:00:00Z',
    lastUpdated,
    articleIds,
    outletCount: 1,
    languages: ['en'],
    labels,
  };
}

/** Files the seeded articles a1, a2 and b1 each as its own story, s1, s2 and s3, writing `stories` in the same pass. */
function fileOnePerStory(store: Store, articleIds: (string | undefined)[], stories: StoryWrite[]): Promise<void> {
  const memberships = articleIds.map((articleId, index) => ({
    articleId: articleId as string,
    storyId: `s${index + 1}`,
    duplicateOf: null,
  }));
  return store.stories.applyUpdate({ at: NOW, memberships, stories, changes: [], state: {} });
}

function brief(storyId: string, headline: string): Brief {
  return headlineBrief(storyId, { text: headline, citations: [] }, { createdAt: NOW });
}

/** Runs the story-store contract against fresh stores made by `open`. */
export function runStoryStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`StoryStore contract: ${name}`, () => {
    it('lists articles with text and no story, then applies an update atomically', async () => {
      const store = await open();
      const [a1, a2, b1] = await seed(store);
      assert.deepEqual(
        (await store.stories.listUnclustered(10)).map((a) => a.id),
        [a1, b1, a2],
      );
      await store.stories.applyUpdate({
        at: NOW,
        memberships: [
          { articleId: a1 as string, storyId: 's1', duplicateOf: null },
          { articleId: b1 as string, storyId: 's1', duplicateOf: a1 as string },
        ],
        stories: [story('s1', [a1 as string, b1 as string], [board('energy-power')])],
        changes: [],
        state: { cluster: { stories: 1 } },
      });
      assert.deepEqual(
        (await store.stories.listUnclustered(10)).map((a) => a.id),
        [a2],
      );
      const s1 = await store.stories.get('s1');
      assert.equal(s1?.articleCount, 2);
      assert.deepEqual(s1?.articleIds, [a1, b1]);
      assert.deepEqual(
        s1?.labels.map((l) => l.id),
        ['energy-power'],
      );
      assert.deepEqual(
        (await store.stories.articles('s1')).map((a) => [a.id, a.duplicateOf]),
        [
          [a1, null],
          [b1, a1],
        ],
      );
      assert.deepEqual(await store.stories.loadState('cluster'), { stories: 1 });
      assert.equal(await store.stories.loadState('missing'), null);
      await store.close();
    });

    it('filters by board, tag, language and outlet, newest first', async () => {
      const store = await open();
      const [a1, a2, b1] = await seed(store);
      await fileOnePerStory(
        store,
        [a1, a2, b1],
        [
          story('s1', [a1 as string], [board('energy-power')], '2026-11-12T00:00:00Z'),
          story('s2', [a2 as string], [board('chips-hardware')], '2026-11-13T00:00:00Z'),
          story('s3', [b1 as string], [board('energy-power')], '2026-11-14T00:00:00Z'),
        ],
      );
      assert.deepEqual(
        (await store.stories.list({ limit: 10 })).map((s) => s.id),
        ['s3', 's2', 's1'],
      );
      assert.deepEqual(
        (await store.stories.list({ limit: 10, board: 'energy-power' })).map((s) => s.id),
        ['s3', 's1'],
      );
      assert.equal(await store.stories.count({ board: 'energy-power' }), 2);
      assert.deepEqual(
        (await store.stories.list({ limit: 10, outlet: 'outlet-a' })).map((s) => s.id),
        ['s2', 's1'],
      );
      assert.deepEqual(
        (await store.stories.list({ limit: 10, language: 'zh' })).map((s) => s.id),
        [],
      );
      assert.deepEqual(
        (await store.stories.list({ limit: 1, offset: 1 })).map((s) => s.id),
        ['s2'],
      );
      await store.close();
    });

    it('redirects an absorbed story id to the story it merged into', async () => {
      const store = await open();
      const [a1, a2] = await seed(store);
      await store.stories.applyUpdate({
        at: NOW,
        memberships: [
          { articleId: a1 as string, storyId: 's1', duplicateOf: null },
          { articleId: a2 as string, storyId: 's2', duplicateOf: null },
        ],
        stories: [story('s1', [a1 as string], []), story('s2', [a2 as string], [])],
        changes: [],
        state: {},
      });
      await store.stories.applyUpdate({
        at: NOW,
        memberships: [],
        stories: [story('s1', [a1 as string, a2 as string], [])],
        changes: [{ kind: 'merge', from: 's2', into: 's1', note: 'same event' }],
        state: {},
      });
      const followed = await store.stories.get('s2');
      assert.equal(followed?.id, 's1');
      assert.equal(followed?.redirectedFrom, 's2');
      assert.deepEqual(followed?.articleIds, [a1, a2]);
      assert.deepEqual(
        (await store.stories.list({ limit: 10 })).map((s) => s.id),
        ['s1'],
      );
      assert.equal(await store.stories.get('nope'), null);
      await store.close();
    });

    it('lists stories that changed since their latest brief', async () => {
      const store = await open();
      const [a1, a2] = await seed(store);
      await store.stories.applyUpdate({
        at: NOW,
        memberships: [{ articleId: a1 as string, storyId: 's1', duplicateOf: null }],
        stories: [story('s1', [a1 as string], [])],
        changes: [],
        state: {},
      });
      assert.deepEqual(await store.stories.listNeedingBrief(10), ['s1']);
      await store.stories.saveBrief('s1', brief('s1', 'First'), 1, NOW);
      assert.deepEqual(await store.stories.listNeedingBrief(10), []);
      const later = '2026-11-20T11:00:00Z';
      await store.stories.applyUpdate({
        at: later,
        memberships: [{ articleId: a2 as string, storyId: 's1', duplicateOf: null }],
        stories: [story('s1', [a1 as string, a2 as string], [])],
        changes: [],
        state: {},
      });
      assert.deepEqual(await store.stories.listNeedingBrief(10), ['s1'], 'a story that grew needs a new brief');
      await store.close();
    });

    it('versions briefs, skipping a brief equal to the latest', async () => {
      const store = await open();
      assert.equal(await store.stories.saveBrief('s1', brief('s1', 'First'), 1, NOW), 1);
      assert.equal(
        await store.stories.saveBrief('s1', { ...brief('s1', 'First'), createdAt: '2026-11-21T00:00:00Z' }, 1, '2026-11-21T00:00:00Z'),
        1,
      );
      assert.equal(await store.stories.saveBrief('s1', brief('s1', 'Second'), 0.9, '2026-11-22T00:00:00Z'), 2);
      assert.equal((await store.stories.brief('s1'))?.brief.headline.text, 'Second');
      assert.equal((await store.stories.brief('s1', 1))?.brief.headline.text, 'First');
      assert.deepEqual(
        (await store.stories.briefVersions('s1')).map((v) => [v.version, v.groundedShare]),
        [
          [2, 0.9],
          [1, 1],
        ],
      );
      assert.equal(await store.stories.brief('s9'), null);
      await store.close();
    });

    it('finds related stories by shared labels, tags weighing most', async () => {
      const store = await open();
      const [a1, a2, b1] = await seed(store);
      const tag = (id: string): Label => ({ ...board(id), kind: 'tag' });
      await fileOnePerStory(
        store,
        [a1, a2, b1],
        [
          story('s1', [a1 as string], [board('energy-power'), tag('nuclear')]),
          story('s2', [a2 as string], [board('energy-power')]),
          story('s3', [b1 as string], [board('energy-power'), tag('nuclear')]),
        ],
      );
      assert.deepEqual(
        (await store.stories.related('s1', 5)).map((s) => s.id),
        ['s3', 's2'],
      );
      assert.deepEqual(
        (await store.stories.related('s1', 1)).map((s) => s.id),
        ['s3'],
      );
      await store.close();
    });

    it('finds related stories by a shared subject, with no label in common, and forgets subjects a story no longer has', async () => {
      const store = await open();
      const [a1, a2, b1] = await seed(store);
      const update = (stories: StoryWrite[]) => fileOnePerStory(store, [a1, a2, b1], stories);
      // s2 shares a board and an outlet with s1; s3 shares only the company both headlines name.
      await update([
        { ...story('s1', [a1 as string], [board('security')]), subjects: [{ id: 'tessera-compute', share: 1 }] },
        story('s2', [a2 as string], [board('security')]),
        {
          ...story('s3', [b1 as string], []),
          subjects: [
            { id: 'tessera-compute', share: 1 },
            { id: 'tessera-compute', share: 1 },
          ],
        },
      ]);
      assert.deepEqual(
        (await store.stories.related('s1', 5)).map((s) => s.id),
        ['s3', 's2'],
      );
      await update([story('s3', [b1 as string], [])]);
      assert.deepEqual(
        (await store.stories.related('s1', 5)).map((s) => s.id),
        ['s2'],
      );
      await store.close();
    });

    it('weighs a subject that only some of the headlines name (a customer, a partner) by that share', async () => {
      const store = await open();
      const [a1, a2, b1] = await seed(store);
      await fileOnePerStory(
        store,
        [a1, a2, b1],
        [
          { ...story('s1', [a1 as string], [board('security')]), subjects: [{ id: 'tessera-compute', share: 1 }] },
          // One headline in four names Tessera: a side party, not who s2 is about.
          { ...story('s2', [a2 as string], []), subjects: [{ id: 'tessera-compute', share: 0.25 }] },
          story('s3', [b1 as string], [board('security')]),
        ],
      );
      assert.deepEqual(
        (await store.stories.related('s1', 5)).map((s) => s.id),
        ['s3', 's2'],
      );
      await store.close();
    });

    it('searches story titles, briefs and articles, Chinese by bigrams, and re-indexes a new brief version', async () => {
      const store = await open();
      const [a1, b1] = await seed(store).then((ids) => [ids[0], ids[2]]);
      await store.stories.applyUpdate({
        at: NOW,
        memberships: [
          { articleId: a1 as string, storyId: 's1', duplicateOf: null },
          { articleId: b1 as string, storyId: 's2', duplicateOf: null },
        ],
        stories: [
          { ...story('s1', [a1 as string], []), title: 'Spaceport licence granted' },
          { ...story('s2', [b1 as string], []), title: '数据中心用电创新高' },
        ],
        changes: [],
        state: {},
      });
      await store.stories.saveBrief(
        's1',
        { ...brief('s1', 'First'), keyTakeaways: [{ text: 'The reactor fuel arrives in spring [1].', citations: [] }] },
        1,
        NOW,
      );
      assert.deepEqual(
        (await store.stories.search('spaceport', 10)).map((s) => s.id),
        ['s1'],
      );
      assert.deepEqual(
        (await store.stories.search('helioscale', 10)).map((s) => s.id),
        ['s1', 's2'],
        'stories whose articles match come next',
      );
      assert.deepEqual(
        (await store.stories.search('reactor fuel', 10)).map((s) => s.id),
        ['s1'],
        'brief text is searchable',
      );
      assert.deepEqual(
        (await store.stories.search('数据中心', 10)).map((s) => s.id),
        ['s2'],
      );
      assert.deepEqual(await store.stories.search('中心数据', 10), [], 'a CJK run matches as a phrase');
      await store.stories.saveBrief(
        's1',
        { ...brief('s1', 'Second'), implications: [{ text: 'Uranium prices may rise.', citations: [] }] },
        1,
        NOW,
      );
      assert.deepEqual(
        (await store.stories.search('uranium', 10)).map((s) => s.id),
        ['s1'],
      );
      assert.deepEqual(await store.stories.search('reactor', 10), [], 'the old version is no longer indexed');
      await store.close();
    });

    it('reports coverage per story and volume per day', async () => {
      const store = await open();
      const [a1, a2, b1] = await seed(store);
      await store.stories.applyUpdate({
        at: NOW,
        memberships: [a1, a2, b1].map((articleId) => ({ articleId: articleId as string, storyId: 's1', duplicateOf: null })),
        stories: [story('s1', [a1, a2, b1] as string[], [board('energy-power')])],
        changes: [],
        state: {},
      });
      const coverage = (await store.stories.coverage(['s1', 'nope'])).get('s1');
      assert.deepEqual(
        coverage?.outlets.map((o) => [o.name, o.articles]),
        [
          ['Outlet A', 2],
          ['Outlet B', 1],
        ],
      );
      assert.equal(coverage?.lastCollectedAt, NOW);
      assert.equal((await store.stories.coverage(['nope'])).size, 0);
      const volume = await store.stories.volumeByDay({ board: 'energy-power' }, '2026-11-01T00:00:00Z');
      assert.deepEqual(volume, [
        { day: '2026-11-11', articles: 2, stories: 1 },
        { day: '2026-11-12', articles: 1, stories: 1 },
      ]);
      assert.deepEqual(await store.stories.volumeByDay({ board: 'security' }, '2026-11-01T00:00:00Z'), []);
      await store.close();
    });
  });
}
