/**
 * Where companies of the alias table are based: company id → place id. A story about what one company does, with no
 * place named ("Stratos Cloud tapes out Tern 2"), happens where the company is. Only companies with one clear home
 * are listed: a bank or consultancy that works everywhere says nothing of where its news happens.
 */

const US = 'united-states';

/** The demo world's companies (demo/WORLD.md and demo/notes). */
// prettier-ignore
const DEMO_HOMES: Record<string, string> = {
  helioscale: US, 'stratos-cloud': US, 'tessera-compute': US, corvane: US, 'kestrel-models': US,
  'nordvik-data': 'norway', fjordhall: 'norway', 'hekla-energy': 'iceland', 'glacier-data-halls': 'iceland',
  'lingfeng-cloud': 'hangzhou', 'tianyan-compute': 'china', yaoxin: 'shanghai', 'donghai-semiconductor-manufacturing': 'shanghai',
  'qiheng-lithography': 'wuxi', 'shendu-zhiyuan': 'beijing', 'quanta-reasoning': 'shenzhen',
  'halden-memory': 'south-korea', faf: 'taiwan',
  'brightwater-optics': 'austin-texas', 'lumen-labs': 'san-francisco', 'aperture-ai': 'paris',
  'atlas-fission': 'idaho', 'northgate-power': 'virginia', 'verdant-storage': 'texas', 'red-mesa-solar': 'arizona',
  'sahra-digital-infrastructure': 'saudi-arabia', 'catawba-federal-bank': 'charlotte-north-carolina',
};

/** Real companies of the field, by headquarters. */
// prettier-ignore
const FIELD_HOMES: Record<string, string> = {
  nvidia: US, amd: US, intel: US, micron: US, 'applied-materials': US, 'lam-research': US, kla: US, qualcomm: US, broadcom: US,
  marvell: US, cerebras: US, groq: US, 'western-digital': US, seagate: US, supermicro: US, 'dell-technologies': US,
  'hewlett-packard-enterprise': US, cisco: US, 'arista-networks': US, microsoft: US, google: US, 'google-cloud': US, alphabet: US,
  amazon: US, aws: US, meta: US, apple: US, oracle: US, ibm: US, coreweave: US, lambda: US, crusoe: US,
  equinix: US, 'digital-realty': US, salesforce: US, servicenow: US, snowflake: US, databricks: US, palantir: US, tesla: US,
  openai: US, anthropic: US, xai: US, perplexity: US, 'scale-ai': US, 'nextera-energy': US, 'constellation-energy': US, vistra: US,
  'dominion-energy': 'virginia', 'duke-energy': US, 'southern-company': US, exelon: US, 'talen-energy': US, 'nuscale-power': US,
  terrapower: US, 'x-energy': US, oklo: US, 'kairos-power': US, westinghouse: US, 'ge-vernova': US, fluence: US,
  cohere: 'canada',
  tsmc: 'taiwan', foxconn: 'taiwan', 'quanta-computer': 'taiwan', wistron: 'taiwan', wiwynn: 'taiwan', taipower: 'taiwan',
  samsung: 'south-korea', 'sk-hynix': 'south-korea', kepco: 'south-korea',
  'tokyo-electron': 'japan', kioxia: 'japan', softbank: 'japan', 'mitsubishi-heavy-industries': 'japan',
  smic: 'shanghai', 'hua-hong-semiconductor': 'shanghai', cambricon: 'beijing', hygon: 'china', 'moore-threads': 'beijing',
  'biren-technology': 'shanghai', cxmt: 'china', ymtc: 'china', lenovo: 'china', inspur: 'china', alibaba: 'hangzhou',
  'alibaba-cloud': 'hangzhou', tencent: 'shenzhen', 'tencent-cloud': 'shenzhen', baidu: 'beijing', 'baidu-ai-cloud': 'beijing',
  huawei: 'shenzhen', 'huawei-cloud': 'shenzhen', bytedance: 'beijing', 'volcano-engine': 'beijing', 'jd-com': 'beijing',
  'kingsoft-cloud': 'beijing', 'china-telecom': 'china', 'china-mobile': 'china', 'china-unicom': 'china', 'gds-holdings': 'shanghai',
  vnet: 'beijing', chindata: 'beijing', xiaomi: 'beijing', deepseek: 'hangzhou', zhipu: 'beijing', 'moonshot-ai': 'beijing',
  minimax: 'shanghai', baichuan: 'beijing', stepfun: 'shanghai', '01-ai': 'beijing', iflytek: 'hefei', sensetime: 'china',
  catl: 'china', byd: 'shenzhen', 'state-grid': 'china', 'china-southern-power-grid': 'guangzhou',
  asml: 'netherlands', nebius: 'netherlands', arm: 'united-kingdom', 'google-deepmind': 'united-kingdom',
  'stability-ai': 'united-kingdom', 'national-grid': 'united-kingdom', sap: 'germany', 'siemens-energy': 'germany', rwe: 'germany',
  'mistral-ai': 'paris', edf: 'france', iberdrola: 'spain', orsted: 'denmark',
};

/** Every company's home, by company id. */
export const COMPANY_HOMES: ReadonlyMap<string, string> = new Map(Object.entries({ ...DEMO_HOMES, ...FIELD_HOMES }));
