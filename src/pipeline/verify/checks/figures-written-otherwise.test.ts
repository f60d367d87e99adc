import { describe, it } from 'node:test';
import { rejected, supported } from '../__fixtures__/one-source.js';

describe('figures a source writes otherwise than the claim', () => {
  it('meets a claimed "half" with a Chinese 一半 or 半数', () => {
    supported('Hardware makes up about half of the plant budget.', '该厂预算中硬件约占一半。', 'zh');
    supported('Half of the surveyed plants run their own models.', '受访工厂中半数运行自有模型。', 'zh');
    rejected('Hardware makes up about half of the plant budget.', '该厂预算中硬件约占三成。', /half|30%|not in cited/, 'zh');
  });

  it('gives the bare first end of a range the unit of the second', () => {
    const source = '单个项目投资预计在3亿元至9亿元之间。';
    supported('Each project is expected to take 300 million to 900 million yuan.', source, 'zh');
    rejected('Each project is expected to take 400 million to 900 million yuan.', source, /400 million/, 'zh');
  });

  it('reads a bare decimal figure the source calls a share as a percentage', () => {
    const source = 'The figure the lab leads with is 71.6, the share of the benchmark tasks the model solved alone.';
    supported('The model solved 71.6% of the benchmark tasks alone, the lab says.', source);
    rejected('The model solved 76.1% of the benchmark tasks alone, the lab says.', source, /76\.1%/);
  });
});
