/**
 * The default boards of the AI and tech-industry field, each with the phrases that put a story on it.
 * A cue names what the story is about (a chip, a grid, a funding round), never who usually reports it;
 * `not` lists phrases that look like a cue but mean something else ("power users", "computing power").
 */
import type { TaxonomyEntry } from '../types.js';
import { CHIP_COMPANIES, CLOUD_COMPANIES, ENERGY_COMPANIES, INVESTOR_COMPANIES, MODEL_COMPANIES } from './sector-entities.js';

/** Boards: the broad sections of the field. */
// prettier-ignore
export const DEFAULT_BOARDS: TaxonomyEntry[] = [
  {
    id: 'hyperscalers-cloud',
    entities: CLOUD_COMPANIES,
    name: 'Hyperscalers & Cloud',
    en: [
      'cloud provider*', 'cloud compan*', 'cloud region*', 'cloud service*', 'cloud customer*', 'cloud market', 'cloud business',
      'cloud platform*', 'cloud capacity', 'cloud contract*', 'public cloud', 'sovereign cloud', 'hyperscaler*', 'neocloud*',
      'availability zone*', 'GPU instance*', 'GPU cloud', 'GPU rental*', 'GPU-hour*', 'GPU hour*', 'rent* GPU*', 'colocation',
      'control plane', 'data-centre operator*', 'data center operator*', 'cloud',
    ],
    zh: [
      '云厂商', '云服务', '公有云', '云计算', '云平台', '可用区', '超大规模', '算力租赁', '云业务', '主权云', '雲端服務', '云区域', '云计算厂商', 'GPU云', '智算云',
    ],
    weak: ['data centre*', 'data center*', 'instances', 'region', 'regions', 'campus', '数据中心', '智算中心', '区域', '实例', '算力服务'],
  },
  {
    id: 'chips-hardware',
    entities: CHIP_COMPANIES,
    name: 'Chips & Hardware',
    en: [
      'chip', 'chips', 'chipmaker*', 'semiconductor*', 'foundry', 'foundries', 'wafer*', 'fab', 'fabs', 'HBM', 'HBM3*', 'HBM4*',
      'high-bandwidth memory', 'DRAM', 'advanced packaging', 'transistor*', 'tape-out', 'taped out', 'tapeout', 'lithography',
      'process node', 'nanometre*', 'nanometer*', 'co-packaged optics', 'optical engine*', 'chiplet*', 'silicon photonics', 'AI chip*',
      'accelerator chip*', 'memory chip*', 'memory maker*',
    ],
    zh: [
      '芯片', '半导体', '半導體', '晶圆', '晶圓', '代工', '封装', '封裝', '光刻', '制程', '製程', '纳米', '奈米', '晶体管', '流片', '芯粒', '晶片', '高带宽内存', '存储芯片', '加速芯片',
    ],
    weak: [
      'accelerator*', 'GPU', 'GPUs', 'silicon', 'memory', 'interconnect', 'servers', 'packaging', '加速器', '加速卡', '内存', '显卡', 'GPU',
    ],
    not: ['GPU-hour*', 'GPU hour*', 'GPU instance*', 'GPU cloud', 'GPU rental*', 'storage'],
  },
  {
    id: 'models-research',
    entities: MODEL_COMPANIES,
    name: 'Models & Research',
    en: [
      'language model*', 'frontier model*', 'reasoning model*', 'foundation model*', 'open-weights', 'open weights', 'open-weight',
      'model weights', 'benchmark*', 'context window', 'fine-tun*', 'training run*', 'model lab*', 'AI lab*', 'research paper', 'preprint',
      'parameters', 'model release', 'new model', 'safety report', 'red-team*', 'evals', 'model card', 'model family', 'flagship model',
      'model API', 'retire* model*', 'deprecat*',
    ],
    zh: [
      '大模型', '开源模型', '基准测试', '评测', '評測', '参数', '參數', '上下文窗口', '推理模型', '模型权重', '论文', '論文', '发布模型', '基座模型',
    ],
    weak: [
      'model', 'models', 'API', 'APIs', 'tokens', 'researchers', 'evaluation*', 'weights', 'open source', 'open-source', '模型', '开源', '训练',
      '權重',
    ],
  },
  {
    id: 'energy-power',
    entities: ENERGY_COMPANIES,
    name: 'Energy & Power',
    en: [
      'electricity', 'power grid*', 'grid operator*', 'utility', 'utilities', 'megawatt*', 'gigawatt*', 'MW', 'GW', 'kilowatt-hour*', 'kWh',
      'MWh', 'power purchase agreement*', 'PPA', 'PPAs', 'nuclear', 'reactor*', 'solar', 'wind farm*', 'battery storage', 'substation*',
      'transmission line*', 'power plant*', 'power station*', 'power supply', 'power demand', 'power price*', 'electricity price*',
      'natural gas', 'gas turbine*', 'large load*', 'curtailment', 'interconnection queue*', 'ratepayer*', 'uranium', 'district heating',
      'heat reuse', 'grid connection*',
    ],
    zh: [
      '电力', '電力', '电网', '電網', '电价', '電價', '发电', '發電', '核电', '核電', '反应堆', '光伏', '太阳能', '储能', '儲能', '变电站', '输电', '千瓦', '兆瓦', '吉瓦', '绿电', '綠電',
      '新能源', '用电', '用電', '供电', '供電', '电费', '限电', '燃气', '停電', '停电',
    ],
    weak: ['power', 'energy', 'grid', 'load', 'fuel', 'battery', 'batteries', 'turbine*', 'cooling', '能源', '电池', '负荷'],
    not: [
      'power user*', 'powerful', 'power of', 'computing power', 'compute power', 'purchasing power', 'pricing power', 'market power', '算力',
      // A data centre's size is quoted in megawatts of IT load: that measures the building, not an energy story.
      'megawatt campus', 'megawatt data cent*', 'megawatt hall*', 'MW campus', 'MW data cent*', 'MW hall*', 'MW expansion hall*',
      'megawatts of IT', 'MW of IT', 'megawatts of capacity', 'MW of capacity',
    ],
  },
  {
    id: 'policy-regulation',
    name: 'Policy & Regulation',
    en: [
      'regulator*', 'regulation*', 'legislation', 'lawmaker*', 'legislator*', 'export control*', 'export rule*', 'ministry', 'zoning',
      'AI Act', 'enforcement', 'rulemaking', 'public utility commission', 'utility commission', 'ordinance', 'antitrust',
      'competition authorit*', 'code of practice', 'consultation', 'tariff*', 'guidance', 'policymaker*', 'subsid*', 'compliance',
      'Commerce Department', 'Department of Commerce', 'interim final rule', 'public comment*', 'government agenc*', 'state law*',
    ],
    zh: [
      '监管', '監管', '政策', '法规', '法規', '出口管制', '工信部', '发改委', '發改委', '指导意见', '备案', '合规', '合規', '立法', '管理办法', '网信办', '商务部', '商務部', '法案', '条例',
      '反垄断', '主管部门', '規定', '规定', '经济部', '經濟部', '劳动部', '勞動部', '新規', '罰', '补贴', '補貼',
    ],
    weak: [
      'regulatory', 'government*', 'rules', 'rule', 'law', 'laws', 'bill', 'filing*', 'licence', 'license', 'commission', 'requirement*',
      '要求', '通知', '限制', '审查', '政府',
    ],
  },
  {
    id: 'security',
    name: 'Security',
    en: [
      'vulnerabilit*', 'exploit*', 'security flaw*', 'breach*', 'attacker*', 'hacker*', 'ransomware', 'prompt injection',
      'prompt-injection', 'CVE', 'CVE-*', 'malware', 'credential*', 'security researcher*', 'remote code execution', 'intrusion',
      'incident response', 'phishing', 'extortion', 'data exposure', 'leaked', 'security patch*', 'cyberattack*', 'cyber attack*',
      'threat actor*', 'backdoor*', 'malicious', 'tampered', 'poisoned',
    ],
    zh: [
      '漏洞', '攻击', '攻擊', '黑客', '駭客', '勒索', '泄露', '洩露', '补丁', '提示注入', '凭证', '憑證', '入侵', '远程代码执行', '网络安全', '后门', '後門', '恶意', '惡意',
    ],
    weak: ['security', 'patch*', 'flaw*', 'exposed', 'leak', 'stolen', 'safeguards', '安全'],
  },
  {
    id: 'funding-deals',
    entities: INVESTOR_COMPANIES,
    name: 'Funding & Deals',
    en: [
      'funding round*', 'Series A', 'Series B', 'Series C', 'Series D', 'Series E', 'seed round', 'valuation*', 'valued at',
      'venture capital', 'acquisition*', 'acquire*', 'takeover', 'merger*', 'IPO', 'IPOs', 'initial public offering', 'debt facility',
      'loan facility', 'sale-leaseback', 'secondary sale', 'tender offer', 'buyout', 'raised $*', 'raises $*', 'post-money', 'pre-money',
      'limited partners', 'fund close', 'final close', 'agreed to buy', 'agreed to sell', 'agreed to acquire', 'to buy', 'buys',
      'borrow*', 'bank debt', 'debt financing', 'credit facility', 'term loan', 'lease back', 'leaseback*', 'leased back',
    ],
    zh: [
      '融资', '融資', '估值', '收购', '收購', '并购', '併購', '上市', '募资', '募資', '领投', '領投', 'IPO', '招股', '基金', '轮融资', '首次公开发行', '港股',
    ],
    weak: [
      'raise*', 'raising', 'funding', 'investor*', 'invest*', 'venture', 'fund', 'funds', 'loan*', 'lender*', 'stake', 'led by', 'deal',
      'deals', 'shares', 'financing', 'backed', '投资', '投資', '贷款', '交易', '出售', '股份',
    ],
  },
  {
    id: 'enterprise-ai',
    name: 'Enterprise AI',
    en: [
      'enterprise AI', 'enterprise customer*', 'enterprise adoption', 'AI adoption', 'AI assistant*', 'AI rollout', 'pilot*', 'copilot*',
      'chatbot*', 'helpdesk', 'help desk', 'CIO', 'CIOs', 'chief information officer*', 'in production', 'use case*', 'productivity',
      'customer service', 'back office', 'workflow*', 'AI deployment*', 'knowledge workers', 'internal tool*', 'platform risk',
      'vendor lock-in', 'procurement',
    ],
    zh: [
      '企业级', '智能客服', '降本增效', '试点', '試點', '落地', '数字化转型', '生产环境', 'AI助手', '企业用户', '制造企业', '企业客户', '私有化部署',
    ],
    weak: [
      'enterprise*', 'deploy*', 'deployment*', 'adoption', 'adopt*', 'rollout', 'roll out', 'assistant*', 'business*', 'corporate',
      'employees', 'migrat*', 'customers', '企业', '企業', '部署', '应用', '應用', '助手', '客户',
    ],
  },
  {
    id: 'workforce-skills',
    name: 'Workforce & Skills',
    en: [
      'skills gap', 'skill gap', 'reskill*', 'upskill*', 'workforce', 'layoff*', 'laid off', 'job cuts', 'talent shortage',
      'training programme*', 'training program*', 'retrain*', 'certification*', 'apprentice*', 'curriculum', 'AI fluency', 'fluency', 'AI literacy',
      'literacy', 'vocational', 'poach*', 'redundanc*', 'hiring freeze', 'course*', 'bootcamp*', 'trainees', 'instructors', 'union*',
      'collective agreement', 'newsroom staff', 'job candidate*', 'job applicant*', 'hiring decision*', 'hiring tool*',
    ],
    zh: [
      '技能', '培训', '培訓', '人才', '裁员', '裁員', '招聘', '课程', '課程', '认证', '認證', '职业教育', '学徒', '學徒', '挖角', '转岗', '轉岗', '职业院校', '院校', '学生', '學生',
      '工程師', '獵才',
    ],
    weak: [
      'skills', 'skill', 'employee*', 'staff', 'workers', 'jobs', 'job', 'hiring', 'hire*', 'talent', 'engineers', 'training', 'students',
      '员工', '員工', '就业', '工程师', '职业',
    ],
  },
];
