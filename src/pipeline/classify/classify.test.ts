/** Labels carry the sentences that earned them; the outlet never counts, places decide the region. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLOUD_RETRAINING, GRID_TARIFF, SHENZHEN_MODEL, SKILLS_SURVEY, WORLD_SURVEY } from './__fixtures__/stories.js';
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

  it('places a Chinese-only story in China from 北京 and 深圳, and tags it China, though it never writes 中国', () => {
    const labels = classifyStory({ articles: SHENZHEN_MODEL }, DEFAULT_TAXONOMY);
    assert.deepEqual(
      labels.filter((label) => label.kind === 'region').map((label) => label.id),
      ['china'],
    );
    const china = labels.find((label) => label.kind === 'tag' && label.id === 'china');
    assert.ok(china, labels.map((label) => label.id).join());
    assert.ok(china.evidence.some((evidence) => /深圳|北京/.test(evidence.text)));
  });

  it('reads a sentence listing countries across the world as reach: Global, not the region named most', () => {
    const labels = classifyStory({ articles: WORLD_SURVEY }, DEFAULT_TAXONOMY);
    const region = labels.filter((label) => label.kind === 'region');
    assert.deepEqual(
      region.map((label) => label.id),
      ['global'],
    );
    assert.ok(region[0]!.evidence.some((evidence) => evidence.text.includes('Brazil')));
  });

  it("takes a company's name as a hint of its sector, not as the story's subject", () => {
    const labels = classifyStory({ articles: CLOUD_RETRAINING }, DEFAULT_TAXONOMY);
    const boards = labels.filter((label) => label.kind === 'board').map((label) => label.id);
    assert.equal(boards[0], 'workforce-skills');
    assert.equal(boards.includes('hyperscalers-cloud'), false, boards.join());
  });

  it('keeps a narrower tag instead of the broader one it narrows', () => {
    const taxonomy: Taxonomy = {
      boards: [],
      tags: [
        { id: 'regulation', name: 'Regulation', en: ['rule', 'regulator*'], zh: [] },
        { id: 'export-controls', name: 'Export controls', en: ['export control*', 'export licence*'], zh: [], broader: 'regulation' },
      ],
      regions: [],
      audiences: [],
    };
    const story = [
      {
        id: 'export-1',
        language: 'en',
        title: 'New export controls on accelerators',
        sentences: [
          { id: 'p1s1', paragraph: 1, start: 0, end: 57, text: 'The new rule tightens export controls on AI accelerators.' },
          { id: 'p2s1', paragraph: 2, start: 59, end: 118, text: 'Exporters will need an export licence, the regulator said.' },
        ],
      },
    ];
    const withBroader = classifyStory({ articles: story }, taxonomy).map((label) => label.id);
    assert.deepEqual(withBroader, ['export-controls']);
    const flat = { ...taxonomy, tags: taxonomy.tags.map(({ broader: _broader, ...tag }) => tag) };
    assert.deepEqual(
      classifyStory({ articles: story }, flat)
        .map((label) => label.id)
        .sort(),
      ['export-controls', 'regulation'],
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
