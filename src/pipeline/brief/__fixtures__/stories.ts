/** Small real-looking stories for the brief engine's unit tests: English multi-source with a Chinese copy, and Chinese only. */
import type { BriefArticle, BriefInput } from '../types.js';

/** An English article of a test story, its paragraphs joined as the extract stage gives them. */
export function englishArticle(id: string, outlet: string, title: string, published: string, paragraphs: readonly string[]): BriefArticle {
  return { id, outlet, url: `https://example.com/${id}`, title, published, language: 'en', text: paragraphs.join('\n\n') };
}

/** Three outlets on one chip launch, one of them in Chinese. */
export const launchStory: BriefInput = {
  storyId: 'corvane-k10',
  articles: [
    {
      id: 'k10-1',
      outlet: 'Meridian Wire',
      url: 'https://meridian.example/k10',
      title: 'Corvane launches K10 AI chip, names Helioscale and Stratos as first buyers',
      published: '2026-10-15T20:30:00Z',
      language: 'en',
      text: [
        'Corvane on Thursday unveiled the K10, a new artificial-intelligence accelerator that it said would begin shipping in volume in the second quarter of 2027, and named Helioscale and Stratos Cloud as its first customers.',
        'The chip will be sampled to customers in January 2027. It carries 288 gigabytes of HBM4E memory supplied by Halden Memory.',
        '"The K10 is the first accelerator we designed around memory rather than around compute," chief executive Rafael Okafor told the audience.',
        'Corvane said the K10 delivers up to three times the inference throughput of its current K9 chip. The company did not disclose pricing.',
        'Analysts said supply, not demand, would set the pace of the launch, because high-bandwidth memory is sold out across the industry.',
      ].join('\n\n'),
    },
    {
      id: 'k10-2',
      outlet: 'The Compute Ledger',
      url: 'https://ledger.example/k10',
      title: "Corvane's K10 asks data centres for 230 kW racks",
      published: '2026-10-15T22:10:00Z',
      language: 'en',
      text: [
        'The accelerator Corvane unveiled in San Jose on Thursday draws up to 1,600 watts per module, which rules out air cooling.',
        'Helioscale and Stratos Cloud are the launch customers, and Helioscale said it would offer K10 instances in the second half of 2027.',
        'Corvane says samples reach customers in January 2027 and volume shipments begin in the second quarter of 2027.',
        'Operators planning K10 deployments should budget for direct-to-chip liquid cooling before the first samples arrive.',
      ].join('\n\n'),
    },
    {
      id: 'k10-3',
      outlet: '新闻周刊',
      url: 'https://weekly.example/k10',
      title: '科文半导体发布K10加速器',
      published: '2026-10-16T02:00:00Z',
      language: 'zh',
      text: '美国时间10月15日，科文半导体在圣何塞发布新一代AI加速器K10。K10将于2027年1月向客户送样，2027年第二季度开始量产出货。',
    },
  ],
};

/** A Chinese-only story: two outlets, simplified and traditional. */
export const chineseStory: BriefInput = {
  storyId: 'lingfeng-price',
  articles: [
    {
      id: 'lf-1',
      outlet: '云计算观察',
      url: null,
      title: '灵峰云上调冷归档存储价格',
      published: '2026-11-02T08:00:00Z',
      language: 'zh',
      text: [
        '灵峰云11月2日宣布，自12月1日起将冷归档存储的价格上调20%。灵峰云在通知中解释，此次调价主要受上游硬盘采购成本上涨影响。',
        '“我们会尽量减少对客户的影响，”灵峰云存储负责人王磊表示。有业内人士提醒，需要长期保存海量数据的用户应尽快评估迁移成本。',
      ].join('\n\n'),
    },
    {
      id: 'lf-2',
      outlet: '科技島',
      url: null,
      title: '靈峰雲冷歸檔儲存漲價兩成',
      published: '2026-11-02T10:00:00Z',
      language: 'zh-TW',
      text: '靈峰雲宣布自12月1日起冷歸檔儲存價格上調20%，主因硬碟採購成本上漲。分析師認為，這將增加影音平台的長期儲存成本。',
    },
  ],
};
