import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../segment/index.js';
import { citeResolved, isDangling, resolveOpening, standsAlone } from './antecedents.js';
import { leansOnContent } from './content-reference.js';
import { composeBriefWith } from './compose.js';
import { verifyAndPrune } from './grounding.js';
import { preparePool } from './pool.js';
import type { BriefInput } from './types.js';

const segment = (text: string, language: string) => splitSentences(text, language);

const story: BriefInput = {
  storyId: 'quarrystone',
  articles: [
    {
      id: 'q-1',
      outlet: 'Ledger',
      url: null,
      title: 'Quarrystone Systems restores its billing portal after an intrusion',
      published: '2026-11-12T10:00:00Z',
      language: 'en',
      text: [
        'Quarrystone Systems said on Wednesday that an intrusion had taken its billing portal offline for two days.',
        'The company expects to restore full service to its 4,000 customers by Friday.',
        'Several analysts said the attack showed how exposed mid-sized hosting firms have become.',
        'The company would not say who was behind it.',
        '"We shut the portal down ourselves as soon as we saw the traffic," said Ilse Varga, the firm\'s chief security officer.',
        'She said no customer workloads had been touched.',
        'Quarrystone Systems hired Brandt Forensics to investigate, according to Tomas Hale, a partner at the firm.',
      ].join('\n\n'),
    },
    {
      id: 'q-2',
      outlet: 'Wire',
      url: null,
      title: 'Hosting firm Quarrystone hit by intrusion',
      published: '2026-11-12T12:00:00Z',
      language: 'en',
      text: 'Quarrystone Systems said an intrusion took its billing portal offline for two days, and that it expects full service back by Friday.',
    },
  ],
};

const pool = preparePool(story, 'en', segment);
const item = (articleId: string, position: number) => {
  const found = pool.byArticle.get(articleId)?.[position];
  assert.ok(found);
  return found;
};

describe('giving a bare surname its full name', () => {
  const results: BriefInput = {
    storyId: 'corvane-results',
    articles: [
      {
        id: 'c-1',
        outlet: 'Ledger',
        url: null,
        title: 'Corvane beats forecasts',
        published: '2026-11-19T22:00:00Z',
        language: 'en',
        text: [
          'Corvane reported quarterly revenue of $31.4 billion on Thursday.',
          'Chief financial officer Elise Marchetti said purchase commitments rose to $48 billion.',
          'Marchetti said most of the increase reflected K10 supply secured for 2027.',
          'Okafor said demand for the K10 was ahead of anything the company had seen.',
          'Jennings kept an outperform rating on the stock.',
        ].join('\n\n'),
      },
      {
        id: 'c-2',
        outlet: 'Wire',
        url: null,
        title: 'Corvane shares rise',
        published: '2026-11-19T23:00:00Z',
        language: 'en',
        text: [
          'Chief executive Rafael Okafor said on a call with analysts that supply was tight.',
          '"Nobody knows whether the margin dip lasts," said Carla Jennings, an analyst at Brookfield Partners.',
        ].join('\n\n'),
      },
    ],
  };
  const corvane = preparePool(results, 'en', segment);
  const at = (articleId: string, position: number) => corvane.byArticle.get(articleId)![position]!;

  it('writes the full name the article gave before, and cites the sentence that gave it', () => {
    const sentence = citeResolved(at('c-1', 2), corvane);
    assert.equal(sentence.text, 'Elise Marchetti said most of the increase reflected K10 supply secured for 2027.');
    assert.deepEqual(sentence.citations, [{ articleId: 'c-1', sentenceIds: ['p3s1', 'p2s1'] }]);
  });

  it('takes the full name from another article of the story when the article gives none', () => {
    const sentence = citeResolved(at('c-1', 3), corvane);
    assert.equal(sentence.text, 'Rafael Okafor said demand for the K10 was ahead of anything the company had seen.');
    assert.deepEqual(sentence.citations, [
      { articleId: 'c-1', sentenceIds: ['p4s1'] },
      { articleId: 'c-2', sentenceIds: ['p1s1'] },
    ]);
  });

  it('leaves the surname when the only sentence giving the full name hedges, which the claim would then seem to drop', () => {
    assert.equal(citeResolved(at('c-1', 4), corvane).text, 'Jennings kept an outperform rating on the stock.');
  });
});

