import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractQuantities } from '../../entities/index.js';
import { analyseText } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { boundOf, checkBounds } from './bounds.js';

const evidenceOf = (text: string, language = 'en'): Evidence => {
  const analysis = analyseText(text, language, null);
  return { analyses: [analysis], quantities: analysis.quantities } as unknown as Evidence;
};
const reasons = (claim: string, source: string): string[] => checkBounds(analyseText(claim, 'en', null), evidenceOf(source));

describe('bounds a claim implies or a source spaces out', () => {
  it('reads a figure naming a buffer as the floor it is', () => {
    const source = 'Any new data centre must sit at least 1,000 feet from the nearest home.';
    assert.deepEqual(reasons('Data centres need a 1,000-foot buffer from homes.', source), []);
    assert.equal(
      reasons('Data centres need a 1,000-foot buffer from homes.', 'Data centres may sit up to 1,000 feet from homes.').length,
      1,
    );
  });

  it('still rejects a floor dropped from a plain figure', () => {
    assert.equal(reasons('The rule covers loads of 75 megawatts.', 'The rule covers loads of more than 75 megawatts.').length, 1);
  });

  it('finds a Chinese bound before a per-second rate', () => {
    const text = '存储带宽超过每秒3.2TB的加速器一律纳入管制';
    const quantity = extractQuantities(text, { language: 'zh' }).find((q) => q.kind !== 'date')!;
    assert.equal(boundOf(text, quantity)?.direction, 'lower');
  });
});
