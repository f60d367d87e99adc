/**
 * Laws, rules, programmes and licences that the field's news names ("the AI Act", 东数西算). Kind
 * 'other': they are neither companies nor bodies, but cross-language stories share them.
 */
import { other } from './define.js';

/** Laws and regulations. */
export const LAWS = [
  other('EU AI Act', ['人工智能法案', '欧盟人工智能法案', '歐盟人工智慧法案', '欧盟AI法案', '歐盟AI法案', 'AI法案'], {
    aliases: ['AI Act', 'Artificial Intelligence Act', 'European AI Act'],
  }),
  other('General Data Protection Regulation', ['通用数据保护条例', '通用資料保護規則'], { id: 'gdpr', aliases: ['GDPR'] }),
  other('EU Data Act', ['欧盟数据法案', '歐盟數據法案', '数据法案', '數據法案'], { aliases: ['Data Act'] }),
  other('Digital Markets Act', ['数字市场法', '數位市場法'], { id: 'dma', aliases: ['DMA'] }),
  other('Digital Services Act', ['数字服务法', '數位服務法'], { id: 'dsa', aliases: ['DSA'] }),
  other('CHIPS and Science Act', ['芯片与科学法案', '晶片與科學法案', '芯片法案', '晶片法案'], {
    id: 'chips-act',
    aliases: ['CHIPS Act', 'Chips Act', 'US Chips Act'],
  }),
  other('European Chips Act', ['欧盟芯片法案', '歐盟晶片法案'], { id: 'eu-chips-act', aliases: ['EU Chips Act'] }),
  other('Inflation Reduction Act', ['通胀削减法案', '通膨削減法案'], { id: 'ira', aliases: ['IRA'] }),
  other('Digital Personal Data Protection Act', ['数字个人数据保护法', '數位個人資料保護法'], {
    id: 'india-dpdp-act',
    aliases: ['DPDP Act'],
  }),
  other('Personal Information Protection Law', ['个人信息保护法', '個人資訊保護法', '个保法'], { id: 'china-pipl', aliases: ['PIPL'] }),
  other('Data Security Law', ['数据安全法', '數據安全法'], { id: 'china-data-security-law' }),
  other('Interim Measures for Generative AI Services', ['生成式人工智能服务管理暂行办法', '生成式人工智慧服務管理暫行辦法'], {
    id: 'china-generative-ai-measures',
  }),
  other('Export Administration Regulations', ['出口管理条例', '出口管理條例'], { id: 'ear', aliases: ['EAR'] }),
  other('Entity List', ['实体清单', '實體清單'], { aliases: ['the Entity List'] }),
];

/** Government programmes, industry initiatives and licences. */
export const PROGRAMMES = [
  other('East Data, West Computing', ['东数西算', '東數西算'], {
    id: 'east-data-west-computing',
    aliases: ['Eastern Data and Western Computing', 'East Data West Computing'],
  }),
  other('AI Growth Zones', [], { aliases: ['AI Growth Zone'] }),
  other('Stargate', ['星际之门', '星際之門'], { aliases: ['Stargate Project'], short: ['Stargate'] }),
  other('Apache License', [], { aliases: ['Apache 2.0', 'Apache-2.0', 'Apache License 2.0'] }),
];
