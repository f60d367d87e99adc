import { describe, it } from 'node:test';
import { rejected, supported } from '../__fixtures__/one-source.js';

describe('a quantifier against the share the source states', () => {
  it('rejects "most" of a group the source gives less than half', () => {
    const source = 'Only 12% of the surveyed hospitals run their own GPU clusters.';
    rejected('Most of the surveyed hospitals run their own GPU clusters.', source, /quantifier contradicts/);
    supported('Only 12% of the surveyed hospitals run their own GPU clusters.', source);
  });

  it('rejects "few" of a group the source gives more than half', () => {
    const source = 'About 70% of the new hires joined from other banks.';
    rejected('Few of the new hires joined from other banks.', source, /quantifier contradicts/);
    supported('Most of the new hires, about 70%, joined from other banks.', source);
  });

  it('reads 多数 against a Chinese share', () => {
    const source = '仅有9%的工厂配有专职的运维人员。';
    rejected('多数工厂配有专职的运维人员。', source, /quantifier contradicts/, 'zh');
  });
});
