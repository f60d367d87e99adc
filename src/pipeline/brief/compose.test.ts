import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Brief, Label } from '../../domain/index.js';
import { splitSentences } from '../segment/index.js';
import { chineseStory, englishArticle, launchStory } from './__fixtures__/stories.js';
import { composeBriefWith } from './compose.js';
import { listSentences } from './sections.js';
import { contentTerms, isHanText, numbersIn, stripMarkers } from './text.js';
import type { BriefInput } from './types.js';

const segment = (text: string, language: string) => splitSentences(text, language);
const compose = (input: BriefInput, language?: string) =>
  composeBriefWith(input, { createdAt: '2026-11-21T00:00:00Z', ...(language ? { language } : {}) }, segment);

function sourceText(input: BriefInput, articleId: string, sentenceId: string): string | undefined {
  const article = input.articles.find((candidate) => candidate.id === articleId);
  return splitSentences(article?.text ?? '', article?.language ?? 'en').find((sentence) => sentence.id === sentenceId)?.text;
}

function assertCitedAndExtracted(brief: Brief, input: BriefInput): void {
  for (const { section, sentence } of listSentences(brief)) {
    assert.ok(sentence.citations.length > 0, `${section} has no citation`);
    const sources = sentence.citations.flatMap((citation) => citation.sentenceIds.map((id) => sourceText(input, citation.articleId, id)));
    assert.ok(
      sources.every((text) => text !== undefined),
      `${section} cites a sentence that does not exist`,
    );
    if (section === 'headline' || section === 'quote' || section === 'tldr.whoShouldCare') continue;
    // Extractive: every term of the output comes from its own article's cited sentences (compression only
    // deletes; a resolved "The company" takes its name from the previous sentence, cited with it).
    const own = sentence.citations[0];
    const first = new Set(own?.sentenceIds.flatMap((id) => contentTerms(sourceText(input, own.articleId, id) ?? '')));
    for (const term of contentTerms(stripMarkers(sentence.text)))
      assert.ok(first.has(term), `${section}: "${term}" is not in its source (${sentence.text})`);
  }
}

