/**
 * Companies of the alias table (entities stage) by the board of their sector: a sentence about a cloud provider is
 * evidence for Hyperscalers & Cloud in any language. Only companies whose business is one sector are listed;
 * conglomerates (Microsoft, Alibaba) are left out because their name says nothing about a story's section.
 */

/** Cloud providers, GPU clouds and data-centre operators. */
// prettier-ignore
export const CLOUD_COMPANIES = [
  'helioscale', 'stratos-cloud', 'nordvik-data', 'tessera-compute', 'lingfeng-cloud', 'tianyan-compute', 'glacier-data-halls',
  'quarry-hill-data-centers', 'sahra-digital-infrastructure', 'aws', 'google-cloud', 'alibaba-cloud', 'tencent-cloud', 'baidu-ai-cloud',
  'huawei-cloud', 'volcano-engine', 'kingsoft-cloud', 'gds-holdings', 'vnet', 'chindata', 'coreweave', 'lambda', 'nebius', 'crusoe',
  'equinix', 'digital-realty',
];

/** Chip designers, foundries, memory, packaging, optics and equipment makers. */
// prettier-ignore
export const CHIP_COMPANIES = [
  'corvane', 'halden-memory', 'faf', 'yaoxin', 'brightwater-optics', 'donghai-semiconductor-manufacturing', 'qiheng-lithography', 'nvidia',
  'amd', 'intel', 'tsmc', 'samsung', 'sk-hynix', 'micron', 'asml', 'applied-materials', 'lam-research', 'tokyo-electron', 'kla', 'arm',
  'qualcomm', 'broadcom', 'marvell', 'cerebras', 'groq', 'smic', 'hua-hong-semiconductor', 'cambricon', 'hygon', 'moore-threads',
  'biren-technology', 'kioxia', 'cxmt', 'ymtc',
];

/** Model labs and AI developer platforms. */
// prettier-ignore
export const MODEL_COMPANIES = [
  'lumen-labs', 'aperture-ai', 'kestrel-models', 'shendu-zhiyuan', 'quanta-reasoning', 'openai', 'anthropic', 'xai', 'mistral-ai', 'cohere',
  'hugging-face', 'stability-ai', 'deepseek', 'zhipu', 'moonshot-ai', 'minimax', 'baichuan', 'stepfun', '01-ai', 'google-deepmind',
];

/** Utilities, generators, reactor and storage developers, fuel suppliers. */
// prettier-ignore
export const ENERGY_COMPANIES = [
  'atlas-fission', 'northgate-power', 'verdant-storage', 'red-mesa-solar', 'ironbridge-turbines', 'beijiang-new-energy', 'hekla-energy',
  'pinecrest-enrichment', 'nextera-energy', 'constellation-energy', 'vistra', 'dominion-energy', 'duke-energy', 'southern-company',
  'exelon', 'talen-energy', 'nuscale-power', 'terrapower', 'x-energy', 'oklo', 'kairos-power', 'westinghouse', 'ge-vernova',
  'siemens-energy', 'catl', 'fluence', 'state-grid', 'china-southern-power-grid', 'taipower', 'kepco', 'edf', 'rwe', 'iberdrola', 'orsted',
  'national-grid',
];

/** Venture firms and investment houses: their presence marks a deal. */
// prettier-ignore
export const INVESTOR_COMPANIES = [
  'granite-peak-ventures', 'jade-river-capital', 'lowell-street-capital', 'calder-point-partners', 'sequoia-capital', 'andreessen-horowitz',
];
