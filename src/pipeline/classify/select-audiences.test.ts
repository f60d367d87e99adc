/** Audiences come with the topics that concern them, or from a paragraph that addresses them; a word in passing adds none. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../segment/index.js';
import { classifyStory, DEFAULT_TAXONOMY, type ClassifyArticle, type Taxonomy, type TaxonomyEntry } from './index.js';

function article(id: string, title: string, paragraphs: string[]): ClassifyArticle {
  return { id, language: 'en', title, sentences: splitSentences(paragraphs.join('\n\n'), 'en') };
}

const FUNDING: TaxonomyEntry = { id: 'funding', name: 'Funding', en: ['funding round', 'raised'], zh: [] };
const INVESTORS: TaxonomyEntry = { id: 'investors', name: 'Investors', en: ['valuation'], zh: [], concernedBy: ['funding'] };
const HR: TaxonomyEntry = {
  id: 'hr-learning-teams',
  name: 'HR & Learning Teams',
  en: ['reskill*', 'apprentice*'],
  zh: [],
  actors: ['recruiters'],
};
const TAXONOMY: Taxonomy = { boards: [], tags: [FUNDING], regions: [], audiences: [INVESTORS, HR] };

/** The audience ids the shipped taxonomy gives a story. */
function defaultAudienceIds(articles: ClassifyArticle[]): string[] {
  return classifyStory({ articles }, DEFAULT_TAXONOMY)
    .filter((label) => label.kind === 'audience')
    .map((label) => label.id);
}

function audiencesOf(articles: ClassifyArticle[]) {
  return classifyStory({ articles }, TAXONOMY).filter((label) => label.kind === 'audience');
}

describe('selectAudiences', () => {
  it('gives the audience a topic concerns, with that topic’s sentences as evidence, though no cue of its own appears', () => {
    const story = article('a1', 'Lantern raised $40 million', [
      'Lantern raised $40 million in a funding round led by Ashgrove.',
      'The funding round will pay for new offices in Leeds.',
    ]);
    const [investors, ...rest] = audiencesOf([story]);
    assert.equal(rest.length, 0);
    assert.equal(investors?.id, 'investors');
    assert.match(investors?.evidence[0]?.text ?? '', /funding round/);
  });

  it('gives an audience that one article addresses over a paragraph', () => {
    const story = article('a1', 'Lantern opens a school for support staff', [
      'Lantern will reskill 300 support agents as technicians over the next year.',
      'The apprentices will spend two days a week in classes and three on the floor.',
    ]);
    assert.deepEqual(
      audiencesOf([story]).map((label) => label.id),
      ['hr-learning-teams'],
    );
  });

  it('adds no audience from one passing mention beside the one the story is about', () => {
    const story = article('a1', 'Lantern raised $40 million', [
      'Lantern raised $40 million in a funding round led by Ashgrove.',
      'The office in Leeds has room for 200 people across three floors.',
      'The company moved its design team there from Manchester.',
      'One manager said some staff might reskill later.',
      'The building was finished in June.',
    ]);
    assert.deepEqual(
      audiencesOf([story]).map((label) => label.id),
      ['investors'],
    );
  });

  it('falls back to the audience the text names most when no topic or paragraph says who should care', () => {
    const story = article('a1', 'Lantern opens an office in Leeds', [
      'Lantern opened an office in Leeds on Monday.',
      'The office has room for 200 people across three floors.',
      'One manager said some staff might reskill later.',
    ]);
    const [only, ...rest] = audiencesOf([story]);
    assert.equal(rest.length, 0);
    assert.equal(only?.id, 'hr-learning-teams');
    assert.match(only?.evidence[0]?.text ?? '', /reskill/);
  });

  it('gives an audience that one sentence names among those the news reaches', () => {
    const story = article('a1', 'Lantern raised $40 million', [
      'Lantern raised $40 million in a funding round led by Ashgrove.',
      'The office in Leeds has room for 200 people across three floors.',
      'Recruiters in Leeds said the hiring plan would tighten the market for designers.',
      'The building was finished in June.',
    ]);
    const labels = audiencesOf([story]);
    assert.deepEqual(
      labels.map((label) => label.id),
      ['investors', 'hr-learning-teams'],
    );
    assert.match(labels[1]?.evidence[0]?.text ?? '', /^Recruiters/);
  });

  it('leaves energy planners out of a chip story whose power is what a device draws, and gives them a grid story', () => {
    const chip = article('c1', 'Lantern Silicon shows a switch that draws less power per port', [
      'Lantern Silicon showed a network switch on Tuesday whose optics draw 18 watts per port, against 27 watts for pluggable modules.',
      'Across a 64-port switch the saving is close to 600 watts, the company said.',
      'Power per port matters because network gear competes with accelerators for the power a rack can take.',
    ]);
    const grid = article('g1', 'Grid operator caps new data-centre connections at 300 megawatts', [
      'The regional grid operator said on Monday it would cap new data-centre connections at 300 megawatts a year until 2028.',
      'Utilities in the region have asked for new transmission lines and substations before they connect more large loads.',
    ]);
    assert.equal(defaultAudienceIds([chip]).includes('energy-planners'), false);
    assert.equal(defaultAudienceIds([grid]).includes('energy-planners'), true);
  });

  it('reads HR as an audience only as people, and a tender as procurement only when it is one', () => {
    const systems = article('s1', 'Agent pilots stall on data access', [
      'A survey of 540 companies found most AI agent pilots had not reached production.',
      'Agents that worked on a curated sample broke down once they needed live permissions across HR, finance or customer systems.',
      'Respondents said evaluation and cost held them back too.',
    ]);
    const leaders = article('l1', 'Employers pay for AI seats nobody uses', [
      'HR leaders interviewed for the report said 38% of the AI seats they pay for sat inactive in a typical month.',
      'Several HR leaders said they had treated training as a compliance exercise and would now rebuild it.',
    ]);
    assert.equal(defaultAudienceIds([systems]).includes('hr-learning-teams'), false);
    assert.equal(defaultAudienceIds([leaders]).includes('hr-learning-teams'), true);
    const shares = article('t1', 'Model lab lets staff sell shares', [
      'The model lab will let current and former employees sell shares to outside investors.',
      'The tender opens on November 2 and runs until November 20.',
      'The lab said it would refresh equity grants after the tender closes.',
    ]);
    assert.equal(defaultAudienceIds([shares]).includes('executives'), false);
  });

  it('reads a product line named "H-Series" as no funding round, and a Series B as one', () => {
    const zone = article('z1', 'Cloud opens a second zone in Pune', [
      'A cloud provider opened a second availability zone in its Pune region on Monday.',
      'H-Series GPU instances are due in the new zone by March 2027, and inference endpoints will follow.',
      'For now, H-Series capacity in the region sits only in the original zone.',
    ]);
    const round = article('r1', 'Chip start-up raises a Series B', [
      'A chip start-up said on Monday it had closed a Series B led by a growth fund.',
      'The Series B gives the company enough cash to reach volume production, its chief executive said.',
    ]);
    assert.equal(defaultAudienceIds([zone]).includes('investors'), false, defaultAudienceIds([zone]).join());
    assert.ok(defaultAudienceIds([round]).includes('investors'), defaultAudienceIds([round]).join());
  });
});
