/** The dedupe index folds URL variants and syndicated copies into the original, and forgets old articles. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDuplicateIndex, findDuplicate } from './index.js';

const BODY =
  'Harbourline Rail said on Monday it would replace the signalling on its coastal line by 2028, at a cost of 420 million euros. ' +
  'The operator blamed ageing relays for a string of delays this summer and said night closures would begin in March. ' +
  'Passenger groups welcomed the plan but asked for replacement buses on weekends.';
const ZH_BODY =
  '港湾铁路周一表示，将在2028年前更换沿海线路的信号系统，耗资4.2亿欧元。该运营商将今年夏天的一系列延误归咎于老化的继电器，并表示夜间封闭施工将于三月开始。乘客团体对该计划表示欢迎。';

const original = {
  id: 'a1',
  url: 'https://railnews.example/2026/harbourline-signalling',
  title: 'Harbourline to replace coastal signalling',
  text: BODY,
  source: 'railnews',
  published: '2026-03-02T09:00:00Z',
};

describe('createDuplicateIndex', () => {
  it('matches the same article behind tracking parameters, AMP, mobile hosts and a trailing slash', () => {
    const index = createDuplicateIndex();
    assert.equal(index.add(original), null);
    for (const url of [
      'https://railnews.example/2026/harbourline-signalling?utm_source=rss&utm_medium=feed',
      'https://railnews.example/2026/harbourline-signalling/',
      'https://amp.railnews.example/2026/harbourline-signalling',
      'https://m.railnews.example/2026/harbourline-signalling/amp',
    ]) {
      const match = findDuplicate(index, { id: 'x', url, text: 'teaser only', published: '2026-03-02T10:00:00Z' });
      assert.deepEqual(match, { articleId: 'a1', reason: 'url', similarity: 1 }, url);
    }
  });

  it('folds a syndicated copy with a new headline and a changed line into the original', () => {
    const index = createDuplicateIndex();
    index.add(original);
    const copy = {
      ...original,
      id: 'b1',
      source: 'wire-two',
      url: 'https://wiretwo.example/harbourline',
      title: 'Rail operator plans signalling overhaul',
      text: BODY.replace('on Monday', 'this week'),
    };
    const match = index.add(copy);
    assert.equal(match?.articleId, 'a1');
    assert.equal(match?.reason, 'text');
    assert.deepEqual(index.alsoPublishedBy('a1'), ['wire-two']);
    assert.equal(index.copiesOf('a1')[0]?.articleId, 'b1');
  });

  it('folds Chinese copies by characters and keeps a different Chinese article apart', () => {
    const index = createDuplicateIndex();
    index.add({ id: 'z1', text: ZH_BODY, source: 'gangwan' });
    assert.equal(index.add({ id: 'z2', text: `${ZH_BODY}（完）`, source: 'other' })?.articleId, 'z1');
    const different =
      '港湾铁路周一公布第三季度财报，客运收入同比增长百分之十二，货运收入因港口拥堵下降。公司预计全年利润将高于去年，并计划明年增开夜间列车。';
    assert.equal(index.add({ id: 'z3', text: different, source: 'other' }), null);
  });

  it('keeps two articles on one topic apart when their texts differ', () => {
    const index = createDuplicateIndex();
    index.add(original);
    const followUp = {
      id: 'c1',
      text: 'Harbourline Rail began night closures on its coastal line on Tuesday as work on the 420 million euro signalling project started. Engineers removed the first relay cabinets near the harbour station, and buses replaced trains after 10 p.m.',
    };
    assert.equal(index.add(followUp), null);
  });

  it('forgets articles older than the window and survives a JSON round trip', () => {
    const index = createDuplicateIndex({ windowDays: 3 });
    index.add(original);
    index.add({
      id: 'later',
      text: 'A different report entirely, about ferries and timetables on the northern lakes this winter, with new boats.',
      published: '2026-03-04T00:00:00Z',
    });
    const restored = createDuplicateIndex({ windowDays: 3 }, JSON.parse(JSON.stringify(index.snapshot())));
    assert.equal(restored.lookup({ ...original, id: 'again' })?.articleId, 'a1');
    restored.add({
      id: 'much-later',
      text: 'Another unrelated piece about airport parking charges and taxis in the spring season.',
      published: '2026-03-09T00:00:00Z',
    });
    assert.equal(restored.lookup({ ...original, id: 'again' }), null);
    assert.equal(restored.size(), 1);
  });
});
