/** A company's home places its news when no place is named, and yields to the places a story does name. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ENTITY_ALIASES } from '../entities/index.js';
import { splitSentences } from '../segment/index.js';
import { classifyStory, DEFAULT_TAXONOMY } from './index.js';
import type { ClassifyArticle } from './types.js';

function article(id: string, title: string, paragraphs: string[]): ClassifyArticle {
  return { id, outlet: 'wire', language: 'en', title, sentences: splitSentences(paragraphs.join('\n\n'), 'en') };
}

const regionOf = (articles: ClassifyArticle[]) =>
  classifyStory({ articles }, DEFAULT_TAXONOMY, { kinds: ['region'] }).filter((label) => label.kind === 'region');

describe('company homes in regions', () => {
  it('maps every home to exactly one region of the default taxonomy', () => {
    for (const entry of ENTITY_ALIASES.filter((candidate) => candidate.home)) {
      const regions = DEFAULT_TAXONOMY.regions.filter((region) => region.entities?.includes(entry.home as string));
      assert.equal(regions.length, 1, `${entry.id} → ${entry.home}: ${regions.map((region) => region.id).join() || 'no region'}`);
    }
  });

  it("places a story that names no place where its company is based, with the company's sentences as evidence", () => {
    const story = [
      article('chip-1', 'Corvane cuts the price of its K9 accelerator by a fifth', [
        'Corvane said on Monday that it would cut the list price of its K9 accelerator by 20% from December.',
        'The company said demand had shifted to its next chip and that it wanted to clear inventory.',
        'Analysts said the cut would pressure rivals that sell older accelerators.',
      ]),
    ];
    const [region] = regionOf(story);
    assert.equal(region?.id, 'north-america');
    assert.ok(region!.evidence.some((evidence) => evidence.text.includes('Corvane')));
  });

  it('gives no region from a company nobody has placed', () => {
    const story = [
      article('survey-1', 'Lodestar Research finds most agent pilots stall', [
        'Lodestar Research said 61% of the agent pilots it tracked had not reached production.',
        'The firm surveyed technology leaders about their plans for next year.',
      ]),
    ];
    assert.deepEqual(regionOf(story), []);
  });

  it("lets the places a story names outweigh its company's home", () => {
    const story = [
      article('dublin-1', 'Stratos Cloud opens a new region in Dublin', [
        'Stratos Cloud opened a new cloud region in Dublin on Tuesday, its second in Ireland.',
        'The Dublin region has three data centres west of the city, and customers in Ireland and across Europe can use it now.',
        'Stratos said the region meets European data-residency requirements.',
      ]),
    ];
    assert.equal(regionOf(story)[0]?.id, 'europe');
  });
});
