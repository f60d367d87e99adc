/** The default audiences for "Who should care", each cued by what in a story concerns them. */
import type { TaxonomyEntry } from '../types.js';

/** Audiences. */
// prettier-ignore
export const DEFAULT_AUDIENCES: TaxonomyEntry[] = [
  {
    id: 'enterprise-security-teams',
    name: 'Enterprise & Security Teams',
    en: [
      'vulnerabilit*', 'patch*', 'breach*', 'attacker*', 'prompt injection', 'credential*', 'security team*', 'CISO*', 'incident response',
      'exposed', 'leak*', 'ransomware', 'upgrade immediately', 'mitigation*',
    ],
    zh: ['漏洞', '补丁', '攻击', '泄露', '安全团队', '勒索', '凭证', '入侵'],
  },
  {
    id: 'infrastructure-engineers',
    name: 'Infrastructure Engineers',
    en: [
      'outage*', 'failover', 'control plane', 'availability zone*', 'latency', 'capacity', 'cluster*', 'GPU instance*', 'cooling', 'rack*',
      'interconnect', 'redundan*', 'multi-region', 'status page', 'SRE*', 'data center*', 'data centre*', 'self-host*', 'serving',
    ],
    zh: ['宕机', '故障', '容灾', '可用区', '控制面', '集群', '机柜', '液冷', '运维', '数据中心', '智算中心'],
  },
  {
    id: 'investors',
    name: 'Investors',
    en: [
      'valuation*', 'investor*', 'raised', 'funding round', 'Series *', 'IPO', 'shares', 'revenue', 'quarter', 'guidance', 'margin*',
      'earnings', 'stake', 'debt', 'loan*', 'acquisition*', 'deal value', 'market share',
    ],
    zh: ['估值', '融资', '投资者', '上市', '营收', '營收', '利润', '季度', '股价', '收购', '贷款'],
  },
  {
    id: 'policy-teams',
    name: 'Policy Teams',
    en: [
      'regulator*', 'regulation*', 'legislation', 'lawmaker*', 'export control*', 'compliance', 'obligations', 'enforcement', 'ministry',
      'commission', 'consultation', 'tariff*', 'zoning', 'public comment*', 'rulemaking',
    ],
    zh: ['监管', '政策', '法规', '出口管制', '合规', '工信部', '发改委', '备案', '立法', '规定'],
  },
  {
    id: 'developers',
    name: 'Developers',
    en: [
      'API', 'APIs', 'SDK*', 'developer*', 'open-weights', 'open weights', 'per million tokens', 'context window', 'endpoint*', 'migrate*',
      'deprecat*', 'coding', 'code', 'open source', 'open-source', 'library', 'libraries', 'GitHub',
    ],
    zh: ['开发者', '開發者', 'API', '开源', '接口', '代码', '迁移', '调用'],
  },
  {
    id: 'executives',
    name: 'Executives',
    en: [
      'strategy', 'board*', 'budget*', 'spending', 'contract*', 'vendor*', 'procurement', 'chief executive*', 'CIO*', 'CFO*', 'cost*',
      'return on investment', 'ROI', 'competitive*', 'risk*',
    ],
    zh: ['战略', '预算', '采购', '成本', '管理层', '首席执行官', '风险', '投入产出'],
  },
  {
    id: 'energy-planners',
    name: 'Energy & Facilities Planners',
    en: [
      'grid', 'utility', 'utilities', 'megawatt*', 'gigawatt*', 'power purchase agreement*', 'interconnection', 'transmission', 'tariff*',
      'substation*', 'curtail*', 'large load*', 'nuclear', 'solar', 'battery', 'batteries',
    ],
    zh: ['电网', '电价', '电力', '供电', '兆瓦', '千瓦', '核电', '储能', '光伏', '绿电'],
  },
  {
    id: 'hr-learning-teams',
    name: 'HR & Learning Teams',
    en: [
      'skills', 'reskill*', 'upskill*', 'training programme*', 'training program*', 'course*', 'certification*', 'employee*', 'workforce',
      'layoff*', 'hiring', 'talent', 'apprentice*', 'curriculum', 'union*',
    ],
    zh: ['技能', '培训', '人才', '员工', '裁员', '招聘', '课程', '认证'],
  },
];
