/** Descriptions of a company beside its name are found in English and Chinese; attributions are not descriptions. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEntities } from '../entities/index.js';
import { findAppositives, splitAppositives } from './appositives.js';

const asidesOf = (text: string) => splitAppositives(text, findAppositives(text, findEntities(text)));

describe('findAppositives', () => {
  it('finds an English description after a company name and blanks it from the core text', () => {
    const text = 'CoreWeave, the GPU cloud provider, said on Monday it would cut 150 jobs.';
    const { core, asides } = asidesOf(text);
    assert.equal(asides, ', the GPU cloud provider,');
    assert.equal(core.length, text.length);
    assert.ok(!core.includes('cloud'));
    assert.ok(core.includes('cut 150 jobs'));
  });

  it('finds a Chinese description ending in a company noun before the name', () => {
    const { asides } = asidesOf('美国云计算厂商亚马逊云科技周三宣布裁员。');
    assert.match(asides, /云计算厂商$/);
  });

  it('leaves attributions alone', () => {
    assert.equal(asidesOf('CoreWeave, the company said, will cut 150 jobs.').asides, '');
  });

  it('finds a company described in place of its name at the head of a sentence, as a standfirst names it', () => {
    assert.equal(asidesOf('The cloud provider will cut 150 jobs.').asides, 'cloud provider');
    assert.equal(asidesOf("The coding-agent start-up's second release runs in cloud sandboxes.").asides, 'coding-agent start-up');
    assert.equal(asidesOf('The Nordic data-centre operator will host nine agencies.').asides, 'Nordic data-centre operator');
    assert.equal(asidesOf('The rule adopted on Friday makes new data centres the first to curtail.').asides, '');
    assert.equal(asidesOf('The operator of the grid forecasts a record peak.').asides, 'operator');
  });
});