describe('resolving a leading reference to the previous sentence’s name', () => {
  it('replaces "The company" with the organisation that opens the previous sentence, and cites both', () => {
    const sentence = citeResolved(item('q-1', 1), pool);
    assert.equal(sentence.text, 'Quarrystone Systems expects to restore full service to its 4,000 customers by Friday.');
    const own = sentence.citations.find((citation) => citation.articleId === 'q-1');
    assert.deepEqual(own?.sentenceIds, [item('q-1', 1).sentence.id, item('q-1', 0).sentence.id]);
  });

  it('replaces "She" with the one person named before, and leaves two people alone', () => {
    assert.equal(citeResolved(item('q-1', 5), pool).text, 'Ilse Varga said no customer workloads had been touched.');
    const previous = 'Ilse Varga and Tomas Hale, the chief executive, said the portal was back.';
    assert.equal(resolveOpening('She said no workloads were touched.', previous, pool), null);
  });

  it('leaves a reference unresolved when the previous sentence opens with no name', () => {
    // "Several analysts said…": a capital that only starts the sentence names nothing.
    assert.equal(standsAlone(item('q-1', 3), pool), false);
    assert.equal(citeResolved(item('q-1', 3), pool).text, 'The company would not say who was behind it.');
  });

  it('does not let a sentence stand alone when a demonstrative inside it stands for what came before', () => {
    const leaning = preparePool(
      {
        storyId: 'heat',
        articles: [
          {
            id: 'h-1',
            outlet: 'Gridline',
            url: null,
            title: 'Waste heat from Nordvik Data warms 18,000 homes',
            published: '2026-10-19T10:00:00Z',
            language: 'en',
            text: [
              'Nordvik Data said its campus in Sundsvall supplied heat to 18,000 homes last year.',
              'The company said that the plant would cost about $40 million.',
              'Nordvik is building exactly that — a heat-pump plant due online in December 2027.',
              'Roughly $31 million of that covers licences and model usage.',
              'Deals like this have become common among operators in the Nordics.',
              'On that, chief financial officer Elise Marchetti gave the bears their quote of the night.',
              'The decision on that site is due in March.',
            ].join('\n\n'),
          },
        ],
      },
      'en',
      segment,
    );
    const alone = leaning.sentences.map((candidate) => standsAlone(candidate, leaning));
    // "said that the plant" is a conjunction, "The company" names Nordvik Data, and "that site" is a named thing.
    assert.deepEqual(alone, [true, true, false, false, false, false, true]);
  });

  it('tells a demonstrative subject, which only the sentence before explains, from a demonstrative that names its thing', () => {
    const texts = [
      'That avoids a private transmission line but means the campus still depends on the grid.',
      'This means customers will pay more from January.',
      'These include two plants in Texas.',
      '这意味着数据中心需要自建电源。',
      'That deal closed in March.',
      'This week Helioscale opened a second region.',
      'This analysis covers 40 projects.',
      'Those chips ship in 2027.',
      'Across one 64-port switch that is close to 600 watts.',
      'In a region that is short of power, Helioscale added batteries.',
    ];
    const leans = (text: string) => {
      const language = /\p{Script=Han}/u.test(text) ? 'zh' : 'en';
      const article = { id: 'd', outlet: 'Gridline', url: null, title: 'Grid', published: '2026-10-19T10:00:00Z', language, text };
      const pool = preparePool({ storyId: 'demonstratives', articles: [article] }, language, segment);
      return leansOnContent(pool.sentences[0]!, pool);
    };
    assert.deepEqual(texts.map(leans), [true, true, true, true, false, false, false, false, true, false]);
  });

  it('shows a sentence with a demonstrative subject in no section, even where no other sentence carries its cue', () => {
    const input: BriefInput = {
      storyId: 'sleeved',
      articles: [
        {
          id: 's-1',
          outlet: 'Gridline',
          url: null,
          title: 'Red Mesa Solar starts building a 650 MW farm for Stratos Cloud',
          published: '2026-10-20T10:00:00Z',
          language: 'en',
          text: [
            'Red Mesa Solar began building a 650 MW solar farm near Buckeye, Arizona, on Tuesday, with its output contracted to Stratos Cloud.',
            'The power will reach Stratos through the local utility under a sleeved arrangement.',
            'That will force Stratos to keep paying grid fees and could raise its power costs in the years ahead.',
          ].join('\n\n'),
        },
      ],
    };
    const brief = composeBriefWith(input, {}, segment);
    const texts = [
      brief.hook?.text,
      ...brief.editorsBrief.map((point) => point.text),
      ...Object.values(brief.tldr).map((row) => row?.text),
      ...brief.keyTakeaways.map((point) => point.text),
      ...brief.implications.map((point) => point.text),
    ];
    assert.ok(
      texts.some((text) => text?.includes('sleeved arrangement')),
      'the sentence it leans on is shown',
    );
    assert.ok(!texts.some((text) => text?.startsWith('That will force')), 'the sentence leaning on it is not');
  });

  it('tells leaning openers from self-contained ones, in English and Chinese', () => {
    assert.ok(isDangling('The company said it would appeal.'));
    assert.ok(isDangling("The firm's review found nothing."));
    assert.ok(isDangling('It is unclear whether the portal will reopen.'));
    assert.ok(isDangling('该公司表示，将在周五前恢复服务。'));
    assert.ok(!isDangling('The operator of the Texas grid adopted the rule on Friday.'));
    assert.ok(!isDangling('The utility that serves the county filed the plan.'));
    assert.ok(!isDangling('石川系统表示，将在周五前恢复服务。'));
    // "This policy", "this money", the second half of an enumeration, a subject contrasted with one named before.
    for (const leaning of [
      '该政策自2026年12月1日起执行。',
      '这笔资金将主要用于研发。',
      '二是投运满一年后机柜上架率不低于50%。',
      '另一方面，手机厂商需求上升。',
      '按量付费的客户则自12月1日起按新价格计费。',
    ])
      assert.ok(isDangling(leaning), leaning);
    assert.ok(!isDangling('新规则将于2027年1月1日起施行。'), 'a rule (规则) is no contrast');
    assert.ok(isDangling('该市的新规将于明年施行。'), '该 + a noun leans on the one before');
  });

  it('does not let the first half of an enumeration stand alone in Chinese', () => {
    const half = preparePool(
      {
        storyId: 'gansu',
        articles: [
          {
            id: 'g-1',
            outlet: '算力观察',
            url: null,
            title: '甘肃出台智算中心优惠电价',
            published: '2026-11-10T02:00:00Z',
            language: 'zh',
            text: [
              '甘肃出台智算中心优惠电价政策。',
              '享受优惠电价的智算中心还需满足两项条件：一是设计PUE不高于1.2；二是上架率不低于50%。',
            ].join('\n\n'),
          },
        ],
      },
      'zh',
      segment,
    );
    assert.deepEqual(
      half.sentences.map((candidate) => [candidate.sentence.text, standsAlone(candidate, half)]),
      [
        ['甘肃出台智算中心优惠电价政策。', true],
        ['享受优惠电价的智算中心还需满足两项条件：一是设计PUE不高于1.2；', false],
        ['二是上架率不低于50%。', false],
      ],
    );
  });
});

