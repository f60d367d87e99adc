/** Default tags for industry topics (models, platforms, security, money, people, policy), with their cue phrases. */
import type { TaxonomyEntry } from '../types.js';
import { CHINA_ENTITIES } from './region-entities.js';

/** Industry tags. */
// prettier-ignore
export const INDUSTRY_TAGS: TaxonomyEntry[] = [
  {
    id: 'shutdown',
    name: 'Shutdown',
    en: [
      'shut down', 'shuts down', 'shutting down', 'shutdown', 'wind down', 'winding down', 'wind-down', 'cease operations', 'will close',
    ],
    zh: ['关停', '關停', '停止服务', '停止運營', '停运'],
    weak: ['closing', '关闭'],
  },
  {
    id: 'deprecation',
    name: 'Deprecation',
    en: [
      'deprecat*', 'retire*', 'retirement', 'end of life', 'end-of-life', 'sunset*', 'legacy model*', 'migration deadline',
      'pinned snapshot*',
    ],
    zh: ['下线', '下線', '退役', '弃用', '停用'],
    weak: ['淘汰'],
  },
  {
    id: 'platform-risk',
    name: 'Platform risk',
    // Depending on one provider is what an outage exposes and what an acquisition of a supplier puts at stake.
    companions: ['deprecation', 'shutdown', 'outage', 'acquisition'],
    en: [
      'platform risk', 'vendor lock-in', 'lock-in', 'single provider', 'single vendor', 'switching cost*', 'migrate*', 'migration*',
      'fallback*', 'second provider', 'multi-vendor', 'contingency', 'switching provider*', 'vendor risk', 'vendor-risk',
      'single model provider', 'two providers',
      // Redundancy against one provider, region or supplier failing.
      'second source', 'single source', 'sole supplier', 'sole source', 'single region', 'second region', 'multi-region', 'multi-cloud',
      'another provider', 'new vendor', 'exit plan*', 'concentration risk',
    ],
    zh: ['平台风险', '单一供应商', '单云依赖', '迁移', '遷移', '多云', '跨云', '第二家云', '容灾', '第二供应商'],
    weak: ['depend on', 'depends on', 'dependence', 'dependency', 'dependent', 'rely on', 'relies on', '依赖', '依賴'],
  },
  {
    id: 'open-weights',
    name: 'Open weights',
    companions: ['regulation'],
    en: [
      'open-weights', 'open weights', 'open-weight', 'open-source model*', 'open source model*', 'openly licensed', 'Apache 2.0',
      'downloadable weights',
    ],
    zh: ['开源模型', '開源模型', '开放权重', '開放權重', '开源'],
    weak: ['open source', 'open-source', 'weights', '权重'],
  },
  {
    id: 'agents',
    name: 'Agents',
    en: ['agent', 'agents', 'agentic', 'coding agent*', 'AI agent*'],
    zh: ['智能体', '智能體', 'Agent'],
    weak: ['autonomous', '代理'],
    // People called agents: the staff who answer a call centre's phones, sell policies or book travel.
    not: [
      'call-centre agent*', 'call-center agent*', 'contact-centre agent*', 'contact-center agent*', 'customer-service agent*',
      'service agent*', 'support agent*', 'human agent*', 'live agent*', 'sales agent*', 'travel agent*', 'insurance agent*',
      'estate agent*', 'border agent*', 'federal agent*', '人工坐席', '客服坐席',
    ],
  },
  {
    id: 'skills-gap',
    name: 'Skills gap',
    companions: ['training'],
    en: [
      'skills gap', 'skill gap', 'skills shortage', 'talent shortage', 'talent gap', 'lack the skills', 'lack skills', 'fluency',
      'literacy', 'proficien*', 'not enough engineers', 'shortage of engineers', 'shortage of technicians', 'short of technicians',
      'short of engineers', 'short of workers', 'short of staff', 'short of skilled',
      // A gap described rather than named: too few people who have the skills, or a divide between those who do and the rest.
      'shortage of staff', 'shortage of workers', 'shortage of people', 'shortage of skilled', 'staff shortage*', 'worker shortage*',
      'gap between * staff', 'gap between * workers', 'AI-fluent', 'AI skills',
      // Jobs that cannot be filled: the gap seen from the employer's side.
      'open roles', 'open positions', 'unfilled', 'fill * roles', 'fill * jobs', 'fill them', 'hard to hire', 'cannot hire',
      "aren't enough", 'not enough people', 'not enough staff', 'no longer fill', 'faster than * can hire',
    ],
    zh: [
      '技能缺口', '人才缺口', '人才短缺', '技能差距', '人才缺乏', '缺人', '缺少人才', '人才不足', '人员缺口', '人员的缺口', '人員缺口',
      '人員的缺口', '招不到', '用工荒', '技术员缺口', '技術員缺口', '职缺', '職缺', '岗位空缺', '崗位空缺', '使用落差', '技能落差', '缺的是', '缺的不是', '缺少既懂', '很难招', '很難招', '难以招聘', '難以招聘',
    ],
    weak: ['skills', 'talent', 'gap between', '人才', '技能', '落差'],
  },
  {
    id: 'training',
    name: 'Training',
    en: [
      'training programme*', 'training program*', 'train staff', 'train employees', 'course*', 'certification*', 'apprentice*',
      'curriculum', 'reskill*', 'upskill*', 'retrain*', 'paid training', 'hours of training', 'workshop*', 'bootcamp*', 'classroom*',
      'trainees', 'learners',
    ],
    zh: ['培训', '培訓', '课程', '課程', '认证', '認證', '学徒', '學徒', '转岗', '轉岗', '再培训', '实训'],
    weak: ['training', 'trained', 'teach*', '教学'],
  },
  {
    id: 'adoption',
    name: 'Adoption',
    en: [
      'adoption', 'adopt AI', 'adopting AI', 'rollout', 'roll out', 'rolled out', 'pilot*', 'in production', 'uptake', 'usage of AI',
      'use AI', 'using AI', 'AI assistant*', 'deployed to',
    ],
    zh: ['落地', '试点', '試點', '采用率', '渗透率', '上线', '导入AI', '導入AI', 'AI导入', 'AI導入', '使用AI', '用上了AI', '使用率'],
    weak: ['deploy*', 'users', 'usage', '部署', '应用', '應用', '使用'],
  },
  {
    id: 'layoffs',
    name: 'Layoffs',
    en: [
      'layoff*', 'laid off', 'job cuts', 'cut jobs', 'cutting jobs', 'cuts * jobs', 'redundanc*', 'severance', 'eliminat* roles',
      'eliminat* jobs', 'headcount reduction*',
    ],
    zh: ['裁员', '裁員', '岗位削减', '减员', '裁撤'],
    weak: ['headcount', 'roles', 'jobs'],
    // Cuts that are ruled out are no cuts.
    not: [
      'no redundanc*', 'no * redundanc*', 'no layoff*', 'no * layoffs', 'no job cuts', 'without layoffs', 'without redundanc*',
      'rule out layoffs', 'ruled out layoffs', '不裁员', '不会裁员',
    ],
  },
  {
    id: 'funding',
    name: 'Funding',
    en: [
      'raised $*', 'raises $*', 'raised * million', 'raised * billion', 'raises * million', 'raises * billion', 'funding round*', 'Series A', 'Series B', 'Series C', 'Series D', 'Series E', 'seed round', 'valuation',
      'debt facility', 'loan facility', 'venture capital', 'fund close', 'final close', 'closes fund',
      // Money raised other than from venture investors: public grants, lenders, project finance.
      'subsid*', 'federal grant*', 'government grant*', 'fundrais*', 'project finance', 'project-finance', 'debt financing',
      'term loan*', 'credit facilit*', 'private credit', 'lead arranger*', 'loan secured',
      'raised about * million', 'raised about * billion',
    ],
    zh: ['融资', '融資', '估值', '领投', '領投', '募资', '募資', '轮融资'],
    weak: ['funding', 'investors', 'investment', 'loan', 'fund', 'financing', 'led by', 'lenders', '投资', '基金', '贷款'],
  },
  {
    id: 'acquisition',
    name: 'Acquisition',
    en: [
      'acquisition*', 'acquire*', 'takeover', 'merger*', 'purchase price', 'sale-leaseback*', 'agree* to buy', 'agree* to sell', 'deal to buy', 'offer* to buy', 'bid to buy',
      'buys',
    ],
    zh: ['收购', '收購', '并购', '併購', '买下', '售后回租'],
    weak: ['deal', 'sale', '出售', '交易'],
  },
  {
    id: 'ipo',
    name: 'IPO',
    broader: 'funding',
    en: ['IPO', 'IPOs', 'initial public offering', 'prospectus', 'listing', 'stock exchange', 'shares priced', 'go public', 'going public'],
    zh: ['上市', '招股', 'IPO', '港交所', '挂牌', '掛牌', '发行价', '首次公开发行'],
    weak: ['listed', 'float'],
    // A listing that is ruled out is no listing.
    not: [
      'no plans for an IPO', '“no plans” for an IPO', '"no plans" for an IPO', 'no plans to go public', 'no IPO plans', 'no plans to list',
      'without an IPO', 'without an initial public offering', 'without going public', 'instead of an IPO', '暂无上市计划', '没有上市计划',
    ],
  },
  {
    id: 'regulation',
    name: 'Regulation',
    companions: ['grid', 'power'],
    en: [
      'regulation*', 'regulator*', 'rulemaking', 'legislation', 'compliance', 'obligations', 'enforcement', 'tariff', 'zoning', 'ordinance',
      'guidance', 'AI Act', 'code of practice', 'public utility commission', 'utility commission', 'consultation', 'filing requirement*',
      'new rules',
    ],
    zh: [
      '监管', '監管', '法规', '法規', '规定', '規定', '备案', '指导意见', '合规', '合規', '管理办法', '条例', '新規', '罰',
      // A new policy, one on trial, and the commission that sets regulated prices (as a public utility commission does).
      '新政', '试行', '試行', '发展和改革委员会', '發展和改革委員會',
    ],
    weak: ['regulatory', 'rules', 'rule', 'law', 'laws', 'requirement*', 'commission', 'filing*', '要求', '政策'],
    // What does not apply, or does not exist, does not regulate: a sentence saying so is no evidence of regulation.
    denials: ['no law*', 'no * law*', 'does not apply', 'do not apply', 'no regulation*', 'no rules'],
  },
  {
    id: 'antitrust',
    name: 'Antitrust',
    broader: 'regulation',
    en: [
      'antitrust', 'competition authorit*', 'competition regulator*', 'anti-competitive', 'anticompetitive', 'merger review',
      'Federal Trade Commission', 'FTC', 'Competition and Markets Authority', 'in-depth investigation', 'market power', 'foreclos*',
    ],
    zh: ['反垄断', '反壟斷', '竞争审查', '经营者集中'],
    weak: ['competition', 'competitors', 'rivals'],
  },
  {
    id: 'vulnerability',
    name: 'Vulnerability',
    en: [
      'vulnerabilit*', 'security flaw*', 'CVE', 'CVE-*', 'exploit*', 'remote code execution', 'security hole', 'zero-day', 'unpatched',
      'backdoor*',
    ],
    zh: ['漏洞', '远程代码执行', '遠程代碼執行', '后门', '後門'],
    weak: ['flaw*', 'patch*', 'bug', '补丁', '補丁'],
  },
  {
    id: 'data-breach',
    name: 'Data breach',
    en: [
      'data breach*', 'breach*', 'leaked', 'exfiltrat*', 'ransomware', 'compromised', 'stolen data', 'unauthorised access',
      'unauthorized access', 'data exposure', 'credentials',
    ],
    zh: ['数据泄露', '數據洩露', '泄露', '洩露', '勒索', '窃取', '竊取', '凭证', '憑證'],
    weak: ['leak*', 'exposed', 'stolen', 'customer data'],
  },
  {
    id: 'prompt-injection',
    name: 'Prompt injection',
    companions: ['vulnerability', 'data-breach', 'agents'],
    en: [
      'prompt injection', 'prompt-injection', 'injected instructions', 'hidden instructions', 'malicious instructions',
      'indirect injection', 'instructions hidden', 'injection flaw*',
    ],
    zh: ['提示注入', '提示詞注入', '注入攻击'],
    weak: ['jailbreak*'],
  },
  {
    id: 'benchmarks',
    name: 'Benchmarks',
    // A benchmark is a set of tasks that evaluators run models on; reports name either.
    en: [
      'benchmark*', 'leaderboard*', 'test set*', 'task set*', 'contamination', 'evals', 'evaluation suite*', 'scored * on', 'evaluators',
      // Who ran the tests behind a performance claim: the maker itself or someone independent.
      'own tests', 'third-party test*', 'independent test*', 'self-reported', 'independently verified',
    ],
    zh: ['基准', '基準', '评测', '評測', '跑分', '测试集', '榜单', '自测', '自測', '第三方测试', '第三方測試', '公开测试', '公開測試'],
    weak: ['evaluation*', 'scores', 'scored'],
  },
  {
    id: 'china',
    name: 'China',
    // Chinese places and public bodies in any language: "韶关" and "贵州" place a story in China as surely as "China".
    entities: CHINA_ENTITIES,
    en: ['China', 'Chinese', 'Beijing', 'Shanghai', 'Shenzhen', 'Hangzhou', 'MIIT', 'yuan', 'renminbi', 'Cyberspace Administration'],
    zh: ['中国', '中國', '人民币', '北京', '上海', '深圳', '杭州', '对华', '對華', '陸企', '大陆', '网信办', '工信部', '发改委'],
    weak: ['国内', '國內', '国产', '國產', '省'],
  },
];
