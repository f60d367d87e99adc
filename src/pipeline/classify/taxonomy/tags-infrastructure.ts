/** Default tags for infrastructure topics (power, data centres, chips, cloud economics), with their cue phrases. */
import type { TaxonomyEntry } from '../types.js';

/** Infrastructure tags. */
// prettier-ignore
export const INFRASTRUCTURE_TAGS: TaxonomyEntry[] = [
  {
    id: 'power',
    name: 'Power',
    en: [
      'electricity', 'power supply', 'power demand', 'power use', 'power consumption', 'power draw', 'power price*', 'power purchase*',
      'power plant*', 'power fault', 'power failure', 'power-distribution', 'lost power', 'power per', 'megawatt*', 'gigawatt*', 'MW', 'GW',
      'kilowatt*', 'kWh', 'MWh', 'generation capacity', 'watts', 'first power', 'power for',
    ],
    zh: [
      '电力', '電力', '供电', '供電', '用电', '用電', '电价', '電價', '发电', '發電', '千瓦', '兆瓦', '吉瓦', '功耗', '断电', '斷電', '绿电', '綠電', '电费', '停電', '限電',
    ],
    weak: ['power', 'energy', '能源', '电'],
    not: [
      'power user*', 'powerful', 'power of', 'computing power', 'compute power', 'purchasing power', 'pricing power', 'market power',
      'power hungry',
      // A data centre's size in megawatts of IT load measures the building (as for the Energy & Power board).
      'megawatt campus', 'megawatt data cent*', 'megawatt hall*', 'MW campus', 'MW data cent*', 'MW hall*', 'MW expansion hall*',
      'megawatts of IT', 'MW of IT', 'megawatts of capacity', 'MW of capacity', 'MW phase*', 'megawatt phase*', 'MW push',
      'MW site*', 'megawatt site*', 'MW facilit*', 'megawatt facilit*', 'MW building*',
      // A megawatt as the divisor of another quantity (litres, pounds or heat per megawatt-hour) measures that quantity.
      'per megawatt*', 'per MW', 'per MWh', 'gigawatt-hours of heat', 'megawatt-hours of heat',
    ],
  },
  {
    id: 'grid',
    name: 'Grid',
    en: [
      'grid', 'grids', 'grid operator*', 'transmission', 'interconnection', 'substation*', 'grid connection*', 'connection queue*',
      'large load*', 'curtailment', 'curtail*', 'reserve margin*', 'capacity market', 'blackout*', 'load shedding', 'ratepayer*',
      'demand response',
    ],
    // Taiwan calls a substation 變電所.
    zh: ['电网', '電網', '输电', '輸電', '变电站', '變電站', '變電所', '变电所', '并网', '併網', '限电', '限電', '调峰'],
    weak: ['utility', 'utilities', 'reliability', 'load', '负荷', '負荷'],
    // Grid power is electricity bought from the grid: the power tag's topic, not the network's.
    not: ['grid power', 'grid electricity'],
  },
  {
    id: 'nuclear',
    name: 'Nuclear',
    en: ['nuclear', 'reactor*', 'small modular reactor*', 'SMR', 'SMRs', 'uranium', 'HALEU', 'fission', 'Nuclear Regulatory Commission'],
    zh: ['核电', '核電', '反应堆', '反應爐', '小型模块化', '铀', '鈾', '核反应'],
    weak: ['核能'],
  },
  {
    id: 'datacenter',
    name: 'Data centres',
    companions: ['power', 'grid', 'water', 'nuclear'],
    en: [
      'data center*', 'data centre*', 'datacenter*', 'datacentre*', 'server hall*', 'data halls', 'data hall', 'colocation', 'server farm*',
      'data-centre campus*', 'data center campus*', 'high-density rack*', 'rack density',
    ],
    zh: ['数据中心', '數據中心', '資料中心', '智算中心', '算力中心', '机房', '機房', '机柜', '機櫃', '数据中心园区'],
    weak: ['campus', 'racks', 'rack', 'cooling', 'facility', 'facilities', '园区', '園區', '液冷'],
    // A chipmaker's "data-centre revenue" is a sales segment, not a building.
    not: [
      'data centre revenue', 'data center revenue', 'data centre segment', 'data center segment', 'data centre sales', 'data center sales',
      'data centre business', 'data center business', 'data centre growth', 'data center growth', '数据中心业务', '資料中心業務',
      // Data centres named as where a chip or service is put to work: the place, not the topic.
      'in its data cent*', 'in their data cent*', 'in our data cent*', 'in its own data cent*',
    ],
  },
  {
    id: 'gpus',
    name: 'GPUs & accelerators',
    en: ['GPU', 'GPUs', 'accelerator*', 'AI chip*', 'graphics processor*', 'TPU*'],
    zh: ['GPU', '加速器', '加速卡', 'AI芯片', '算力卡', '显卡', '顯卡', '加速晶片'],
    weak: [],
    // A cloud's GPU instances are a cloud product, priced by the hour: the tag is about the chips themselves. Likewise
    // the chips named as what something else is made of or runs on: a company that rents them, a site or cluster that
    // houses them, software or a job that runs on them ("mining jobs on its GPUs"). The phrase names that other thing.
    // A cluster is named in the plural only: "a 2,048-GPU cluster" counts the chips.
    not: [
      'GPU-hour*', 'GPU hour*', 'GPU instance*', 'accelerator instance*',
      'GPU cloud*', 'GPU provider*', 'GPU-rental compan*', 'GPU rental compan*', 'accelerator customer*',
      'GPU campus*', 'GPU site*', 'GPU clusters', 'GPU capacity', 'GPU server*', 'multi-GPU', 'GPU serving', 'GPU stack*',
      'GPU software', 'GPU job*', 'on GPUs', 'on * GPUs', 'GPU ecosystem', 'accelerator system*', 'accelerator memory',
    ],
  },
  {
    id: 'memory',
    name: 'Memory',
    en: ['HBM', 'HBM3*', 'HBM4*', 'high-bandwidth memory', 'memory chip*', 'memory maker*', 'memory supplier*', 'DRAM', 'memory stack*'],
    zh: ['HBM', '高带宽内存', '高頻寬記憶體', '存储芯片', '記憶體', '内存芯片'],
    weak: ['memory', '内存', '內存'],
    // How much memory a chip carries and how fast it reads it are the chip's specifications, like its compute score:
    // they describe the chip, not memory as a product that is made, sold and shipped.
    not: [
      'memory bandwidth', 'memory-bandwidth', 'GB of HBM*', 'gigabytes of HBM*', 'GB of high-bandwidth memory',
      '内存带宽', '存储带宽', '記憶體頻寬', '記憶體容量', '内存容量',
    ],
  },
  {
    id: 'supply-chain',
    name: 'Supply chain',
    companions: ['memory', 'gpus', 'export-controls'],
    en: [
      'supply chain*', 'supplier*', 'shortage*', 'lead time*', 'backlog*', 'sold out', 'allocation', 'long-lead', 'bottleneck*',
      'packaging capacity', 'advanced packaging', 'mass production', 'volume production',
    ],
    zh: ['供应链', '供應鏈', '短缺', '交期', '缺货', '国产化', '量产', '量產', '封装', '封裝', '产能', '產能'],
    // A foundry is who makes a chip; it is a supply-chain story when capacity, lead times or shortages come up.
    weak: ['foundry', '代工', 'capacity', 'component*', 'production', 'supply', 'ramp*', '供应', '供應'],
  },
  {
    id: 'water',
    name: 'Water',
    en: [
      'water use', 'water usage', 'water consumption', 'drought', 'heat reuse', 'district heating', 'waste heat', 'cooling water',
      'water rights',
    ],
    zh: ['水资源', '用水', '余热', '餘熱', '供暖', '冷却水'],
    weak: ['water', '水'],
  },
  {
    id: 'outage',
    name: 'Outage',
    en: [
      'outage*', 'went down', 'downtime', 'post-incident', 'failover', 'status page', 'service disruption*', 'knocked offline',
      'unavailable',
    ],
    zh: ['宕机', '宕機', '服务中断', '服務中斷', '停摆', '服务恢复', '大面积故障'],
    weak: ['disruption*', 'degraded', 'offline', 'incident', 'restored', '故障', '中断'],
  },
  {
    id: 'inference',
    name: 'Inference',
    companions: ['tokens', 'pricing'],
    en: [
      'inference', 'model serving', 'model-serving', 'model server*', 'inference endpoint*', 'inference service*', 'inference workload*',
      'tokens per second',
    ],
    zh: ['推理服务', '推理服務', '推理业务', '推理需求'],
    weak: ['serving', 'throughput', '推理'],
  },
  {
    id: 'pricing',
    name: 'Pricing',
    companions: ['tokens', 'inference', 'memory'],
    en: [
      'price cut*', 'cuts prices', 'cut prices', 'price increase*', 'raises prices', 'per million tokens', 'per token', 'per GPU-hour',
      'per GPU hour', 'list price*', 'price war', 'pricing', 'hourly rate*', 'rate card', 'discount*', 'cheaper', 'undercut*',
      // A unit cost: what one ticket, call or request costs.
      'apiece', 'cost per', 'per ticket', 'per * ticket', 'per call', 'per request',
    ],
    zh: ['降价', '降價', '涨价', '漲價', '定价', '定價', '每百万', '价格战', '计费', '單價', '单价'],
    weak: ['price', 'prices', 'priced', 'cost', 'costs', '价格', '價格', '成本', '费用', '費用'],
    not: ['share price*', 'stock price*', 'electricity price*', 'power price*'],
  },
  {
    id: 'tokens',
    name: 'Tokens',
    companions: ['pricing', 'inference'],
    en: [
      'per million tokens', 'million tokens', 'token price*', 'token usage', 'token volume*', 'tokens per', 'input tokens', 'output tokens',
      // Tokens a task uses up.
      'consumes * tokens', 'consumes about * tokens', 'consumed * tokens', 'uses * tokens', 'used * tokens', 'burns * tokens',
      // Calls to a model are the unit in which a task spends tokens.
      'model call*', 'model usage',
    ],
    zh: ['百万token', '百萬token', '词元', '百万tokens'],
    weak: ['token', 'tokens', 'token'],
    // A list price per million tokens is a pricing fact; the tag is about how many tokens are used.
    not: [
      'API token*', 'access token*', 'per million input tokens', 'per million output tokens', 'per million tokens',
      // A context window's size is a model's specification, not tokens used.
      'million-token context', 'token context window*', 'tokens of context',
    ],
  },
  {
    id: 'sovereignty',
    name: 'Sovereignty',
    // Where data and models live comes up beside rules, buildings, weights anyone can run locally, and Chinese clouds abroad.
    companions: ['regulation', 'datacenter', 'open-weights', 'china'],
    en: [
      'sovereign*', 'sovereignty', 'data residency', 'residency', 'data localisation', 'data localization', 'in-country', 'jurisdiction*',
      'EU-based', 'European-owned', 'Cloud Act', 'local control', 'kept in the country', 'data inside', 'data at home', 'stay in-country',
      'US-controlled', 'foreign-controlled', 'foreign cloud*', 'staff based in',
    ],
    zh: ['主权', '主權', '数据本地化', '数据不出境', '数据出境', '自主可控', '本地存储', '数据留在', '数据存储在境内', '本地化云'],
    weak: ['local data', 'local', 'in the EU', 'from the EU', '本地', '境内'],
  },
  {
    id: 'export-controls',
    name: 'Export controls',
    companions: ['gpus', 'china', 'supply-chain'],
    broader: 'regulation',
    en: [
      'export control*', 'export rule*', 'export restriction*', 'export licen*', 'entity list', 'Bureau of Industry and Security',
      'export ban*',
    ],
    zh: ['出口管制', '出口限制', '实体清单', '實體清單', '出口许可', '禁运', '禁運', '出口管製'],
    weak: ['restrictions', 'controls', 'licence', 'license', '限制', '管制'],
  },
];
