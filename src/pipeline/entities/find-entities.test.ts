import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityById, ENTITY_ALIASES, findEntities } from './index.js';

const ids = (text: string): string[] =>
  findEntities(text)
    .filter((m) => m.kind !== 'other' || !m.id.startsWith('name:'))
    .map((m) => m.id);
const pairs = (text: string): string[] => findEntities(text).map((m) => `${m.surface}=${m.id}`);

describe('findEntities on English sentences', () => {
  it('finds the companies, people and products of a demo sentence', () => {
    const text =
      "Corvane on Thursday unveiled the K10, its next data-centre accelerator: two compute dies made on Formosa Advanced Foundry's 2nm-class process, joined on FAF's CoPack advanced-packaging platform and ringed by 288 GB of HBM4E from Halden Memory.";
    assert.deepEqual(ids(text), ['corvane', 'corvane-k10', 'faf', 'faf', 'faf-copack', 'halden-hbm4e', 'halden-memory']);
  });

  it('reports offsets and surfaces into the original text', () => {
    const text = 'Chief executive Rafael Okafor introduced the part at Corvane DevCon in San Jose.';
    const mentions = findEntities(text);
    for (const mention of mentions) assert.equal(text.slice(mention.start, mention.end), mention.surface);
    assert.deepEqual(pairs(text), ['Rafael Okafor=rafael-okafor', 'Corvane DevCon=corvane-devcon', 'San Jose=san-jose']);
  });

  it('matches possessives, plurals and hyphenated forms', () => {
    assert.deepEqual(ids("Helioscale's us-east-3 region and Stratos Cloud's Tern-8 instances"), [
      'helioscale',
      'us-east-3',
      'stratos-cloud',
      'tern-8',
    ]);
    assert.deepEqual(ids('Corvane shipped more K10s than K9s.'), ['corvane', 'corvane-k10', 'corvane-k9']);
    assert.deepEqual(ids('A Helioscale-backed plan for Lumen 4 Mini'), ['helioscale', 'lumen-4-mini']);
  });

  it('prefers the longest match', () => {
    assert.deepEqual(pairs('Lumen-4 Mini beat Lumen-4.'), ['Lumen-4 Mini=lumen-4-mini', 'Lumen-4=lumen-4']);
    assert.deepEqual(pairs('Stratos Tern 2 follows the Stratos Tern.'), ['Stratos Tern 2=stratos-tern-2', 'Stratos Tern=stratos-tern']);
    assert.deepEqual(ids('the US Nuclear Regulatory Commission and the U.S. Commerce Department'), ['nrc', 'us-commerce-department']);
  });

  it('respects word boundaries: "Sentinel Arcade" is not "Sentinel Arc"', () => {
    assert.deepEqual(pairs('Sentinel Arc reported it; Sentinel Arcade did not.'), [
      'Sentinel Arc=sentinel-arc',
      'Sentinel Arcade=name:sentinel arcade',
    ]);
    assert.deepEqual(ids('HBM4 and HBM3E are generic; Y30 is not the Y3'), []);
  });

  it('counts short forms only where the entity is named in full', () => {
    assert.deepEqual(ids('Lumen said the Atlas of Commission rules was ready.'), []);
    assert.deepEqual(ids('Lumen Labs retired Lumen-3. Lumen said so.'), ['lumen-labs', 'lumen-3', 'lumen-labs']);
    assert.deepEqual(ids('Grace Holloway leads Atlas Fission. Holloway said Atlas will file in 2027.'), [
      'grace-holloway',
      'atlas-fission',
      'grace-holloway',
      'atlas-fission',
    ]);
    assert.deepEqual(ids('The European Commission said the Commission would act.'), ['european-commission', 'european-commission']);
  });

  it('drops a short form two named people share', () => {
    assert.deepEqual(ids('Lena Park met Park Joon-ho. Park said little.'), ['lena-park', 'park-joon-ho']);
  });

  it('reads tickers only in ticker context', () => {
    assert.deepEqual(ids('Shares of $MU and NVDA rose; (NASDAQ: AMD) too.'), ['micron', 'nvidia', 'nasdaq', 'amd']);
    assert.deepEqual(ids('MU is a letter; INTC rose.'), ['intel']);
    assert.deepEqual(ids('TSMC (2330.TW) and Tencent (0700.HK)'), ['tsmc', 'tsmc', 'tencent', 'tencent']);
  });

  it('does not take ordinary words for entities', () => {
    const text =
      'the atlas of parallax error; an aperture, a kestrel, lumen output, a meta-analysis, ferrous metals, apple sauce, it may rise, US$1bn';
    assert.deepEqual(ids(text), []);
    assert.deepEqual(ids('He will arm the sentinel in the arc of the commission.'), []);
  });

  it('names unknown capitalised names as kind other', () => {
    const mentions = findEntities('(Reporting by Tom Achebe; editing by Claire Dumont in Penang.)');
    assert.deepEqual(
      mentions.map((m) => [m.id, m.kind, m.source]),
      [
        ['name:tom achebe', 'other', 'name'],
        ['name:claire dumont', 'other', 'name'],
        ['penang', 'place', 'alias'],
      ],
    );
    assert.deepEqual(
      findEntities('Reyes said.').map((m) => m.id),
      [],
    );
    assert.deepEqual(
      findEntities('Corvane Unveils The K10 With Record Memory Bandwidth Today').filter((m) => m.source === 'name'),
      [],
    );
  });
});

