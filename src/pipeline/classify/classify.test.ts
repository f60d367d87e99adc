/** Labels carry the sentences that earned them; the outlet never counts, places decide the region. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GRID_TARIFF, SKILLS_SURVEY } from './__fixtures__/stories.js';
import { classifyStory, DEFAULT_TAXONOMY, type Taxonomy } from './index.js';

describe('classifyStory', () => {
  it('gives every label evidence that quotes a sentence of the story', () => {
    const labels = classifyStory({ articles: GRID_TARIFF }, DEFAULT_TAXONOMY);
    assert.ok(labels.length > 0);
    const sentences = new Map(
      GRID_TARIFF.flatMap((article) => article.sentences.map((sentence) => [`${article.id}/${sentence.id}`, sentence.text])),
    );
    for (const label of labels) {
      assert.ok(label.evidence.length > 0, label.id);
      for (const evidence of label.evidence) assert.equal(sentences.get(`${evidence.articleId}/${evidence.sentenceId}`), evidence.text);
    }
  });

  it('puts a grid tariff story on Energy & Power, tags it grid, and places it in North America from its places', () => {
    const labels = classifyStory({ articles: GRID_TARIFF }, DEFAULT_TAXONOMY);
    const ids = (kind: string) => labels.filter((label) => label.kind === kind).map((label) => label.id);
    assert.equal(ids('board')[0], 'energy-power');
    assert.ok(ids('tag').includes('grid'), ids('tag').join());
    assert.deepEqual(ids('region'), ['north-america']);
  });

  it('keeps an AI skills story off Energy & Power, whatever its outlet covers and however often it says "power users"', () => {
    const labels = classifyStory({ articles: SKILLS_SURVEY }, DEFAULT_TAXONOMY);
    assert.equal(labels.find((label) => label.kind === 'board')?.id, 'workforce-skills');
    assert.equal(
      labels.some((label) => label.id === 'energy-power' || label.id === 'power'),
      false,
    );
  });

  it('labels from the taxonomy it is given, and gives nothing without a cue', () => {
    const taxonomy: Taxonomy = {
      boards: [{ id: 'rail', name: 'Rail', en: ['railway', 'train*'], zh: ['铁路'] }],
      tags: [],
      regions: [],
      audiences: [],
    };
    assert.deepEqual(classifyStory({ articles: GRID_TARIFF }, taxonomy), []);
    const rail = [
      {
        ...GRID_TARIFF[0]!,
        title: 'Railway electrification',
        sentences: GRID_TARIFF[0]!.sentences.map((s) => ({ ...s, text: `${s.text} The railway agrees.` })),
      },
    ];
    assert.deepEqual(
      classifyStory({ articles: rail }, taxonomy).map((label) => label.id),
      ['rail'],
    );
  });
});
