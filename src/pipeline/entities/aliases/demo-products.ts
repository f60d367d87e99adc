/**
 * Fictional products, models, services, benchmarks and sites of the demo newsroom. Latin product names
 * stay Latin in Chinese copy ("曜芯Y3", "Lumen-4"), so most Chinese spellings here add a maker's name.
 */
import { place, product } from './define.js';

/** Chips, interconnects, models, APIs and other named products. */
export const DEMO_PRODUCTS = [
  // Corvane. Bare "K10"/"K9" are short forms: a K10 is Corvane's only where Corvane is named.
  product('Corvane K10', ['科文K10', '科文半导体K10', '科文半導體K10'], { short: ['K10'], parent: 'corvane' }),
  product('Corvane K9', ['科文K9', '科文半导体K9', '科文半導體K9'], { short: ['K9'], parent: 'corvane' }),
  product('CorLink', [], { parent: 'corvane' }),
  product('CorLink 6', [], { parent: 'corvane' }),
  product('CorSDK', [], { parent: 'corvane' }),
  // Halden, FAF, Yaoxin, Brightwater, Qiheng.
  product('Halden HBM4E', ['哈尔登HBM4E', '哈爾登HBM4E'], { short: ['HBM4E'], parent: 'halden-memory' }),
  product('FAF-CoPack', [], { aliases: ['FAF CoPack', 'CoPack'], parent: 'faf' }),
  product('Yaoxin Y3', ['曜芯Y3'], { short: ['Y3'], parent: 'yaoxin' }),
  product('Brightwater LX8', ['明水LX8'], { aliases: ['LX8 optical engine'], short: ['LX8'], parent: 'brightwater-optics' }),
  product('QH-2800i', [], { parent: 'qiheng-lithography' }),
  // Stratos Cloud's accelerator and services.
  product('Stratos Tern', ['斯特拉托斯Tern'], { short: ['Tern'], parent: 'stratos-cloud' }),
  product('Stratos Tern 2', ['斯特拉托斯 Tern 2', '斯特拉托斯Tern 2'], { short: ['Tern 2'], parent: 'stratos-cloud' }),
  product('Tern-8', [], { parent: 'stratos-cloud' }),
  product('EU Operations', [], { short: ['EU Operations'], parent: 'stratos-cloud' }),
  product('Stratos AI Endpoints', ['斯特拉托斯云托管推理平台', '斯特拉托斯雲託管推理平台'], {
    short: ['AI Endpoints'],
    parent: 'stratos-cloud',
  }),
  // Helioscale's services.
  product('Helioscale Inference', ['赫利云推理服务', '赫利雲推理服務'], { parent: 'helioscale' }),
  product('Helioscale H-Series', ['赫利云H系列', '赫利雲H系列'], {
    aliases: ['H-Series GPU', 'H-Series instances'],
    short: ['H-Series'],
    parent: 'helioscale',
  }),
  // Lingfeng Cloud.
  product('Lingfeng Agent Studio', ['灵峰智能体工坊', '靈峰智能體工坊'], { parent: 'lingfeng-cloud' }),
  // Models and APIs.
  product('Lumen-4', [], { aliases: ['Lumen 4'], parent: 'lumen-labs' }),
  product('Lumen-4 Mini', [], { aliases: ['Lumen 4 Mini'], parent: 'lumen-labs' }),
  product('Lumen-3', [], { aliases: ['Lumen 3'], parent: 'lumen-labs' }),
  product('Lumen Platform', ['流明平台'], { parent: 'lumen-labs' }),
  product('Aperture 70B', [], { parent: 'aperture-ai' }),
  product('Aperture 8B', [], { parent: 'aperture-ai' }),
  product('Kestrel API', ['红隼API', '紅隼API'], { parent: 'kestrel-models' }),
  product('Kestrel Swift', [], { parent: 'kestrel-models' }),
  product('Kestrel Pro', [], { parent: 'kestrel-models' }),
  product('Parallax Agent', [], { parent: 'parallax' }),
  product('Parallax Agent 2', [], { parent: 'parallax' }),
  product('Zhiyuan-3', ['智元-3', '智元3'], { aliases: ['Zhiyuan 3'], parent: 'shendu-zhiyuan' }),
  product('QR-3B', [], { parent: 'quanta-reasoning' }),
  product('QR-14B', [], { parent: 'quanta-reasoning' }),
  product('QR-32B', [], { parent: 'quanta-reasoning' }),
  product('QR-72B', [], { parent: 'quanta-reasoning' }),
  product('Atlas A-200', ['阿特拉斯A-200'], { short: ['A-200'], parent: 'atlas-fission' }),
  product('Atlas A1', [], { parent: 'atlas-fission' }),
  product('Orbis Assist', ['环宇保险内部AI助手', '環宇保險內部AI助手'], { parent: 'orbis-insurance' }),
  product('InferX', [], { parent: 'inferx-foundation' }),
  product('AI Fluency Index', ['AI熟练度指数', 'AI熟練度指數'], { parent: 'brightpath-consulting' }),
  product('Large Load Service tariff', ['大负荷用户电价', '大負荷用戶電價'], {
    id: 'large-load-service-tariff',
    aliases: ['Large Load Service'],
    parent: 'northgate-power',
  }),
  product('Jade River AI Compute Fund II', ['玉川智算二期'], { parent: 'jade-river-capital' }),
  // Benchmarks and evaluations.
  product('RepoFix', []),
  product('CodeTrial', []),
  product('GradQA', []),
  product('LongHaul', [], { parent: 'lumen-labs' }),
];

/** Campuses, plants, cloud regions and projects of the demo world. */
export const DEMO_SITES = [
  place('us-east-3', [], { parent: 'helioscale' }),
  place('eu-central-2', [], { parent: 'helioscale' }),
  place('ap-south-1', [], { parent: 'helioscale' }),
  place('ap-south-1b', [], { parent: 'helioscale' }),
  place('Sweetwater campus', ['泰瑟拉算力斯威特沃特园区', '泰瑟拉算力斯威特沃特園區'], {
    id: 'tessera-sweetwater-campus',
    parent: 'tessera-compute',
  }),
  place('Saguaro Flats', ['萨瓜罗平原项目', '薩瓜羅平原項目'], { parent: 'red-mesa-solar' }),
  place('Tianyan Ulanqab intelligent-computing centre', ['天衍算力乌兰察布智算中心', '天衍算力烏蘭察布智算中心'], {
    id: 'tianyan-ulanqab-centre',
    parent: 'tianyan-compute',
  }),
  place('Halden Cheongju HBM plant', ['哈尔登存储清州HBM工厂', '哈爾登存儲清州HBM工廠'], {
    id: 'halden-cheongju-plant',
    parent: 'halden-memory',
  }),
  place('Mountain Run substation', ['芒廷朗变电站', '芒廷朗變電站'], { short: ['Mountain Run'], parent: 'northgate-power' }),
];
