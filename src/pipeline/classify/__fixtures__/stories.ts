/** Small original stories for the classifier tests, split into sentences by the segment stage. */
import { splitSentences } from '../../segment/index.js';
import type { ClassifyArticle } from '../types.js';

function article(id: string, language: string, title: string, paragraphs: string[], outlet: string): ClassifyArticle {
  return { id, outlet, language, title, sentences: splitSentences(paragraphs.join('\n\n'), language) };
}

/** A skills survey about "power users", published by an energy outlet: nothing here is about electricity. */
export const SKILLS_SURVEY = [
  article(
    'skills-1',
    'en',
    'Survey finds an AI skills gap between power users and everyone else',
    [
      'A survey of 5,000 office workers found that power users of AI assistants save six hours a week, while most colleagues barely use the tools.',
      'Only a quarter of employees said their employer had offered any training, and the skills gap is widest among managers.',
      'The authors recommend hands-on courses and internal certification before companies buy more licences.',
    ],
    'grid-weekly',
  ),
];

/** A grid story: a utility asks its regulator for a new tariff for data centres in Virginia. */
export const GRID_TARIFF = [
  article(
    'grid-1',
    'en',
    'Virginia utility proposes a large-load tariff for data centres',
    [
      'A Virginia utility asked state regulators on Monday to approve a tariff for data centres that draw more than 100 megawatts.',
      'The utility says new substations and transmission lines for such large loads should not be paid for by households.',
      'The regulator will hold a consultation before deciding, and data centre developers say the rule would raise electricity costs.',
    ],
    'policy-desk',
  ),
  article(
    'grid-2',
    'zh',
    '弗吉尼亚州电力公司拟对数据中心实行大负荷电价',
    [
      '弗吉尼亚州一家电力公司周一向监管机构提交申请，拟对用电负荷超过10万千瓦的数据中心执行专门电价。',
      '该公司表示，新建变电站和输电线路的成本不应由居民用户承担。',
    ],
    'suanli-guancha',
  ),
];
