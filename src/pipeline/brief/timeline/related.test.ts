import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../../segment/index.js';
import { composeBriefWith } from '../compose.js';
import { verifyAndPrune } from '../grounding.js';
import type { BriefInput, RelatedStory } from '../types.js';

const segment = (text: string, language: string) => splitSentences(text, language);

const story: BriefInput = {
  storyId: 'atlas-debt',
  articles: [
    {
      id: 'debt-1',
      outlet: 'Deal Desk',
      url: null,
      title: 'Atlas Fission lines up $2 billion debt facility for its first reactors',
      published: '2026-11-10T12:00:00Z',
      language: 'en',
      text: [
        'Atlas Fission said on Tuesday it had arranged a $2 billion debt facility with a group of six banks to build its first small modular reactors.',
        'The loan is backed by the long-term contract Atlas Fission holds with a large cloud provider.',
        'The company expects to draw the first tranche in March 2027, when it files its licence application.',
      ].join('\n\n'),
    },
    {
      id: 'debt-2',
      outlet: 'Gridline',
      url: null,
      title: 'Banks lend Atlas Fission $2 billion against its cloud contract',
      published: '2026-11-10T15:00:00Z',
      language: 'en',
      text: 'Six banks agreed on Tuesday to lend Atlas Fission $2 billion for its first small modular reactors, the company said.',
    },
  ],
};

const ppa: RelatedStory = {
  storyId: 'atlas-ppa',
  firstSeen: '2026-10-14T09:00:00Z',
  articles: [
    {
      id: 'ppa-1',
      outlet: 'Gridline',
      url: null,
      title: 'Helioscale signs nuclear power deal with Atlas Fission',
      published: '2026-10-14T09:00:00Z',
      language: 'en',
      text: [
        'Helioscale said on Wednesday it had signed a 20-year power-purchase agreement with Atlas Fission for 1.2 gigawatts of small modular reactor capacity.',
        'Separately, a gas-turbine maker said on Tuesday that its order backlog had doubled this year.',
        'Atlas Fission plans to file its licence application for small modular reactors in Idaho in March 2027.',
      ].join('\n\n'),
    },
  ],
};

// A later story on the same subject is not history for this one.
const later: RelatedStory = {
  storyId: 'atlas-later',
  firstSeen: '2026-11-15T09:00:00Z',
  articles: [
    {
      id: 'later-1',
      outlet: 'Gridline',
      url: null,
      title: 'Atlas Fission hires a construction chief',
      published: '2026-11-15T09:00:00Z',
      language: 'en',
      text: 'Atlas Fission said on Friday it had hired a construction chief for its small modular reactors, the company said on Friday.',
    },
  ],
};

const compose = (input: BriefInput) => composeBriefWith(input, { createdAt: '2026-11-21T00:00:00Z' }, segment);

describe('timeline from earlier related stories', () => {
  it('adds the related story’s dated event on the subject, cited to its article, and leaves out others', () => {
    const brief = compose({ ...story, relatedStories: [ppa, later] });
    const related = brief.timeline.filter((event) => event.citations.some((citation) => citation.articleId === 'ppa-1'));
    assert.deepEqual(
      related.map((event) => [event.date, event.precision]),
      [['2026-10-14', 'day']],
    );
    assert.match(related[0]?.text ?? '', /power-purchase agreement with Atlas Fission/);
    // The turbine maker's news shares no name with the story; the March 2027 plan is not history; the later story is not earlier.
    assert.ok(!brief.timeline.some((event) => /gas-turbine|construction chief/.test(event.text)));
    assert.ok(!brief.timeline.some((event) => event.citations.some((citation) => citation.articleId === 'later-1')));
    const lent = brief.references.find((reference) => reference.articleId === 'ppa-1');
    assert.equal(lent?.outlet, 'Gridline');
    assert.equal(lent?.relatedStoryId, 'atlas-ppa', 'the reference says which earlier story it comes from');
    assert.ok(
      brief.references.filter((reference) => reference.articleId !== 'ppa-1').every((reference) => reference.relatedStoryId === undefined),
    );
  });

  it('keeps the related event through verification: the verifier is given the related article it cites', () => {
    const input = { ...story, relatedStories: [ppa] };
    const grounded = verifyAndPrune(compose(input), input, segment);
    assert.deepEqual(grounded.dropped, []);
    assert.ok(grounded.brief?.timeline.some((event) => event.citations.some((citation) => citation.articleId === 'ppa-1')));
  });

  it('cites no related story anywhere but the timeline, and adds nothing without related stories', () => {
    const brief = compose({ ...story, relatedStories: [ppa] });
    const outside = [
      brief.headline,
      ...brief.editorsBrief,
      ...brief.keyTakeaways,
      ...(brief.article?.paragraphs ?? []).flatMap((p) => p.sentences),
    ];
    assert.ok(!outside.some((sentence) => sentence.citations.some((citation) => citation.articleId === 'ppa-1')));
    const alone = compose(story);
    assert.ok(!alone.references.some((reference) => reference.articleId === 'ppa-1'));
  });

  it('ties Chinese stories by the entities they name, not by a word their titles share', () => {
    const filings: BriefInput = {
      storyId: 'cac-filings',
      articles: [
        {
          id: 'cac-1',
          outlet: '云端财经',
          url: null,
          title: '网信办公布新一批生成式AI服务备案，智能体类占比升至四分之一',
          published: '2026-11-06T02:00:00Z',
          language: 'zh',
          text: '国家网信办11月5日公布新一批生成式人工智能服务备案信息，本批共有94款服务完成备案。\n\n智能体类服务占比升至四分之一。',
        },
      ],
    };
    const relatedStory = (id: string, title: string, text: string): RelatedStory => ({
      storyId: id,
      firstSeen: '2026-10-30T02:00:00Z',
      articles: [{ id: `${id}-1`, outlet: '科技鸟瞰', url: null, title, published: '2026-10-30T02:00:00Z', language: 'zh', text }],
    });
    // The export rule shares words with the filings story (公布, 生成式, AI, 服务, 备案) but no entity; the earlier batch names 网信办.
    const exports = relatedStory(
      'us-exports',
      '美国商务部公布AI服务出口管制新规',
      '美国商务部10月29日公布新一批AI服务出口管制新规，生成式AI服务提供商须完成备案。',
    );
    const batch = relatedStory(
      'cac-batch',
      '网信办公布上一批生成式AI服务备案',
      '网信办8月公布上一批生成式人工智能服务备案信息，共有87款服务完成备案。',
    );
    const brief = compose({ ...filings, relatedStories: [exports, batch] });
    const related = brief.timeline.flatMap((event) => event.citations.map((citation) => citation.articleId)).filter((id) => id !== 'cac-1');
    assert.deepEqual(related, ['cac-batch-1']);
  });
});
