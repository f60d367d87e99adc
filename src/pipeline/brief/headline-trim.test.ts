import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asHeadline, trimForHeadline } from './headline-trim.js';

/** The sentence as it was written, but for its full stop: nothing could safely go. */
const keptWhole = (sentence: string): void => assert.equal(trimForHeadline(sentence), sentence.replace(/\.$/, ''));

describe('trimForHeadline', () => {
  it('keeps a short sentence whole, without its full stop', () => {
    assert.equal(
      trimForHeadline('Meridian Grid approved a 40 MW connection for the Eastfield campus.'),
      'Meridian Grid approved a 40 MW connection for the Eastfield campus',
    );
  });

  it("drops the subject's aside and a closing attribution with what follows it", () => {
    assert.equal(
      trimForHeadline(
        'Harbor Compute, which runs four GPU sites in Oregon and Nevada, opened a fifth site near Boise with 12,000 accelerators, the company said on Tuesday, giving customers a second region inland.',
      ),
      'Harbor Compute opened a fifth site near Boise with 12,000 accelerators',
    );
  });

  it('drops an indefinite appositive after a later name, and never the main clause after it', () => {
    assert.equal(
      trimForHeadline(
        'The paper, published on Monday by researchers at the Halcyon Institute, an independent AI research non-profit in Toronto, examined two popular coding benchmarks, RepoFix and CodeTrial.',
      ),
      'The paper, published by researchers at the Halcyon Institute, examined two popular coding benchmarks, RepoFix and CodeTrial',
    );
    assert.equal(
      trimForHeadline(
        'Researchers at the Halcyon Institute, a non-profit research group based in Toronto, found that two popular coding benchmarks had leaked into public training data.',
      ),
      'Researchers at the Halcyon Institute found that two popular coding benchmarks had leaked into public training data',
    );
  });

  it('drops the day the news was told, and keeps a day something is due', () => {
    assert.equal(
      trimForHeadline(
        'On October 30, Tianyan Compute switched on a 300 MW campus in Ulanqab, Inner Mongolia, about 350 km north-west of Beijing.',
      ),
      'Tianyan Compute switched on a 300 MW campus in Ulanqab, Inner Mongolia, about 350 km north-west of Beijing',
    );
    assert.equal(
      trimForHeadline('On Wednesday Helioscale and Skillforge announced a paid apprenticeship for 5,000 people without degrees.'),
      'Helioscale and Skillforge announced a paid apprenticeship for 5,000 people without degrees',
    );
    assert.equal(
      trimForHeadline('On Monday November 23 Harbor Compute opened its fifth GPU site near Boise.'),
      'Harbor Compute opened its fifth GPU site near Boise',
    );
    assert.equal(
      trimForHeadline("Stratos Cloud said on Tuesday that Tern 2 taped out in September on Formosa Advanced Foundry's 2nm-class process."),
      "Stratos Cloud said Tern 2 taped out in September on Formosa Advanced Foundry's 2nm-class process",
    );
    assert.equal(
      trimForHeadline(
        'The UK AI Security Institute published on Wednesday, November 18, its most detailed account yet of testing frontier models before release.',
      ),
      'The UK AI Security Institute published its most detailed account yet of testing frontier models before release',
    );
    assert.equal(
      trimForHeadline(
        'Harbor Compute will open its fifth GPU site near Boise on Monday, November 23, with 12,000 accelerators and a second inland region.',
      ),
      'Harbor Compute will open its fifth GPU site near Boise on Monday, November 23',
    );
  });

  it('cuts a closing phrase that adds how it was done', () => {
    assert.equal(
      trimForHeadline(
        'Tallis Semiconductor said its T2 accelerator had entered volume production at its fab near Penang, on a 5nm-class process built with older lithography tools.',
      ),
      'Tallis Semiconductor said its T2 accelerator had entered volume production at its fab near Penang',
    );
  });

  it('drops a list of examples after the subject', () => {
    assert.equal(
      trimForHeadline(
        'Nine lenders, including Westbrook Bank, Harbor Credit and Lowell Street Capital, have formed a group to finance small reactors, with a first loan due next year.',
      ),
      'Nine lenders have formed a group to finance small reactors, with a first loan due next year',
    );
  });

  it('cuts a trailing participle clause and a closing appositive', () => {
    assert.equal(
      trimForHeadline(
        'The state grid operator said on Monday it expects peak demand this summer to reach 88 gigawatts, pushing reserve margins to their lowest level in a decade.',
      ),
      'The state grid operator said it expects peak demand this summer to reach 88 gigawatts',
    );
    assert.equal(
      trimForHeadline(
        'Tallis Memory began building a packaging plant in Penang dedicated to stacked memory for accelerators, the part of the supply chain that has been tightest for two years.',
      ),
      'Tallis Memory began building a packaging plant in Penang dedicated to stacked memory for accelerators',
    );
  });

  it('cuts a closing change from an earlier figure, with or without "from"', () => {
    assert.equal(
      trimForHeadline(
        "The operator of the grid serving 13 states and Washington, D.C., forecasts a winter peak of 151 GW, up 8 GW on last winter's record.",
      ),
      'The operator of the grid serving 13 states and Washington, D.C., forecasts a winter peak of 151 GW',
    );
    assert.equal(
      trimForHeadline(
        'Harbor Compute said its third-quarter data-centre revenue reached $4.2 billion in the quarter, down 3% on a year earlier.',
      ),
      'Harbor Compute said its third-quarter data-centre revenue reached $4.2 billion in the quarter',
    );
  });

  it('keeps a trailing clause that limits the kept one, and an attribution', () => {
    const conditional =
      'The regulator will let new data centres connect to the grid within eighteen months of applying, unless the operator shows that the local network cannot carry the load in winter.';
    keptWhole(conditional);
    const limited =
      'Orchard Labs will release the weights of its largest model to researchers in the European Union, but only under a licence that bars commercial use.';
    keptWhole(limited);
    const reported =
      'Orchard Labs is raising about $900 million at a valuation of $12 billion from a group of sovereign funds, according to two people familiar with the talks.';
    keptWhole(reported);
  });

  it('cuts a trailing clause with its own hedge, and cuts again when a cut uncovers another', () => {
    assert.equal(
      trimForHeadline(
        'Orchard Labs released its largest open model on Friday under a permissive licence, with a version for phones that may follow by the end of the first quarter.',
      ),
      'Orchard Labs released its largest open model under a permissive licence',
    );
    assert.equal(
      trimForHeadline(
        'Harbor Compute published its incident report on the Boise outage on Tuesday, a week ahead of the deadline it set itself, and the cause was a cooling pump that stopped during a routine test.',
      ),
      'Harbor Compute published its incident report on the Boise outage',
    );
  });

  it('leaves an item of a list and a noun ending in -ing where they are', () => {
    const listed =
      'The ransomware attack encrypted the provider’s customer portal, ticketing system and the servers that manage access badges at all nine of its sites in Ohio.';
    keptWhole(listed);
  });

  it('keeps the sentence when a cut would leave a fragment', () => {
    const sentence =
      'Prices rose, with the largest increases in the storage tiers that most archival customers use for backups and compliance copies every month.';
    keptWhole(sentence);
  });
});

describe('asHeadline', () => {
  it('trims English and Chinese and leaves other languages as written', () => {
    const long =
      'Harbor Compute opened a fifth site near Boise with 12,000 accelerators, the company said on Tuesday, giving customers a second region inland.';
    assert.equal(asHeadline(long, 'en-GB'), 'Harbor Compute opened a fifth site near Boise with 12,000 accelerators');
    assert.equal(asHeadline('澄湖云对象存储降价两成。', 'zh-CN'), '澄湖云对象存储降价两成');
    assert.equal(asHeadline('Harbor Compute eröffnet einen fünften Standort.', 'de'), 'Harbor Compute eröffnet einen fünften Standort.');
  });
});
