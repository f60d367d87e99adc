import { describe, it } from 'node:test';
import { rejected, supported } from '../__fixtures__/one-source.js';

describe('a contrast against a Chinese 并非…而是', () => {
  it('rejects the sides turned round', () => {
    const source = '这次降价并非补贴换规模，而是模型架构优化带来的空间。';
    rejected('The price cut is a subsidy to win scale rather than room made by model architecture.', source, /contrast turned round/, 'zh');
    supported('The price cut comes from model architecture rather than a subsidy to win scale.', source, 'zh');
  });

  it('reads 不是…而是 and "instead of" the same way', () => {
    const source = '这次发布最值得关注的不是模型本身，而是它的训练方式。';
    rejected('What matters most is the model itself instead of how it was trained.', source, /contrast turned round/, 'zh');
    supported('What matters most is how the model was trained instead of the model itself.', source, 'zh');
  });
});
