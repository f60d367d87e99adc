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

/** A Chinese-only story set in Beijing and Shenzhen that never writes "China" (中国). */
export const SHENZHEN_MODEL = [
  article(
    'shenzhen-1',
    'zh',
    '深圳一家创业公司发布开源推理模型',
    [
      '深圳一家大模型创业公司周一发布了一款小参数推理模型，并开放全部权重，允许免费商用。',
      '该公司表示，模型在北京和深圳两地的智算中心完成训练，价格为每百万token 1元。',
      '业内人士认为，开源模型正在降低中小企业使用大模型的门槛。',
    ],
    'suanli',
  ),
];

/** A survey fielded across continents: its place names list the survey's reach, they do not set the story anywhere. */
export const WORLD_SURVEY = [
  article(
    'survey-1',
    'en',
    'Office workers who use AI daily are pulling ahead, survey finds',
    [
      'A survey of 9,000 office workers found that a small group who use AI assistants every day report saving six hours a week.',
      'The survey was fielded in the United States, Canada, Brazil, Germany, France, India, Japan and Singapore.',
      'Germany had the lowest share of daily users, at 8%, and India the highest, at 21%.',
      'The authors said the gap between daily users and everyone else was widening in every country they studied.',
    ],
    'work-desk',
  ),
];

/** A cloud provider retrains its support staff: the provider's name says who, the story is about jobs and skills. */
export const CLOUD_RETRAINING = [
  article(
    'retrain-1',
    'en',
    'CoreWeave to retrain 300 support staff for AI operations roles',
    [
      'CoreWeave will offer 300 support employees a paid 12-week retraining programme for AI operations roles, and cut 150 other jobs.',
      'CoreWeave said the course covers monitoring, incident triage and capacity planning, with certification at the end.',
      'Union representatives said the layoffs should wait until the retraining results are known.',
      'CoreWeave said most of the affected workers have been with the company for less than three years.',
    ],
    'cloud-desk',
  ),
];
