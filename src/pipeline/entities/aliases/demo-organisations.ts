/**
 * Fictional associations, non-profits, universities, events and outlets of the demo newsroom. Real
 * public bodies used as settings (the European Commission, MIIT…) live in institutions.ts.
 */
import { company, institution, other } from './define.js';

/** Trade groups, councils, consortia, non-profits and schools. */
export const DEMO_INSTITUTIONS = [
  institution('European Cloud Users Council', ['欧洲云用户理事会', '歐洲雲用戶理事會']),
  institution('Nordic Public Cloud Consortium', ['北欧公共云联盟', '北歐公共雲聯盟']),
  institution('Virginia Data Center Council', ['弗吉尼亚数据中心协会', '弗吉尼亞數據中心協會']),
  institution('Virginia Ratepayer Action', ['弗吉尼亚电费用户行动', '弗吉尼亞電費用戶行動']),
  institution('Texas Compute Developers Alliance', ['得州算力开发商联盟', '德州算力開發商聯盟']),
  institution('UK Data Centre Developers Forum', ['英国数据中心开发商论坛', '英國數據中心開發商論壇'], {
    aliases: ['UK Data Center Developers Forum'],
  }),
  institution('Southwest Wyoming Economic Alliance', ['怀俄明西南经济联盟', '懷俄明西南經濟聯盟']),
  institution('Open Model Evaluation Consortium', ['开放模型评测联盟', '開放模型評測聯盟']),
  institution('Halcyon Institute', ['哈尔西恩研究所', '哈爾西恩研究所']),
  institution('Digital Commons Europe', ['欧洲数字公域', '歐洲數位公域']),
  institution('Centre for Digital Industry', ['数字产业中心', '數位產業中心'], { aliases: ['Center for Digital Industry'] }),
  institution('InferX Foundation', ['InferX基金会', 'InferX基金會']),
  institution('Yangtze Delta Smart Manufacturing Association', ['长三角智能制造协会', '長三角智慧製造協會']),
  institution('Lakeshore State University', ['湖滨州立大学', '湖濱州立大學'], { short: ['Lakeshore State'] }),
  institution('Union of Newsroom Workers', ['新闻编辑室工作者工会', '新聞編輯室工作者工會']),
  institution('Nanling Vocational and Technical College', ['南岭职业技术学院', '南嶺職業技術學院']),
];

/** Named events, programmes, rules and groups that are neither companies nor institutions. */
export const DEMO_OTHERS = [
  other('Corvane DevCon', ['科文开发者大会', '科文開發者大會'], { short: ['DevCon'], parent: 'corvane' }),
  other('AI Networking Summit', ['AI网络峰会', 'AI網路峰會']),
  other('Cinder Lock', ['余烬锁', '餘燼鎖']),
  other('Agents in Production', [], { id: 'agents-in-production-survey', parent: 'lodestar-research' }),
  other('Working With AI', [], { id: 'working-with-ai-course', parent: 'lakeshore-state-university' }),
  other('Cross-Border Talent Brokerage Rules', ['跨境人才仲介业务管理要点', '跨境人才仲介業務管理要點'], {
    id: 'taiwan-cross-border-talent-brokerage-rules',
  }),
];

/** The demo's sixteen outlets, named in copy when one quotes another ("according to Deal Desk"). */
export const DEMO_OUTLETS = [
  company('The Compute Ledger', [], { id: 'outlet-compute-ledger', aliases: ['Compute Ledger'] }),
  company('Gridline Weekly', [], { id: 'outlet-gridline', aliases: ['Gridline'] }),
  company('Silicon Foundry Report', [], { id: 'outlet-foundry-report' }),
  company('Policy Circuit', [], { id: 'outlet-policy-circuit' }),
  company('Token Economics', [], { id: 'outlet-token-economics' }),
  company('Northwind Tech Daily', [], { id: 'outlet-northwind', aliases: ['Northwind'] }),
  company('The Breach Report', [], { id: 'outlet-breach-report', aliases: ['Breach Report'] }),
  company('Enterprise AI Monitor', [], { id: 'outlet-enterprise-monitor' }),
  company('Deal Desk', [], { id: 'outlet-deal-desk' }),
  company('Meridian Wire', [], { id: 'outlet-meridian-wire' }),
  company('EuroStack Review', [], { id: 'outlet-eurostack' }),
  company('Bay Signal', [], { id: 'outlet-bay-signal' }),
  company('Suanli Observer', ['算力观察', '算力觀察'], { id: 'outlet-suanli', aliases: ['Suanli Guancha'] }),
  company('Xinwen Weekly', ['芯闻周刊', '芯聞週刊'], { id: 'outlet-xinwen-weekly' }),
  company('Yunduan Finance', ['云端财经', '雲端財經'], { id: 'outlet-yunduan' }),
  company('Keji Dao', ['科技岛报', '科技島報'], { id: 'outlet-keji-dao' }),
];
