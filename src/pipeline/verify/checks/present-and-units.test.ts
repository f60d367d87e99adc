import { describe, it } from 'node:test';
import { rejected, supported } from '../__fixtures__/one-source.js';

describe('words of time that state no date of their own', () => {
  it('reads a possessive "today\'s" as the present, not a date', () => {
    supported("The new line will not ease today's backlog of orders.", 'The new line will not ease the current backlog of orders.');
    rejected(
      'The new line will not ease the backlog of orders until May 2027.',
      'The new line will not ease the current backlog of orders.',
      /date/,
    );
  });

  it('meets a Chinese single unit of time with an English "a day", "a week"', () => {
    supported(
      '改造后，备件约2小时即可送达，过去需要一天。',
      'After the change, spare parts arrive within about two hours instead of a day.',
    );
    supported('改造后，审批只需三天，过去需要一周。', 'After the change, approvals take three days instead of a week.');
    rejected(
      '改造后，备件约2小时即可送达，过去需要一周。',
      'After the change, spare parts arrive within about two hours instead of a day.',
      /一周/,
    );
  });
});

describe('a comment period in Chinese is a fact with a date', () => {
  it('does not hedge "征求意见将持续到" like a draft', () => {
    supported('Public comments on the rule run until March 3, 2027.', '公开征求意见将持续到2027年3月3日，期间规则照常执行。', 'zh');
    rejected('Public comments on the rule run until March 3, 2028.', '公开征求意见将持续到2027年3月3日，期间规则照常执行。', /date/, 'zh');
  });
});
