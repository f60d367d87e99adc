/** Relations between tags and sentences that deny a topic: a companion tag needs less presence; a denial is no evidence. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../segment/index.js';
import { classifyStory, DEFAULT_TAXONOMY, type ClassifyArticle, type Taxonomy, type TaxonomyEntry } from './index.js';

function story(title: string, paragraphs: string[]): ClassifyArticle[] {
  return [{ id: 'a1', language: 'en', title, sentences: splitSentences(paragraphs.join('\n\n'), 'en') }];
}

function tagsOf(articles: ClassifyArticle[], tags: TaxonomyEntry[]): string[] {
  const taxonomy: Taxonomy = { boards: [], tags, regions: [], audiences: [] };
  return classifyStory({ articles }, taxonomy)
    .map((label) => label.id)
    .sort();
}

const TRAINING: TaxonomyEntry = { id: 'training', name: 'Training', en: ['apprentice*', 'course*', 'classroom*'], zh: [] };
const SKILLS_GAP: TaxonomyEntry = { id: 'skills-gap', name: 'Skills gap', en: ['shortage of staff', 'skills gap'], zh: [] };

/** A training story that states the gap it answers once, after its lead. */
const APPRENTICES = story('Utility to hire 400 line workers through a paid programme', [
  'The utility will take on 400 apprentices at two depots from March.',
  'Each apprentice spends ten weeks in a classroom course and the rest of the year with repair crews.',
  'A shortage of staff who can service high-voltage equipment has delayed repairs, the utility said.',
]);

describe('tag relations', () => {
  it('keeps a tag stated briefly beside its companion, and not without the relation', () => {
    assert.deepEqual(tagsOf(APPRENTICES, [TRAINING, { ...SKILLS_GAP, companions: ['training'] }]), ['skills-gap', 'training']);
    assert.deepEqual(tagsOf(APPRENTICES, [TRAINING, SKILLS_GAP]), ['training']);
  });

  it('relates sovereignty to open weights in the default taxonomy', () => {
    const release = story('Lab publishes a model for European companies', [
      'A French lab released an open-weights model on Tuesday, publishing everything under a permissive licence.',
      'Companies can download the open-weights release and run it on their own servers.',
      'Several banks said running the model in-country settles their questions about where data is kept.',
    ]);
    const labels = classifyStory({ articles: release }, DEFAULT_TAXONOMY, { kinds: ['tag'] }).map((label) => label.id);
    assert.ok(labels.includes('open-weights') && labels.includes('sovereignty'), labels.join());
  });

  it('does not keep a companion tag when its companion is not kept', () => {
    const withoutTraining = [
      { ...SKILLS_GAP, companions: ['training'] },
      { id: 'grid', name: 'Grid', en: ['high-voltage', 'repair*'], zh: [] },
    ];
    assert.deepEqual(tagsOf(APPRENTICES, withoutTraining), ['grid']);
  });
});

describe('agreement across outlets', () => {
  const tags: TaxonomyEntry[] = [
    { id: 'pricing', name: 'Pricing', en: ['price cut*', 'per hour', 'cheaper', 'discount*'], zh: [] },
    { id: 'regulation', name: 'Regulation', en: ['guidance', 'regulator*'], zh: [] },
  ];
  const report = (id: string): ClassifyArticle => ({
    ...story('New guidance for computing centres', [
      'Computing centres announced a price cut of a third, making an hour of capacity cheaper than last year.',
      'Rent per hour falls to 12 yuan, with discounts for yearly contracts.',
      'Smaller centres say the price cut leaves them no room, as rivals offer deeper discounts.',
      'Buyers expect capacity to get cheaper still, with another price cut by spring.',
      'Analysts expect discounts to spread and rent per hour to fall again.',
      'One centre said its price cut was cheaper than building new halls.',
      'The regulator will review the rates in June.',
    ])[0]!,
    id,
  });

  it('keeps a tag that every outlet opens on, however briefly the texts then dwell on it', () => {
    assert.deepEqual(tagsOf([report('a1'), report('a2')], tags), ['pricing', 'regulation']);
  });

  it("does not read one outlet's headline as agreement", () => {
    assert.deepEqual(tagsOf([report('a1')], tags), ['pricing']);
  });
});

describe('denials', () => {
  const regulation: TaxonomyEntry = {
    id: 'regulation',
    name: 'Regulation',
    en: ['AI Act', 'regulator*'],
    zh: [],
    denials: ['no law*', 'does not apply'],
  };

  it('takes no evidence from a sentence that says the rules do not apply', () => {
    const denied = story('A union and a publisher agree how newsrooms may use AI', [
      'The agreement covers disclosure and paid training for 300 journalists.',
      'The country has no law on AI at work, and the AI Act does not apply there.',
    ]);
    assert.deepEqual(tagsOf(denied, [regulation]), []);
  });

  it('still labels a sentence that applies the rules', () => {
    const applied = story('A union and a publisher agree how newsrooms may use AI', [
      'The agreement covers disclosure and paid training for 300 journalists.',
      'The AI Act applies to the publisher from August, and the national regulator will check its disclosures.',
    ]);
    const labels = classifyStory({ articles: applied }, { boards: [], tags: [regulation], regions: [], audiences: [] });
    assert.deepEqual(
      labels.map((label) => label.id),
      ['regulation'],
    );
    assert.ok(labels[0]!.evidence.every((evidence) => evidence.text.includes('AI Act')));
  });
});