describe('findEntities on Chinese sentences', () => {
  it('finds entities in simplified text from the corpus', () => {
    const text = '天衍算力在贵州贵安与内蒙古乌兰察布运营智算中心，深度智元的智元-3全程使用曜芯Y3训练。';
    assert.deepEqual(ids(text), [
      'tianyan-compute',
      'guizhou',
      'guian',
      'inner-mongolia',
      'ulanqab',
      'shendu-zhiyuan',
      'zhiyuan-3',
      'yaoxin-y3',
    ]);
  });

  it('finds entities in traditional text from keji-dao', () => {
    const text =
      '福爾摩沙先進製造（FAF）亞利桑那廠的首批投產是科文半導體K10與斯特拉托斯雲自研Tern晶片，董事長陳威倫表示；晶觀研究分析師林怡君認為。';
    assert.deepEqual(ids(text), [
      'faf',
      'faf',
      'arizona',
      'corvane-k10',
      'stratos-cloud',
      'stratos-tern',
      'chen-wei-lun',
      'chipview-research',
      'lin-yi-chun',
    ]);
  });

  it('matches mixed and variant spellings', () => {
    assert.deepEqual(ids('輝達與英伟达、台積電和台积电'), ['nvidia', 'nvidia', 'tsmc', 'tsmc']);
    assert.deepEqual(ids('达娜・惠特科姆表示，惠特科姆称'), ['dana-whitcomb', 'dana-whitcomb']);
  });

  it('prefers the longest match', () => {
    assert.deepEqual(pairs('美国商务部工业与安全局公布新规，商务部表示'), [
      '美国商务部工业与安全局=bureau-of-industry-and-security',
      '商务部=us-commerce-department',
    ]);
    assert.deepEqual(pairs('商务部新闻发言人表示'), ['商务部=mofcom']);
    assert.deepEqual(pairs('赫利云与阿里云'), ['赫利云=helioscale', '阿里云=alibaba-cloud']);
  });

  it("reads a product without its maker's name where the maker is named", () => {
    assert.deepEqual(pairs('赫利云称，受影响的服务包括H系列GPU实例。'), ['赫利云=helioscale', 'H系列=helioscale-h-series']);
    assert.deepEqual(ids('受影响的服务包括H系列GPU实例。'), []);
  });

  it('does not match inside ordinary words', () => {
    assert.deepEqual(ids('在平台中提高通过率，发展中国家的一台电脑和三星级酒店，AI浪潮下的64字节'), []);
    assert.deepEqual(ids('曜芯Y30不是曜芯Y3'), ['yaoxin', 'yaoxin-y3']);
  });
});

describe('alias lookups', () => {
  it('exposes the table and finds entries by id', () => {
    assert.ok(ENTITY_ALIASES.length >= 300);
    assert.equal(entityById('helioscale')?.zh[0], '赫利云');
    assert.equal(entityById('corvane-k10')?.parent, 'corvane');
    assert.equal(entityById('no-such-entity'), undefined);
  });

  it('knows the place a public body governs, and its "China\'s X" form', () => {
    assert.equal(entityById('cac')?.jurisdiction, 'china');
    assert.equal(entityById('helioscale')?.jurisdiction, undefined);
    assert.deepEqual(ids("China's Cyberspace Administration published the list"), ['cac']);
  });
});
