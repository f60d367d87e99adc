/**
 * The default audiences for "Who should care". An audience comes with the boards and tags that concern it, or from
 * cues of what bears on its own work: phrases specific enough that a paragraph holding them addresses it (a chief
 * executive quoted, a "data-centre developer" or a quarter named say nothing about who should care).
 */
import type { TaxonomyEntry } from '../types.js';

/** Audiences. */
// prettier-ignore
export const DEFAULT_AUDIENCES: TaxonomyEntry[] = [
  {
    id: 'enterprise-security-teams',
    actors: ['security team*', 'compliance team*', 'legal team*', 'IT team*', 'IT department*', 'CISO*', 'model-risk', 'IT部门', '安全团队'],
    concernedBy: ['security', 'enterprise-ai', 'vulnerability', 'data-breach', 'prompt-injection'],
    name: 'Enterprise & Security Teams',
    en: [
      'vulnerabilit*', 'patch*', 'breach*', 'attacker*', 'prompt injection', 'security team*', 'CISO*', 'incident response',
      'ransomware', 'upgrade immediately', 'mitigation*', 'compliance team*', 'legal team*', 'IT team*', 'IT department*',
      'encryption key*', 'administrative access', 'access request*', 'access control*', 'customer data', 'data protection',
      'model-risk', 'model risk', 'governance', 'own infrastructure', 'own networks', 'leaving their networks', 'audit trail*',
      'data may', 'acceptable use', 'approve new tools', 'in production', 'cyber',
    ],
    zh: ['漏洞', '补丁', '攻击', '泄露', '安全团队', '勒索', '凭证', '入侵', 'IT部门', '数据治理', '数据安全', '权限'],
  },
  {
    id: 'infrastructure-engineers',
    actors: ['infrastructure lead*', 'site reliability', 'SRE*', 'remote-hands', 'network engineers', '运维人员'],
    concernedBy: ['outage', 'inference'],
    name: 'Infrastructure Engineers',
    en: [
      'outage*', 'failover', 'control plane', 'availability zone*', 'latency', 'GPU instance*', 'liquid cooling', 'liquid-cooled',
      'rack*', 'interconnect', 'redundan*', 'multi-region', 'status page', 'SRE*', 'self-host*', 'serving stack*', 'runbook*',
      'disaster recovery', 'disaster-recovery', 'uptime', 'network fabric', 'switch*', 'deploy*',
    ],
    not: ['switching', 'switch to', 'switched on', 'made redundant', 'redundancies'],
    zh: ['宕机', '故障', '容灾', '可用区', '控制面', '液冷', '运维', '部署', '算力利用率', 'MFU'],
  },
  {
    id: 'investors',
    actors: ['investors', 'investor', 'lenders', 'bankers', 'portfolio compan*', 'shareholders', '投资人', '投资者', '股东'],
    concernedBy: ['funding-deals', 'funding', 'ipo', 'acquisition'],
    name: 'Investors',
    en: [
      'valuation*', 'investor*', 'funding round', 'Series A', 'Series B', 'Series C', 'Series D', 'Series E', 'IPO', 'share price*', 'shares rose', 'shares fell',
      'shares *', 'guidance', 'gross margin*', 'profit margin*', 'operating margin*', 'earnings', 'stake', 'debt', 'loan*',
      'acquisition*', 'deal value', 'market share', 'backlog', 'lenders', 'equity', 'break even', 'restructuring charge',
      'analyst* estimate*', 'revenue mix', 'of revenue', 'revenue stream', 'portfolio compan*', 'venture',
    ],
    zh: ['估值', '融资', '投资者', '投资人', '上市', '营收', '營收', '利润', '股价', '收购', '贷款', '领投'],
  },
  {
    id: 'policy-teams',
    actors: ['regulators', 'lawmakers', 'policymakers', '监管部门', '主管部门'],
    concernedBy: ['policy-regulation', 'regulation', 'export-controls', 'antitrust', 'sovereignty'],
    name: 'Policy Teams',
    en: [
      'regulator*', 'regulation*', 'legislation', 'lawmaker*', 'export control*', 'compliance', 'obligations', 'enforcement',
      'ministry', 'consultation', 'tariff*', 'zoning', 'public comment*', 'rulemaking', 'data-localisation', 'data localisation',
      'Data Act', 'AI Act', 'CLOUD Act', 'licence', 'license', 'subsid*', 'grant*', 'law',
    ],
    denials: ['no law', 'does not apply'],
    not: [
      'Nuclear Regulatory Commission', 'licence application', 'license application', 'grant them', 'granted', 'Apache 2.0 licence',
      'Apache licence', 'MIT licence', 'open-source licence', 'software licence*',
    ],
    zh: ['监管', '政策', '法规', '出口管制', '合规', '工信部', '发改委', '备案', '立法', '规定', '經濟部', '经济部', '补贴'],
  },
  {
    id: 'developers',
    actors: ['developers building', 'app developers', 'software developers', '开发者', '開發者'],
    concernedBy: ['models-research', 'tokens', 'open-weights', 'deprecation'],
    name: 'Developers',
    en: [
      'API', 'APIs', 'SDK*', 'software developer*', 'app developer*', 'developers building', 'for developers', 'per million tokens',
      'context window', 'endpoint*', 'migrate*', 'migration*', 'deprecat*', 'coding', 'open-weights', 'open weights', 'fine-tun*',
      'GitHub', 'rate limit*',
    ],
    zh: ['开发者', '開發者', 'API', '接口', '代码', '迁移', '调用'],
  },
  {
    id: 'executives',
    actors: ['CIO*', 'CFO*', 'chief information officer*', 'chief financial officer*', 'procurement team*', '采购负责人', '管理层'],
    concernedBy: ['enterprise-ai', 'platform-risk', 'pricing', 'supply-chain'],
    name: 'Executives',
    en: [
      'procurement', 'budget*', 'CIO*', 'CFO*', 'return on investment', 'ROI', 'cost per', 'per employee', 'second provider',
      'switching provider*', 'vendor lock-in', 'lock-in', 'supplier risk', 'single supplier', 'renewal*', 'requalify',
      // A procurement tender, not a share tender ("The tender opens on November 2").
      'allocation', 'customers must', 'tender for', 'tenders for', 'public tender*', 'tender process*', 'tendering', 'invitation to tender',
      'suppliers', 'surcharge',
    ],
    not: ['tender offer*'],
    zh: ['战略', '预算', '采购', '管理层', '投入产出', '招标', '供应商', '扩产规划'],
  },
  {
    id: 'energy-planners',
    actors: ['utilities', 'grid operator*', 'facility planners', '电网公司'],
    concernedBy: ['energy-power', 'grid', 'nuclear', 'water'],
    name: 'Energy & Facilities Planners',
    en: [
      'grid', 'utility', 'utilities', 'megawatt*', 'gigawatt*', 'power purchase agreement*', 'interconnection', 'transmission',
      'substation*', 'curtail*', 'large load*', 'nuclear', 'solar', 'battery', 'batteries', 'transformer*', 'switchgear',
      'power is available', 'electricity',
    ],
    not: ['uninterruptible power supply batteries', 'uninterruptible power supply', 'UPS batteries'],
    zh: ['电网', '电价', '电力', '供电', '核电', '储能', '光伏', '绿电', '用電', '用电'],
  },
  {
    id: 'hr-learning-teams',
    // "HR" as people ("HR leaders"), not as one of the systems an agent reads ("across HR, finance or customer systems").
    actors: [
      'HR team*', 'HR leader*', 'HR department*', 'HR director*', 'HR manager*', 'HR staff', 'HR professionals', 'HR chief*',
      'human resources', 'learning and development', 'trainers', 'recruiters', '人力资源',
    ],
    concernedBy: ['workforce-skills', 'training', 'skills-gap', 'layoffs'],
    name: 'HR & Learning Teams',
    en: [
      'skills', 'reskill*', 'upskill*', 'training programme*', 'training program*', 'course*', 'certification*', 'workforce',
      'layoff*', 'talent', 'apprentice*', 'curriculum', 'union*', 'recruit*', 'retention', 'equity grants', 'hiring targets',
    ],
    zh: ['技能', '培训', '人才', '员工', '裁员', '招聘', '课程', '认证'],
  },
];