describe('sections that read first', () => {
  const brief = composeBriefWith(story, { createdAt: '2026-11-21T00:00:00Z' }, segment);

  it('never open the hook, lead or Editor’s Brief with an unresolved reference, and the verifier accepts resolved ones', () => {
    const first = [brief.hook, brief.tldr.whatChanged, ...brief.editorsBrief].filter((sentence) => sentence !== undefined);
    assert.ok(first.length > 0);
    for (const sentence of first) assert.ok(!isDangling(sentence.text), `reads as a fragment: ${sentence.text}`);
    const grounded = verifyAndPrune(brief, story, segment);
    assert.deepEqual(grounded.dropped, []);
  });

  it('quotes a named speaker verbatim with its outlet, never a sentence opening with a pronoun', () => {
    assert.ok(brief.quote);
    assert.match(brief.quote.text, /^Ledger reported: "We shut the portal down/);
    assert.equal(brief.quote.text, `Ledger reported: ${brief.quote.quote}`);
    assert.ok(!isDangling(brief.quote.quote));
  });
});

const chineseStory: BriefInput = {
  storyId: 'huawei-guizhou',
  articles: [
    {
      id: 'z-1',
      outlet: '算力周刊',
      url: null,
      title: '华为在贵州新建数据中心',
      published: '2026-11-10T02:00:00Z',
      language: 'zh',
      text: [
        '华为周二宣布，将在贵州新建一座数据中心。',
        '该公司预计这座数据中心明年投入使用。',
        '华为与腾讯当天还签署了一份合作协议。',
        '该公司没有透露协议金额。',
        '灵峰云首席执行官周明远表示，西部的电价优势仍然明显。',
        '他说，公司也在评估类似的选址。',
        '他们认为电价还会下降。',
      ].join(''),
    },
  ],
};

describe('resolving a leading reference in Chinese', () => {
  const zhPool = preparePool(chineseStory, 'en', segment);
  const at = (position: number) => {
    const found = zhPool.byArticle.get('z-1')?.[position];
    assert.ok(found);
    return found;
  };

  it('replaces "该公司" with the one company the previous sentence names, and cites both sentences', () => {
    assert.equal(zhPool.language, 'zh');
    const sentence = citeResolved(at(1), zhPool);
    assert.equal(sentence.text, '华为预计这座数据中心明年投入使用。');
    assert.deepEqual(sentence.citations[0]?.sentenceIds, [at(1).sentence.id, at(0).sentence.id]);
    assert.ok(standsAlone(at(1), zhPool));
  });

  it('leaves "该公司" alone when the previous sentence names two companies, and "他们" always', () => {
    assert.equal(resolveOpening(at(3).sentence.text, at(2).sentence.text, zhPool), null);
    assert.ok(!standsAlone(at(3), zhPool));
    assert.equal(resolveOpening(at(6).sentence.text, at(5).sentence.text, zhPool), null);
  });

  it('replaces "他" with the one person named before', () => {
    assert.equal(resolveOpening(at(5).sentence.text, at(4).sentence.text, zhPool), '周明远说，公司也在评估类似的选址。');
  });
});
