/**
 * Real products of the field: accelerators, memory, models, cloud services. Generic technologies (GPU,
 * HBM) are left out: they name no entity, and would tie together every story about chips.
 */
import { product } from './define.js';

/** Accelerators, chips and memory generations with a maker. */
export const CHIP_PRODUCTS = [
  product('Nvidia H100', ['英伟达H100', '輝達H100'], { short: ['H100'], parent: 'nvidia' }),
  product('Nvidia H200', ['英伟达H200', '輝達H200'], { short: ['H200'], parent: 'nvidia' }),
  product('Nvidia H20', ['英伟达H20', '輝達H20'], { short: ['H20'], parent: 'nvidia' }),
  product('Nvidia B200', ['英伟达B200', '輝達B200'], { short: ['B200'], parent: 'nvidia' }),
  product('Nvidia GB200', ['英伟达GB200', '輝達GB200'], { aliases: ['GB200 NVL72'], short: ['GB200'], parent: 'nvidia' }),
  product('Nvidia Blackwell', ['英伟达Blackwell', '輝達Blackwell'], {
    aliases: ['Blackwell Ultra'],
    short: ['Blackwell'],
    parent: 'nvidia',
  }),
  product('Nvidia Rubin', ['英伟达Rubin', '輝達Rubin'], { aliases: ['Vera Rubin'], short: ['Rubin'], parent: 'nvidia' }),
  product('CUDA', [], { parent: 'nvidia' }),
  product('NVLink', [], { parent: 'nvidia' }),
  product('AMD Instinct MI300X', [], { aliases: ['Instinct MI300X'], short: ['MI300X'], parent: 'amd' }),
  product('AMD Instinct MI355X', [], { aliases: ['Instinct MI355X'], short: ['MI355X'], parent: 'amd' }),
  product('Intel Gaudi 3', [], { aliases: ['Gaudi 3'], parent: 'intel' }),
  product('Google TPU', ['谷歌TPU'], { aliases: ['Cloud TPU', 'TPU v5p', 'Trillium', 'Ironwood TPU'], parent: 'google' }),
  product('AWS Trainium', [], { aliases: ['Trainium2', 'Trainium 2', 'Trainium'], parent: 'aws' }),
  product('AWS Inferentia', [], { aliases: ['Inferentia'], parent: 'aws' }),
  product('Microsoft Maia', [], { aliases: ['Maia 100'], parent: 'microsoft' }),
  product('Huawei Ascend 910C', ['昇腾910C', '昇騰910C'], { aliases: ['Ascend 910C'], parent: 'huawei' }),
  product('Huawei Ascend', ['昇腾', '昇騰'], { aliases: ['Ascend'], parent: 'huawei' }),
  product('TSMC CoWoS', ['台积电CoWoS', '台積電CoWoS'], { aliases: ['CoWoS'], parent: 'tsmc' }),
];

/** Models, assistants and developer products. */
export const MODEL_PRODUCTS = [
  product('ChatGPT', [], { parent: 'openai' }),
  product('GPT-4o', [], { parent: 'openai' }),
  product('GPT-5', [], { parent: 'openai' }),
  product('Claude', [], { parent: 'anthropic', short: ['Claude'] }),
  product('Gemini', ['谷歌Gemini'], { aliases: ['Google Gemini'], parent: 'google', short: ['Gemini'] }),
  product('Llama', [], { aliases: ['Meta Llama'], parent: 'meta', short: ['Llama'] }),
  product('Grok', [], { parent: 'xai' }),
  product('Microsoft Copilot', [], { aliases: ['GitHub Copilot', 'Copilot'], parent: 'microsoft' }),
  product('Qwen', ['通义千问', '通義千問', '千问', '千問'], { aliases: ['Tongyi Qianwen'], parent: 'alibaba-cloud' }),
  product('Ernie', ['文心一言', '文心大模型'], { aliases: ['ERNIE Bot', 'Ernie Bot'], parent: 'baidu' }),
  product('Hunyuan', ['混元', '腾讯混元', '騰訊混元'], { parent: 'tencent' }),
  product('Doubao', ['豆包'], { parent: 'bytedance' }),
  product('Kimi', [], { parent: 'moonshot-ai' }),
  product('DeepSeek-R1', [], { aliases: ['DeepSeek R1'], parent: 'deepseek' }),
  product('DeepSeek-V3', [], { aliases: ['DeepSeek V3'], parent: 'deepseek' }),
  product('GLM', ['智谱GLM', '智譜GLM'], { aliases: ['ChatGLM'], parent: 'zhipu', short: ['GLM'] }),
];

/** Cloud services named in the field's news. */
export const CLOUD_PRODUCTS = [
  product('Microsoft Azure', ['微软Azure', '微軟Azure'], { aliases: ['Azure'], parent: 'microsoft' }),
  product('Amazon Bedrock', [], { aliases: ['AWS Bedrock'], short: ['Bedrock'], parent: 'aws' }),
  product('Azure OpenAI Service', [], { aliases: ['Azure OpenAI'], parent: 'microsoft' }),
  product('Vertex AI', [], { parent: 'google' }),
];
