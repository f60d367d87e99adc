/** The whole pipeline on the demo newsroom: pages → full text → stories → verified briefs, idempotent on re-runs. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/load.js';
import { type DemoCorpus, loadDemoCorpus, pageParagraphs, standfirstParagraphs } from '../../src/demo/corpus.js';
import { type Publisher, startPublisher } from '../../src/demo/publisher.js';
import { demoSources } from '../../src/demo/register.js';
import { registerDemoSources } from '../../src/interfaces/cli/commands/demo.js';
import type { Services } from '../../src/interfaces/cli/context.js';
import { type PipelineSummary, runPipelinePass } from '../../src/jobs/pipeline-pass.js';
import { buildServices } from '../../src/main.js';
import { ROOT, tempDataDir } from './helpers.js';

let corpus: DemoCorpus;
let publisher: Publisher;
let services: Services;
let first: PipelineSummary;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

before(async () => {
  corpus = loadDemoCorpus(join(ROOT, 'demo'));
  publisher = await startPublisher(corpus);
  services = await buildServices(loadConfig({ env: { GROUNDWIRE_DATA_DIR: tempDataDir(), GROUNDWIRE_LOG_LEVEL: 'silent' } }), [
    publisher.allowEntry,
  ]);
  await registerDemoSources(services, demoSources(corpus, publisher.url));
  first = await runPipelinePass(services.refresh, { ...services.pipeline, dueOnly: false });
});

after(async () => {
  await services.close();
  await publisher.close();
});

describe('demo pipeline', () => {
  it('reads every article page, the summary-only outlet included, without the page chrome', async () => {
    assert.equal(first.articles.failed, 0);
    assert.equal(first.articles.fromFeed, 0);
    const northwind = await services.store.articles.listLatest({ limit: 100, sourceId: 'northwind' });
    const original = corpus.articles.find((a) => a.outlet.id === 'northwind' && !a.linkVariant);
    const stored = northwind.find((a) => a.title === original?.title);
    assert.ok(original && stored, 'a northwind article was stored');
    assert.equal(stored.extraction?.origin, 'page');
    for (const paragraph of original.body)
      assert.ok(squash(stored.text ?? '').includes(squash(paragraph)), `missing: ${paragraph.slice(0, 60)}`);
    for (const comment of original.comments)
      assert.ok(!(stored.text ?? '').includes(comment.text), 'a reader comment leaked into the text');
    assert.doesNotMatch(stored.text ?? '', /cookie|Advertisement|Sign up for the daily briefing/i);
  });

  it('stores each original page as its standfirst and body, the standfirst marked: the text the evaluations read', async () => {
    const stored = await services.store.articles.listLatest({ limit: 1000 });
    let checked = 0;
    for (const article of corpus.articles.filter((candidate) => !candidate.syndicatedFrom)) {
      const copies = stored.filter(
        (candidate) => candidate.sourceId === article.outlet.id && squash(candidate.title ?? '') === squash(article.title),
      );
      assert.ok(copies.length > 0, `${article.id} was stored`);
      for (const copy of copies) {
        assert.equal(squash(copy.text ?? ''), squash(pageParagraphs(article).join(' ')), article.id);
        assert.equal(copy.extraction?.standfirst, standfirstParagraphs(article), article.id);
        checked++;
      }
    }
    assert.ok(checked >= corpus.articles.filter((candidate) => !candidate.syndicatedFrom).length);
  });

  it('splits text into sentences with stable ids', async () => {
    const [article] = await services.store.articles.listLatest({ limit: 1 });
    const sentences = await services.store.articles.sentences(article?.id ?? '');
    assert.ok(sentences.length > 3);
    assert.match(sentences[0]?.id ?? '', /^p1s1$/);
  });

  it('folds syndicated copies into their original and files every article in a story', async () => {
    assert.ok(first.stories.duplicates >= corpus.articles.filter((a) => a.syndicatedFrom).length);
    assert.equal(first.stories.placed, await services.store.articles.count());
    const stories = await services.store.stories.list({ limit: 1000 });
    const filed = stories.reduce((sum, story) => sum + story.articleCount, 0);
    assert.equal(filed, first.stories.placed, 'every placed article belongs to a stored story');
    assert.ok(stories.length >= 60, `${stories.length} stories for ${corpus.stories.length} gold stories`);
  });

  it('joins English and Chinese coverage of one event in one story', async () => {
    const stories = await services.store.stories.list({ limit: 500 });
    assert.ok(stories.some((story) => story.languages.includes('en') && story.languages.includes('zh')));
  });

  it('relates a story to others about the company its headlines name, whatever their labels', async () => {
    const stories = await services.store.stories.list({ limit: 500 });
    const leak = stories.find((story) => /^Tessera Compute leaked/.test(story.title));
    assert.ok(leak, 'the credential-leak story is stored');
    const related = await services.store.stories.related(leak.id, 4);
    const tessera = related.filter((story) => /Tessera/.test(story.title)).map((story) => story.title);
    assert.ok(tessera.length >= 2, related.map((story) => story.title).join(' | '));
  });

  it('gives every live story a brief whose every sentence cites sentences that exist', async () => {
    const stories = await services.store.stories.list({ limit: 500 });
    assert.ok(stories.length > 0);
    for (const story of stories) {
      const stored = await services.store.stories.brief(story.id);
      assert.ok(stored, `story ${story.id} has a brief`);
      assert.equal(stored.groundedShare !== null && stored.groundedShare > 0, true);
      const { brief } = stored;
      const sentences = [brief.headline, ...brief.editorsBrief, ...brief.keyTakeaways, ...brief.implications, ...brief.timeline];
      for (const sentence of sentences) {
        assert.ok(sentence.citations.length > 0, `uncited: ${sentence.text}`);
        for (const citation of sentence.citations) {
          const known = new Set((await services.store.articles.sentences(citation.articleId)).map((s) => s.id));
          for (const id of citation.sentenceIds) assert.ok(known.has(id), `${citation.articleId}:${id} does not exist`);
        }
      }
    }
  });

  it('changes nothing when run again', async () => {
    const again = await runPipelinePass(services.refresh, { ...services.pipeline, dueOnly: false });
    assert.equal(
      again.sources.reduce((n, r) => n + r.inserted + r.updated, 0),
      0,
    );
    assert.equal(again.articles.extracted + again.articles.fromFeed, 0);
    assert.equal(again.stories.placed, 0);
    assert.equal(again.briefs.newVersions, 0);
  });
});
