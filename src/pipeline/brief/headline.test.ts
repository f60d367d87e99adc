import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../segment/index.js';
import { composeBriefWith } from './compose.js';
import { opensOnNews, selectHeadline, teases } from './headline.js';
import { preparePool } from './pool.js';
import type { BriefInput } from './types.js';

const segment = (text: string, language: string) => splitSentences(text, language);

function story(title: string, sentences: readonly string[]): BriefInput {
  return {
    storyId: 'harbor-boise',
    articles: [
      {
        id: 'a1',
        outlet: 'Inland Ledger',
        url: 'https://inland.example/harbor',
        title,
        published: '2026-11-10T09:00:00Z',
        language: 'en',
        text: sentences.join('\n\n'),
      },
    ],
  };
}

const lead = { text: 'The lead sentence of the story, cited.', citations: [{ articleId: 'a1', sentenceIds: ['p1s1'] }] };

describe('selectHeadline', () => {
  it('takes a title whose terms a sentence states in a clause without the negation it carries elsewhere', () => {
    const input = story('Harbor Compute opens fifth GPU site near Boise', [
      'Harbor Compute has opened a fifth GPU site near Boise, without moving any customer data out of the state.',
      'The site holds 12,000 accelerators and draws power from a hydro contract signed last year.',
    ]);
    const pool = preparePool(input, 'en', segment);
    const top = selectHeadline(pool, { lead, hook: null });
    assert.equal(top.headline.text, 'Harbor Compute opens fifth GPU site near Boise');
    assert.deepEqual(top.headline.citations, [{ articleId: 'a1', sentenceIds: ['p1s1'] }]);
  });

  it('refuses a title whose terms only a negated clause states', () => {
    const input = story('Harbor Compute opens fifth GPU site near Boise', [
      'Harbor Compute has not opened a fifth GPU site near Boise, the company said on Monday.',
      'The site holds 12,000 accelerators and draws power from a hydro contract signed last year.',
    ]);
    const top = selectHeadline(preparePool(input, 'en', segment), { lead, hook: null });
    assert.notEqual(top.headline.text, 'Harbor Compute opens fifth GPU site near Boise');
  });

  it('skips a title the verifier rejected in the first draft', () => {
    const title = 'Harbor Compute opens fifth GPU site near Boise';
    const input = story(title, ['Harbor Compute has opened a fifth GPU site near Boise, the company said on Monday.']);
    const top = selectHeadline(preparePool(input, 'en', segment), { lead, hook: null }, new Set([title]));
    assert.equal(top.headline.citations, lead.citations);
  });

  it('lets a scene-setting lead trade places with a hook that opens on the news', () => {
    const input = story('Briefing note', ['Every operator of a busy GPU cloud knows the feeling of a full queue on a Monday morning.']);
    const pool = preparePool(input, 'en', segment);
    const scene = {
      text: 'Every operator of a busy GPU cloud knows the feeling of a full queue on a Monday morning.',
      citations: lead.citations,
    };
    const news = {
      text: 'Harbor Compute, which runs four GPU sites in Oregon, said on Tuesday it had opened a fifth site near Boise.',
      citations: [{ articleId: 'a1', sentenceIds: ['p2s1'] }],
    };
    const top = selectHeadline(pool, { lead: scene, hook: news });
    assert.equal(top.headline.text, 'Harbor Compute, which runs four GPU sites in Oregon, said it had opened a fifth site near Boise');
    assert.equal(top.hook, scene);
    assert.equal(top.news, news);
    const kept = selectHeadline(pool, { lead: news, hook: scene });
    assert.equal(kept.hook, scene, 'a lead that opens on the news stays the headline');
    assert.equal(kept.news, undefined);
  });
});

describe('selectHeadline with a lead that leans on what came before', () => {
  it('lets a hook that reads alone head the brief', () => {
    const pool = preparePool(
      story('Briefing note', ['The plan, filed on Monday, compares with a peak of 61 GW last year.']),
      'en',
      segment,
    );
    const back = { text: 'The plan, filed on Monday, compares with a peak of 61 GW last year.', citations: lead.citations };
    const alone = {
      text: 'The operator of the grid serving four states forecasts a summer peak of 66 GW.',
      citations: [{ articleId: 'a1', sentenceIds: ['p2s1'] }],
    };
    const top = selectHeadline(pool, { lead: back, hook: alone });
    assert.equal(top.headline.text, 'The operator of the grid serving four states forecasts a summer peak of 66 GW');
    assert.equal(top.news, alone);
    const both = { ...alone, text: 'The researchers found the same tasks in two public crawls of the web.' };
    assert.equal(selectHeadline(pool, { lead: back, hook: both }).news, undefined, 'a hook that leans back too stays the hook');
  });
});

describe('opensOnNews', () => {
  it('wants a name among the first words and no scene-setting opener', () => {
    assert.ok(opensOnNews('Harbor Compute opened a fifth GPU site near Boise on Tuesday.'));
    assert.ok(!opensOnNews('While rivals sign long power contracts, Harbor Compute is building where the power is.'));
    assert.ok(!opensOnNews('On Tuesday, the company opened a fifth site in the state.'), 'a weekday is not a name');
    assert.ok(!opensOnNews('It opened a fifth GPU site near Boise on Tuesday.'));
    assert.ok(!opensOnNews('The deal, signed with Harbor Compute on Tuesday, runs for ten years.'), 'the deal was named before');
  });
});

describe('teases', () => {
  it('tells a sentence that announces or weighs the news from one that reports it', () => {
    assert.ok(teases('The guidance has three policy levers.'));
    assert.ok(teases('For a European reader, the interesting part is the instrument rather than the goal.'));
    assert.ok(teases('The deal also says something about European sovereignty debates.'));
    assert.ok(teases('For Western grid planners the contrast is instructive.'));
    assert.ok(!teases('The guidance has three policy levers: a 60% target, a ban on below-cost pricing and price lists.'));
    assert.ok(!teases('The packaging, not the photonics, is the hard part.'));
    assert.ok(!teases('The real test comes in March 2027, when the first results are due.'), 'a date makes it news');
  });
});

describe('a lead that names no one', () => {
  it('gives way to another outlet’s lead that names the company, for "What changed" and the headline', () => {
    const input: BriefInput = {
      storyId: 'quarry',
      articles: [
        {
          id: 'q1',
          outlet: 'Breach Report',
          url: null,
          // A title that hedges is no headline, so the lead heads the brief.
          title: 'Ransomware hits a colocation provider; power unaffected',
          published: '2026-11-10T09:00:00Z',
          language: 'en',
          text: [
            'The Midwest operator says attackers encrypted its corporate systems on Sunday and took data from a file server.',
            'Customer racks stayed up, but remote-hands requests are running on paper.',
          ].join('\n\n'),
        },
        {
          id: 'q2',
          outlet: 'Data Center Ledger',
          url: null,
          title: 'Colocation provider on paper after attack',
          published: '2026-11-10T11:00:00Z',
          language: 'en',
          text: [
            'Quarry Hill Data Centers is running parts of its operation on paper after a ransomware attack on Sunday encrypted its customer portal.',
            'The company said power and cooling were not affected.',
          ].join('\n\n'),
        },
      ],
    };
    const brief = composeBriefWith(input, {}, segment);
    assert.match(brief.tldr.whatChanged?.text ?? '', /^Quarry Hill Data Centers/);
    assert.doesNotMatch(brief.headline.text, /^The Midwest operator/);
  });
});
