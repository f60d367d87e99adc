import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { derivable } from './derived-numbers.js';

const evidenceOf = (...texts: string[]): Evidence => {
  const analyses = texts.map((text) => analyseText(text, 'en', '2026-11-01'));
  return { analyses, quantities: analyses.flatMap((a) => a.quantities) } as unknown as Evidence;
};

const check = (claimText: string, word: string, value: number, evidence: Evidence): boolean => {
  const claim = analyseText(claimText, 'en', '2026-11-01');
  return derivable(value, claimText.indexOf(word), claim, evidence);
};

describe('derivable', () => {
  const revenue = evidenceOf('Annualised revenue had reached $180 million, up from about $45 million a year earlier.');

  it('accepts a multiple of two cited figures the claim compares', () => {
    assert.ok(check('Revenue reached $180 million, roughly four times the $45 million of a year earlier.', 'four', 4, revenue));
  });

  it('rejects a multiple the figures do not give', () => {
    assert.ok(!check('Revenue reached $180 million, roughly six times the $45 million of a year earlier.', 'six', 6, revenue));
  });

  it('reads "more than doubled" as a lower bound', () => {
    const sales = evidenceOf('Revenue rose to 3.26 billion yuan in 2025 from 1.41 billion yuan in 2024.');
    assert.ok(check('Revenue more than doubled to 3.26 billion yuan.', 'doubled', 2, sales));
    assert.ok(!check('Revenue more than tripled to 3.26 billion yuan.', 'tripled', 3, sales));
  });

  it('needs one of the two figures in the claim', () => {
    assert.ok(!check('The company said demand doubled.', 'doubled', 2, evidenceOf('Orders were 40 in May and 80 in June.')));
  });

  it('totals a count stated for each of several places', () => {
    const sites = evidenceOf('The reactors will be built in Idaho and Wyoming, three at each site.');
    assert.ok(check('The six reactors will be split evenly, three each, between Idaho and Wyoming.', 'six', 6, sites));
    assert.ok(!check('The eight reactors will be split evenly, three each, between Idaho and Wyoming.', 'eight', 8, sites));
  });
});
