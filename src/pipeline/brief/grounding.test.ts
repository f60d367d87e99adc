import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Brief } from '../../domain/index.js';
import { splitSentences } from '../segment/index.js';
import { launchStory } from './__fixtures__/stories.js';
import { composeBriefWith } from './compose.js';
import { type GroundedBrief, composeAndGround, verifyAndPrune } from './grounding.js';
import { trimForHeadline } from './headline-trim.js';
import { listSentences, mapSentences } from './sections.js';
import type { BriefInput } from './types.js';

const segment = (text: string, language: string) => splitSentences(text, language);
const options = { createdAt: '2026-11-21T00:00:00Z' };
const sourceOf = (sentence: { citations: { articleId: string; sentenceIds: string[] }[] } | undefined) =>
  `${sentence?.citations[0]?.articleId}#${sentence?.citations[0]?.sentenceIds[0]}`;

/** A verifier stand-in that rejects every sentence taken from `rejected` source sentences, as the real one would prune it. */
function rejecting(rejected: ReadonlySet<string>, calls: Brief[]) {
  return (brief: Brief, _input: BriefInput): GroundedBrief => {
    calls.push(brief);
    const dropped: GroundedBrief['dropped'] = [];
    const pruned = mapSentences(brief, (section, index, sentence) => {
      if (section === 'headline' || !rejected.has(sourceOf(sentence))) return sentence;
      dropped.push({ section, index, text: sentence.text, reasons: ['rejected by the test'] });
      return null;
    });
    const report = { storyId: brief.storyId, groundedShare: 1, supported: 0, total: 0, sentences: [] };
    return { brief: pruned, report, dropped };
  };
}

describe('composeAndGround', () => {
  it('replaces a sentence the verifier drops with the next candidate from a second draft', () => {
    const draft = composeBriefWith(launchStory, options, segment);
    const point = sourceOf(draft.editorsBrief[0]);
    const calls: Brief[] = [];
    const grounded = composeAndGround(launchStory, options, segment, rejecting(new Set([point]), calls));
    assert.equal(calls.length, 2, 'one second draft');
    // The first draft's drops are reported (the point, and wherever else that sentence was used); the second has none.
    assert.ok(grounded.dropped.some((entry) => entry.section === 'editorsBrief'));
    assert.ok(
      grounded.dropped.every(
        (entry) =>
          sourceOf(listSentences(draft).find((at) => at.section === entry.section && at.index === entry.index)?.sentence) === point,
      ),
    );
    assert.equal(grounded.brief?.editorsBrief.length, 3, "the Editor's Brief keeps three points");
    assert.ok(!grounded.brief?.editorsBrief.some((sentence) => sourceOf(sentence) === point));
  });

  it('heads the second draft with its lead sentence when the verifier rejects a title headline', () => {
    const draft = composeBriefWith(launchStory, options, segment);
    const titles = new Set(launchStory.articles.map((article) => article.title.trim()));
    assert.ok(titles.has(draft.headline.text), 'the fixture is headed by a title');
    const calls: Brief[] = [];
    const rejectTitles = (brief: Brief): GroundedBrief => {
      calls.push(brief);
      const rejected = titles.has(brief.headline.text);
      const dropped = rejected
        ? [{ section: 'headline' as const, index: 0, text: brief.headline.text, reasons: ['rejected by the test'] }]
        : [];
      const report = { storyId: brief.storyId, groundedShare: 1, supported: 0, total: 0, sentences: [] };
      return { brief, report, dropped };
    };
    const grounded = composeAndGround(launchStory, options, segment, rejectTitles);
    assert.equal(calls.length, 2);
    const headline = grounded.brief?.headline;
    assert.ok(headline && !titles.has(headline.text), 'no title heads the second draft');
    const leadWords = new Set(grounded.brief?.tldr.whatChanged?.text.split(/[\s,.]+/));
    assert.ok(
      headline.text.split(/[\s,.]+/).every((word) => leadWords.has(word)),
      'the lead sentence, trimmed to a headline, heads it',
    );
    // The title's citations only supported it: the first draft's lead stays available to the second.
    assert.deepEqual(headline.citations[0], draft.tldr.whatChanged?.citations[0]);
  });

  it('writes the sentence that replaces a dropped headline as a headline', () => {
    const draft = composeBriefWith(launchStory, options, segment);
    const wrong = { ...draft, headline: { ...draft.headline, text: 'Corvane launches K10 AI chip with 999 GB of memory' } };
    const grounded = verifyAndPrune(wrong, launchStory, segment);
    assert.ok(grounded.dropped.some((entry) => entry.section === 'headline'));
    assert.ok(draft.hook, 'the fixture has a hook');
    assert.equal(grounded.brief?.headline.text, trimForHeadline(draft.hook.text));
    assert.ok(!grounded.brief?.headline.text.endsWith('.'));
  });

  it('publishes the first draft untouched when the real verifier supports all of it', () => {
    const grounded = composeAndGround(launchStory, options, segment);
    assert.deepEqual(grounded.dropped, []);
    assert.deepEqual(grounded.brief, verifyAndPrune(composeBriefWith(launchStory, options, segment), launchStory, segment).brief);
  });
});