describe('composeBriefWith (extractive engine)', () => {
  it('writes an English brief from the English articles of a mixed story, every sentence cited', () => {
    const brief = compose(launchStory);
    assert.equal(brief.language, 'en');
    assert.equal(brief.engine, 'extractive');
    assert.equal(brief.editorsBrief.length, 3);
    assert.ok(!listSentences(brief).some((entry) => isHanText(entry.sentence.text)), 'a Chinese sentence in an English brief');
    assert.match(brief.headline.text, /Corvane launches K10/);
    assertCitedAndExtracted(brief, launchStory);
  });

  it('routes sentences into sections and quotes a named speaker verbatim', () => {
    const brief = compose(launchStory);
    assert.match(brief.tldr.whatChanged?.text ?? '', /unveiled the K10/);
    assert.match(brief.tldr.whatToDoNext?.text ?? '', /should budget/);
    assert.ok(brief.tldr.whyItMatters);
    assert.equal(brief.quote?.outlet, 'Meridian Wire');
    assert.equal(brief.quote?.text, `Meridian Wire reported: ${brief.quote?.quote}`);
    assert.match(brief.quote?.quote ?? '', /Rafael Okafor told the audience/);
  });

  it('writes the multi-source article with [n] markers that match the references', () => {
    const brief = compose(launchStory);
    const sentences = brief.article?.paragraphs.flatMap((paragraph) => paragraph.sentences) ?? [];
    assert.ok(sentences.length >= 4);
    for (const sentence of sentences) {
      const numbers = [...sentence.text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
      const expected = sentence.citations.map(
        (citation) => brief.references.find((reference) => reference.articleId === citation.articleId)?.n,
      );
      assert.deepEqual(numbers, [...new Set(expected)].sort());
    }
    assert.ok(
      new Set(sentences.flatMap((sentence) => sentence.citations.map((citation) => citation.articleId))).size >= 2,
      'the article uses one outlet only',
    );
  });

  it('builds a sorted, cited timeline with dates resolved against publication', () => {
    const brief = compose(launchStory);
    const dates = brief.timeline.map((event) => `${event.precision}:${event.date}`);
    assert.ok(dates.includes('day:2026-10-15'));
    assert.ok(dates.includes('month:2027-01'));
    assert.deepEqual(
      [...brief.timeline].map((event) => event.date),
      [...brief.timeline].map((event) => event.date).sort(),
    );
    for (const event of brief.timeline) assert.ok(event.citations.length > 0);
  });

  it("dates a lead's first date when it names several, and an event whose opening reference the sentence before names", () => {
    const guidance: BriefInput = {
      storyId: 'guidance',
      articles: [
        englishArticle('g-1', 'Meridian Wire', 'Regulator issues guidance on model evaluations', '2026-11-19T08:00:00Z', [
          'The regulator published on Wednesday, November 18, its guidance on testing models, covering Lumen-4 from Lumen Labs, released on October 23, and Aperture 70B, released on October 30.',
          'Lumen Labs said it would share its test results with the regulator.',
          'It expects to publish its first report by June 30, 2027.',
          'The consultation on the guidance opens on November 20 and closes on December 18.',
        ]),
      ],
    };
    const brief = compose(guidance);
    const dates = brief.timeline.map((event) => event.date);
    assert.ok(dates.includes('2026-11-18'));
    assert.ok(!dates.includes('2026-10-23') && !dates.includes('2026-10-30'));
    const deadline = brief.timeline.find((event) => event.date === '2027-06-30');
    assert.match(deadline?.text ?? '', /^Lumen Labs expects/);
    assert.deepEqual(deadline?.citations, [{ articleId: 'g-1', sentenceIds: ['p3s1', 'p2s1'] }]);
    // One sentence with two dated events is one row with both dates, not the sentence twice.
    const consultation = brief.timeline.filter((event) => event.text.startsWith('The consultation'));
    assert.deepEqual(
      consultation.map((event) => [event.date, event.otherDates]),
      [['2026-11-20', [{ date: '2026-12-18', precision: 'day' }]]],
    );
  });

  it('dates no row by what a sentence is about, nor by a plan it denies', () => {
    const results: BriefInput = {
      storyId: 'results',
      articles: [
        englishArticle('m-1', 'Meridian Wire', 'Halden sells out its 2027 memory', '2026-10-28T08:00:00Z', [
          'Halden Memory told analysts on Tuesday that every stack it will make in 2027 is already under contract.',
          'The company had no plans for a share listing in 2028, its finance chief added.',
          'Halden said it would begin mass production of a 16-high stack in March 2027.',
          'The company is building a second packaging line that is due to open in 2029.',
        ]),
      ],
    };
    const rows = compose(results).timeline.map((event) => [event.date, event.text.slice(0, 24)]);
    assert.deepEqual(rows, [
      ['2026-10-27', 'Halden Memory told analy'],
      ['2027-03', 'Halden said it would beg'],
      ['2029', 'The company is building '],
    ]);
  });

  it("tells each fact once: another outlet's wording of the same figures is no second point", () => {
    const results: BriefInput = {
      storyId: 'results',
      articles: [
        englishArticle('r-1', 'Meridian Wire', 'Corvane revenue tops forecasts on data-centre demand', '2026-11-19T22:00:00Z', [
          'Corvane on Thursday reported fiscal third-quarter revenue of $31.4 billion, up 58% from a year earlier.',
          'Purchase commitments to suppliers rose to $48 billion from $39 billion a quarter earlier, the company said.',
          'Corvane forecast fourth-quarter revenue of $34.5 billion, against a consensus of $33.1 billion.',
          'Chief financial officer Elise Marchetti said gross margin would ease toward 71% in the first half of 2027.',
        ]),
        englishArticle(
          'r-2',
          'Silicon Foundry Report',
          "Corvane's $48 billion in supplier commitments tell the K10 supply story",
          '2026-11-20T08:00:00Z',
          [
            'For the supply chain, the telling number in Corvane filing was purchase commitments of $48 billion, up from $39 billion three months earlier.',
            'For the fourth quarter, Corvane guided to revenue of $34.5 billion, compared with the $33.1 billion analysts had expected.',
            'Marchetti said most of the $9 billion increase in commitments was supply for the K10 accelerator in 2027.',
            'Suppliers of high-bandwidth memory should expect Corvane to keep buying ahead of demand next year.',
          ],
        ),
      ],
    };
    const brief = compose(results);
    const points = listSentences(brief).filter(
      ({ section }) => !['headline', 'quote', 'timeline', 'article', 'tldr.whoShouldCare'].includes(section),
    );
    const figures = points.map(({ sentence }) => new Set(numbersIn(sentence.text)));
    for (const [index, own] of figures.entries()) {
      for (const other of figures.slice(0, index)) {
        const shared = [...own].filter((figure) => other.has(figure));
        assert.ok(shared.length < 2, `"${points[index]?.sentence.text}" repeats ${shared.join(', ')}`);
      }
    }
  });

  it("leaves a scene-setting sentence out of the Editor's Brief while developments remain", () => {
    const scene =
      'When enterprise agents stall, the explanation usually offered by vendors, consultants and the teams themselves is poor data, weak governance or the lack of an owner for the project.';
    const survey: BriefInput = {
      storyId: 'survey',
      articles: [
        englishArticle(
          's-1',
          'Enterprise AI Monitor',
          'Lodestar: 61% of enterprise agent pilots are stuck short of production',
          '2026-11-18T12:00:00Z',
          [
            'Of 2,310 agent pilots launched since January 2025 by 540 enterprises surveyed by Lodestar Research, 61% have not reached production.',
            'Among pilots tested at production-like volumes, the median inference bill came in at 2.7 times the estimate made during the pilot.',
            'Of the pilots reported, 39% are now in production, 47% remain in pilot and 14% have been abandoned.',
            'The median pilot cost $280,000, Lodestar said, including vendor fees, engineering time and model usage.',
          ],
        ),
        englishArticle('s-2', 'Token Economics', 'Agent pilots are failing the cost test at production volume', '2026-11-18T15:00:00Z', [
          scene,
          'Lodestar Research found that 41% of respondents listed cost among the reasons their pilots stalled.',
          'Data access was cited by 54% of respondents and evaluation by 46%.',
          'Lodestar plans to repeat the survey in May 2027 to track costs per completed task.',
        ]),
      ],
    };
    const brief = compose(survey);
    assert.equal(brief.editorsBrief.length, 3);
    assert.ok(!brief.editorsBrief.some((point) => point.text === scene));
  });

  it('writes a Chinese brief for a Chinese-only story, quote prefixed in Chinese', () => {
    const brief = compose(chineseStory);
    assert.equal(brief.language, 'zh');
    assert.ok(listSentences(brief).every((entry) => isHanText(entry.sentence.text)));
    assert.ok(brief.timeline.some((event) => [event, ...(event.otherDates ?? [])].some(({ date }) => date === '2026-12-01')));
    assert.match(brief.quote?.text ?? '', /^云计算观察报道：“我们会尽量/);
    assert.match(brief.tldr.whatToDoNext?.text ?? '', /应尽快评估/);
    assertCitedAndExtracted(brief, chineseStory);
  });

  it("leaves the headline sentence out of the Editor's Brief when no title could be the headline", () => {
    // Titles that no sentence supports: the lead sentence becomes the headline.
    const untitled = {
      ...launchStory,
      articles: launchStory.articles.map((article, i) => ({ ...article, title: `Briefing note ${i + 1}` })),
    };
    const brief = compose(untitled);
    const lead = brief.tldr.whatChanged;
    const leadWords = new Set(lead?.text.split(/[\s,.]+/));
    assert.ok(
      brief.headline.text.split(/[\s,.]+/).every((word) => leadWords.has(word)),
      'the headline is the lead sentence, as a headline',
    );
    assert.deepEqual(brief.headline.citations[0], lead?.citations[0]);
    assert.equal(brief.editorsBrief.length, 3);
    assert.ok(!brief.editorsBrief.some((point) => point.text === lead?.text), 'no point repeats the headline');
    const titled = compose(launchStory);
    assert.notEqual(titled.headline.text, titled.tldr.whatChanged?.text, 'with a supported title the lead may open the points');
  });

  it('omits "What to do next" when no source gives the reader an action', () => {
    const story = { ...launchStory, articles: launchStory.articles.filter((article) => article.id !== 'k10-2') };
    assert.equal(compose(story).tldr.whatToDoNext, undefined);
  });

  it('grounds "Who should care" in an audience label\'s evidence and merges related events', () => {
    const evidence = { articleId: 'k10-2', sentenceId: 'p1s1', text: '' };
    const labels: Label[] = [
      { kind: 'audience', id: 'infrastructure-engineers', name: 'Infrastructure engineers', score: 0.8, evidence: [evidence] },
    ];
    const related = [
      {
        date: '2026-06',
        precision: 'month' as const,
        text: 'Halden ships HBM4E samples.',
        citations: [{ articleId: 'older-1', sentenceIds: ['p1s1'] }],
      },
    ];
    const brief = compose({ ...launchStory, labels, relatedEvents: related });
    assert.deepEqual(brief.tldr.whoShouldCare?.audiences, ['Infrastructure engineers']);
    assert.deepEqual(brief.tldr.whoShouldCare?.citations, [{ articleId: 'k10-2', sentenceIds: ['p1s1'] }]);
    assert.equal(brief.timeline[0]?.text, 'Halden ships HBM4E samples.');
  });

  it('grounds "Who should care" in evidence the top of the brief does not already show, when the label has some', () => {
    // A third outlet gives the Editor's Brief enough points of its own.
    const details = englishArticle('k10-4', 'Chip Brief', 'K10 details', '2026-10-16T08:00:00Z', [
      'Corvane will build the K10 on a 2nm-class process at Formosa Advanced Foundry.',
      'Each K10 rack holds 144 accelerators linked by the new CorLink 6 interconnect.',
      'Corvane shares rose 4% in after-hours trading on Thursday.',
      // A second consequence, for "Why it matters" to take when the audience needs the analysts' sentence.
      "The K10's power draw leaves older data halls without the cooling to host it.",
    ]);
    const story = { ...launchStory, articles: [...launchStory.articles, details] };
    const lead = compose(story).tldr.whatChanged?.citations[0];
    assert.ok(lead);
    // The analysts' sentence on supply earns the label too: the Editor's Brief leaves it to the row while it has others.
    const other = { articleId: 'k10-1', sentenceId: 'p5s1', text: '' };
    const shown = { articleId: lead.articleId, sentenceId: lead.sentenceIds[0] as string, text: '' };
    const label = (evidence: (typeof other)[]): Label[] => [{ kind: 'audience', id: 'investors', name: 'Investors', score: 0.8, evidence }];
    const brief = compose({ ...story, labels: label([shown, other]) });
    assert.notEqual(brief.tldr.whoShouldCare?.text, brief.tldr.whatChanged?.text);
    assert.deepEqual(brief.tldr.whoShouldCare?.citations, [{ articleId: 'k10-1', sentenceIds: ['p5s1'] }]);
    assert.equal(brief.editorsBrief.length, 3);
    const only = compose({ ...story, labels: label([shown]) });
    assert.equal(only.tldr.whoShouldCare?.text, only.tldr.whatChanged?.text, 'the only evidence is still shown');
  });

  it('leaves "Who should care" the one sentence its audience rests on: the rows beside it and the points below take others', () => {
    // Consequences enough for the Editor's Brief and "Why it matters" both, without the analysts' sentence.
    const halls = englishArticle('k10-5', 'Rack Report', 'K10 and older halls', '2026-10-16T09:00:00Z', [
      "The K10's power draw leaves older data halls without the cooling to host it.",
      'Its cooling needs will push up what a K10 hall costs to build.',
    ]);
    const story = { ...launchStory, articles: [...launchStory.articles, halls] };
    const impact = compose(story).tldr.whyItMatters;
    assert.ok(impact);
    const evidence = impact.citations.map((citation) => ({
      articleId: citation.articleId,
      sentenceId: citation.sentenceIds[0] as string,
      text: '',
    }));
    const brief = compose({ ...story, labels: [{ kind: 'audience', id: 'investors', name: 'Investors', score: 0.8, evidence }] });
    assert.equal(brief.tldr.whoShouldCare?.text, impact.text);
    assert.ok(brief.tldr.whyItMatters, 'another sentence carries the impact cue');
    assert.notEqual(brief.tldr.whyItMatters.text, impact.text);
    const below = [...brief.keyTakeaways, ...brief.implications].map((sentence) => sentence.text);
    assert.ok(!below.includes(impact.text));
  });

  it('takes as implications consequences that look ahead, not scheduled events', () => {
    const outlook = englishArticle('k10-6', 'Chip Outlook', 'What the K10 means', '2026-10-16T10:00:00Z', [
      'Corvane will report fourth-quarter results in late February 2027.',
      'The K10 will push up what a liquid-cooled data hall costs to build next year.',
    ]);
    const brief = compose({ ...launchStory, articles: [...launchStory.articles, outlook] });
    const texts = brief.implications.map((sentence) => sentence.text);
    assert.ok(texts.includes('The K10 will push up what a liquid-cooled data hall costs to build next year.'), texts.join(' | '));
    assert.ok(!texts.includes('Corvane will report fourth-quarter results in late February 2027.'));
  });

  it("shows each source sentence once at the top: the Editor's Brief repeats neither the hook nor a TL;DR row", () => {
    // The Chinese fixture is too short for seven distinct sentences at the top; the English one is not.
    for (const [story, language] of [[launchStory, 'en']] as const) {
      const brief = compose(story, language);
      const above = [brief.hook, brief.tldr.whatChanged, brief.tldr.whyItMatters, brief.tldr.whatToDoNext].flatMap((sentence) =>
        sentence ? [sentence.text] : [],
      );
      assert.equal(brief.editorsBrief.length, 3);
      for (const point of brief.editorsBrief) assert.ok(!above.includes(point.text), `${language}: "${point.text}" is shown twice`);
    }
  });

  it('leaves excluded source sentences out of every section', () => {
    const first = compose(launchStory);
    const excluded = [first.tldr.whatChanged, first.editorsBrief[0]].map((sentence) => {
      const source = sentence?.citations[0];
      return `${source?.articleId}#${source?.sentenceIds[0]}`;
    });
    const second = composeBriefWith(launchStory, { createdAt: '2026-11-21T00:00:00Z', exclude: new Set(excluded) }, segment);
    for (const { section, sentence } of listSentences(second)) {
      if (section === 'headline' || section === 'timeline') continue;
      const source = sentence.citations[0];
      assert.ok(!excluded.includes(`${source?.articleId}#${source?.sentenceIds[0]}`), `${section} still takes an excluded sentence`);
    }
    assert.notEqual(second.tldr.whatChanged?.text, first.tldr.whatChanged?.text);
  });

  it('is deterministic and sets the version', () => {
    assert.deepEqual(compose(launchStory), compose(launchStory));
    assert.equal(composeBriefWith(launchStory, { version: 3, createdAt: 'x' }, segment).version, 3);
  });
});
