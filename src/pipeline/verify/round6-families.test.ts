import { describe, it } from 'node:test';
import { rejected, supported } from './__fixtures__/one-source.js';

describe('round 6: figures in derived forms', () => {
  it('reads a fraction in words or a split as the cited percentage, and no other', () => {
    const source = 'About 75% of the new capacity and 67% of the orders come from hyperscalers.';
    supported('About three in four units of the new capacity come from hyperscalers.', source);
    supported('Two-thirds of the orders come from hyperscalers.', source);
    rejected('About nine in ten units of the new capacity come from hyperscalers.', source, /number nine/);
    const venture = 'Orsk will hold 70 percent of the venture and Kalden 30 percent.';
    supported('Orsk and Kalden formed a 70/30 venture.', venture);
    rejected('Orsk and Kalden formed an 80-20 venture.', venture, /number 80/);
  });

  it('gives every figure of a list the unit written once after it', () => {
    const source = 'Margins at the two plants were 12.5 and 18 percent last year.';
    supported('Margins at the two plants were 12.5% and 18% last year.', source);
    rejected('Margins at the two plants were 14% and 18% last year.', source, /percentage 14%/);
  });

  it('derives an energy from a cited power and duration, and reads volts spelled out', () => {
    const source = 'The system is rated at 50 MW with two hours of duration.';
    supported('The 100 MWh system is rated at 50 MW for two hours.', source);
    rejected('The 150 MWh system is rated at 50 MW for two hours.', source, /150 MWh/);
    const line = 'The utility is building a 345-kilovolt line to the campus.';
    supported('The utility is building a 345 kV line to the campus.', line);
    rejected('The utility is building a 500 kV line to the campus.', line, /500 kV/);
  });
});

describe('round 6: an editor\u2019s own words', () => {
  it('takes near-synonyms of staying, the remainder, reserving and launching', () => {
    supported('The Basic plan remains at $10 a month.', 'The Basic plan stays at $10 a month.');
    supported('The remaining 200 beds are held for a later phase.', 'The rest of the 200 beds are reserved for a later phase.');
    supported('Corvane launched its K11 chip on Monday.', 'Corvane released its K11 chip on Monday.');
  });

  it('reads "absent" or "missing" as a cited negation says it', () => {
    supported('Half of the answers were missing from the archive.', 'Half of the answers did not appear in the archive.');
  });

  it('keeps a substitution the source marks as an old state, but not one it reverses', () => {
    const source = 'The launch, originally planned for March, is now set for June.';
    supported('The launch is now set for June rather than March.', source);
    rejected('The launch is now set for March rather than June.', source, /negation flipped/);
    supported(
      'The bank now sends only the relevant pages instead of the full manual.',
      'The bank stopped sending the full manual and now sends only the relevant pages.',
    );
  });

  it('lets a plan speak of what is not done yet, never a claim that it is done', () => {
    const source = 'Ostra has yet to apply for a grid connection; it plans to apply in March 2027.';
    supported('Ostra plans to apply for a grid connection in March 2027.', source);
    rejected('Ostra has applied for a grid connection.', source, /negation flipped/);
  });

  it('reads "meant to" as "supposed to" or "as intended"', () => {
    supported(
      'The update was meant to reach one region at a time.',
      'The update was supposed to reach one region at a time but reached all of them.',
    );
  });
});

describe('round 6: guesses and stances stated as fact', () => {
  it('keeps what people familiar with a deal say their account', () => {
    const source = 'People familiar with the deal said the price was about $40 million.';
    rejected('The price was about $40 million.', source, /certainty where the source hedges/);
    supported('The price was reportedly about $40 million.', source);
  });

  it('keeps a choice still being costed or mulled undecided', () => {
    const source = 'Harlow is costing out a move of its backups to a second cloud.';
    rejected('Harlow is moving its backups to a second cloud.', source, /certainty where the source hedges/);
    rejected('该公司已把备份迁到第二家云。', '该公司正考虑把备份迁到第二家云。', /certainty where the source hedges/, 'zh');
  });

  it('needs a cause for "because", and a time span before "after" is none', () => {
    const source = 'The training comes two weeks after a phishing test fooled 40% of staff.';
    rejected('The training is mandatory because a phishing test fooled 40% of staff.', source, /cause not in cited sentences/);
    supported(
      'The training is mandatory because a phishing test fooled 40% of staff.',
      'The training is mandatory, the result of a phishing test that fooled 40% of staff.',
    );
  });

  it('catches a stance reversed, in English or in Chinese', () => {
    rejected('The union criticised the new rules.', '工会表示欢迎新规。', /contradicts the source/, 'zh');
    rejected('The union criticised the new rules.', 'The union welcomed the new rules.', /contradicts the source/);
    rejected('公司今年亏损扩大。', '公司今年亏损收窄。', /contradicts the source/, 'zh');
  });
});

describe('round 6: a Chinese rule in English words', () => {
  it('renders funders, clients, regulators, checks and advance notice, and keeps a negation added', () => {
    const source = '新规要求券商在接受委托前查核委托企业的实际出资人，并须事先向主管机关申报。';
    supported('Brokers must check who funds a client and notify the regulator in advance.', source, 'zh');
    rejected('Brokers need not check who funds a client.', source, /negation flipped/, 'zh');
  });
});

describe('round 6: deadlines', () => {
  it('needs a deadline year the source writes, not the year its news is dated in', () => {
    const source = 'On November 5 the company said staff must finish the course by 2027.';
    supported('Staff must finish the course by 2027.', source);
    rejected('Staff must finish the course by the end of 2026.', source, /date "2026"/);
    rejected('Staff must finish the course before 2026.', source, /date "2026"/);
  });
});

describe('round 6: a place swapped for another', () => {
  it('catches a place the paragraph names set where the cited sentence has another', () => {
    const source = 'Mexico had the fastest growth in paid seats, at 40%, and Chile the slowest, at 3%. Brazil and Chile joined this year.';
    supported('Chile had the slowest growth in paid seats, at 3%.', source);
    rejected('Mexico had the fastest growth in paid seats, at 40%, and Brazil the slowest, at 3%.', source, /place "Brazil"/);
  });
});

describe('round 6: figure roles', () => {
  it('never mistakes a digit figure for a count written in words beside it', () => {
    const source = 'The gap between the two groups has tripled, to 9.3 points from 3.1.';
    supported('The gap between the groups has tripled, to 9.3 points from 3.1.', source);
  });

  it('reads a weekday-dated day as owning the words after its closing comma', () => {
    const source =
      'The regulator published on Monday, March 9, its review of grid rules, covering the Kalden line, approved on January 12.';
    supported('The regulator published on March 9 its review of grid rules, covering the Kalden line.', source);
  });
});
