/** Story passes place articles the same way whether cluster documents are prepared inline or in prepare threads. */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SqliteStore } from '../adapters/storage/sqlite/sqlite-store.js';
import { DEFAULT_TAXONOMY } from '../pipeline/classify/index.js';
import type { Logger } from '../ports/logger.js';
import { createFakeLanguageModel } from '../testing/fake-language-model.js';
import { incomingArticle } from '../../test/support/incoming-article.js';
import { type StoryPassSummary, updateStories } from './update-stories.js';
import { storiesOf } from '../../test/support/stories-of.js';

const NOW = '2026-11-20T10:00:00Z';

const QUAY_FIRE =
  'A fire in a warehouse on North Quay closed the harbour road on Tuesday. Firefighters from three stations worked through the night.';
/** Two events over a few outlets and both scripts, and a verbatim copy of one report by another outlet. */
const ARTICLES = [
  { key: 'fire-1', language: 'en', title: 'Warehouse fire closes North Quay harbour road', text: QUAY_FIRE },
  {
    key: 'ferry-1',
    language: 'en',
    title: 'Island ferry fares rise 12% from March',
    text: 'The island ferry company will raise fares by 12% from March, citing fuel costs. Commuter passes rise by 8%.',
  },
  { key: 'fire-copy', language: 'en', title: 'Warehouse fire closes North Quay harbour road', text: QUAY_FIRE },
  {
    key: 'fire-2',
    language: 'en',
    title: 'North Quay warehouse fire: harbour road to reopen Thursday',
    text: 'Police said the harbour road by the burnt North Quay warehouse should reopen on Thursday once the fire is fully out.',
  },
  {
    key: 'fire-zh',
    language: 'zh',
    title: '北码头仓库大火 港口道路封闭',
    text: '周二北码头一座仓库起火，港口道路封闭。三个消防站的消防员彻夜灭火。',
  },
  {
    key: 'ferry-2',
    language: 'en',
    title: 'Ferry passengers protest 12% fare rise',
    text: 'Passengers gathered at the terminal to protest the island ferry fare rise of 12%, which starts in March.',
  },
];

const QUIET: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, child: () => QUIET };

async function seed(store: SqliteStore): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, article] of ARTICLES.entries()) {
    const source = await store.sources.add({ name: `Outlet ${article.key}`, feedUrl: `https://${article.key}.example/feed` }, NOW);
    const id = `${source.id}:${article.key}`;
    const published = `2026-11-18T0${index}:00:00Z`;
    await store.commitRefresh({
      sourceId: source.id,
      checkedAt: NOW,
      nextCheckAt: NOW,
      outcome: {
        kind: 'updated',
        articles: [
          incomingArticle({ id, sourceId: source.id, itemKey: article.key, title: article.title, language: article.language, published }),
        ],
        etag: null,
        lastModified: null,
        movedTo: null,
        warning: null,
      },
    });
    const sentence = { id: 'p1s1', text: article.text, paragraph: 1, start: 0, end: article.text.length };
    const extraction = {
      canonicalUrl: null,
      title: article.title,
      byline: null,
      siteName: null,
      published,
      updated: null,
      language: article.language,
      text: article.text,
      html: '',
      wordCount: 20,
      partial: false,
      leadImage: null,
      origin: 'page' as const,
      standfirst: 0,
    };
    await store.articles.saveExtraction(id, extraction, [sentence], NOW);
    ids.push(id);
  }
  return ids;
}

describe('updateStories with prepare threads', () => {
  let directory: string;
  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'groundwire-stories-'));
  });
  after(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  /** Runs one pass in a fresh store; returns the summary and each article's story, by article order. */
  async function pass(name: string, prepareThreads: number): Promise<{ summary: StoryPassSummary; stories: string[] }> {
    const store = SqliteStore.open(join(directory, `${name}.db`));
    try {
      const ids = await seed(store);
      const summary = await updateStories(
        { store, clock: { now: () => new Date(NOW) }, logger: QUIET },
        { taxonomy: DEFAULT_TAXONOMY, cluster: {}, dedupe: {}, batchSize: 4, prepareThreads },
      );
      const stories = await storiesOf(store, summary.storiesTouched, ids);
      return { summary, stories };
    } finally {
      await store.close();
    }
  }

  it('places every article as an inline pass does, copies with their originals', async () => {
    const inline = await pass('inline', 0);
    const threaded = await pass('threaded', 2);
    assert.deepEqual(threaded, inline);
    assert.equal(inline.summary.placed, ARTICLES.length);
    assert.equal(inline.summary.duplicates, 1);
    const story = (key: string) => inline.stories[ARTICLES.findIndex((article) => article.key === key)];
    assert.equal(story('fire-copy'), story('fire-1'));
    assert.equal(story('fire-2'), story('fire-1'));
    assert.equal(story('ferry-2'), story('ferry-1'));
    assert.notEqual(story('ferry-1'), story('fire-1'));
  });
});

describe('updateStories with a label model', () => {
  let directory: string;
  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'groundwire-labels-'));
  });
  after(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  /** Runs one pass with the scripted model; returns the stored labels of the ferry story and the events logged. */
  async function pass(name: string, answers: string[]): Promise<{ labels: string[]; events: string[] }> {
    const store = SqliteStore.open(join(directory, `${name}.db`));
    const events: string[] = [];
    const logger: Logger = {
      ...QUIET,
      info: (event) => void events.push(event),
      warn: (event) => void events.push(event),
      child: () => logger,
    };
    const model = createFakeLanguageModel('labels');
    // Every story touched asks once (twice when the first answer is unusable): the same answers serve each ask.
    for (let i = 0; i < 20; i++) for (const content of answers) model.script({ kind: 'answer', content });
    try {
      const ids = await seed(store);
      const summary = await updateStories(
        { store, clock: { now: () => new Date(NOW) }, logger },
        { taxonomy: DEFAULT_TAXONOMY, cluster: {}, dedupe: {}, batchSize: 10, labelModel: { model } },
      );
      const ferry = (await storiesOf(store, summary.storiesTouched, ids))[ARTICLES.findIndex((article) => article.key === 'ferry-1')];
      const story = await store.stories.get(ferry ?? '');
      return { labels: (story?.labels ?? []).map((label) => `${label.kind} ${label.id}`), events };
    } finally {
      await store.close();
    }
  }

  it('refuses a proposal whose cited sentence only hints at the label, and logs the refusal', async () => {
    const rules = await pass('rules', ['{"labels": []}']);
    // "raise fares by 12%" hints at pricing (a weak cue) without naming it: not evidence enough.
    const proposal = JSON.stringify({ labels: [{ kind: 'tag', id: 'pricing', cites: ['a1:p1s1'] }] });
    const proposed = await pass('proposed', [proposal]);
    assert.deepEqual(proposed.labels, rules.labels);
    assert.ok(!proposed.labels.includes('tag pricing'));
    assert.ok(proposed.events.includes('label-proposals-refused'));
  });

  it('keeps the rules’ labels and logs the failure when the model answers badly', async () => {
    const rules = await pass('rules-2', ['{"labels": []}']);
    const failed = await pass('failed', ['no labels today', 'still not JSON']);
    assert.deepEqual(failed.labels, rules.labels);
    assert.ok(failed.events.includes('label-model-failed'));
  });
});
