import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Brief } from '../../../domain/brief.js';
import { citationIndex } from '../views/citations.js';
import { quoteSection, tldrSection } from './brief-sections.js';

const LEAD = 'Lakeshore State University will offer a course on using AI tools to students outside engineering.';
const cited = (text: string, sentenceId: string) => ({ text, citations: [{ articleId: 'course-1', sentenceIds: [sentenceId] }] });

function briefWith(evidence: string): Brief {
  return {
    storyId: 'st-course',
    version: 1,
    engine: 'extractive',
    language: 'en',
    createdAt: '2026-11-21T00:00:00Z',
    headline: cited('Lakeshore opens an AI course to non-engineers', 'p1s1'),
    editorsBrief: [],
    tldr: {
      whatChanged: cited(LEAD, 'p1s1'),
      whoShouldCare: { ...cited(evidence, evidence === LEAD ? 'p1s1' : 'p3s2'), audiences: ['HR & Learning Teams'] },
    },
    keyTakeaways: [],
    implications: [],
    timeline: [],
    references: [
      { n: 1, articleId: 'course-1', outlet: 'Campus Wire', title: 'AI course', url: 'https://campus.example/1', published: null },
    ],
  };
}

const occurrences = (markup: string, text: string) => markup.split(text).length - 1;

describe('TL;DR section', () => {
  it('shows the audiences with the sentence that earned them', () => {
    const evidence = 'Employers in the region asked for graduates who can use AI tools at work.';
    const markup = tldrSection(briefWith(evidence), citationIndex(briefWith(evidence).references)).value;
    assert.match(markup, /<ul class="audiences" aria-label="Audiences">\s*<li>HR &amp; Learning Teams<\/li>/);
    assert.equal(occurrences(markup, evidence), 1);
    assert.doesNotMatch(markup, /Earned by the sentence/);
  });

  it('points to the row above instead of printing its sentence twice', () => {
    const brief = briefWith(LEAD);
    const markup = tldrSection(brief, citationIndex(brief.references)).value;
    assert.equal(occurrences(markup, LEAD), 1);
    assert.match(markup, /Earned by the sentence under “What changed” above<\/span><span class="cites"><a class="cite" href="#[^"]+p1s1"/);
  });
});

describe('quote section', () => {
  it('shows the sentence as the outlet wrote it, with no quotation marks added around its own', () => {
    const sentence = '"Demand for K9 remains ahead of supply," chief executive Rafael Okafor said on a call with analysts.';
    const brief: Brief = {
      ...briefWith(LEAD),
      quote: {
        ...cited(`Campus Wire reported: ${sentence}`, 'p4s1'),
        quote: sentence,
        outlet: 'Campus Wire',
        articleId: 'course-1',
        sentenceId: 'p4s1',
      },
    };
    const markup = quoteSection(brief, citationIndex(brief.references)).value;
    assert.match(markup, /<figcaption>Campus Wire reported:<\/figcaption>/);
    assert.match(
      markup,
      /<p>&quot;Demand for K9 remains ahead of supply,&quot; chief executive Rafael Okafor said on a call with analysts\.<a class="cite"/,
    );
    assert.doesNotMatch(markup, /[“”]/);
    const twoSentences: Brief = {
      ...brief,
      quote: { ...brief.quote!, citations: [{ articleId: 'course-1', sentenceIds: ['p4s1', 'p4s2'] }] },
    };
    assert.match(quoteSection(twoSentences, citationIndex(brief.references)).value, /href="#cite-1-p4s1-p4s2"/);
  });
});
