/**
 * Real public bodies, regulators and grid operators that the field's news cites (the demo uses them as
 * settings). Bare ministry names (商务部, "the Commission") are short forms: they name this body only
 * where the text names it in full, and otherwise fall to the local body (商务部 → China's MOFCOM).
 */
import { governing, institution } from './define.js';

/** The European Union and its bodies, and UK regulators. */
export const EUROPEAN_INSTITUTIONS = [
  institution('European Union', ['欧盟', '歐盟'], { aliases: ['EU'] }),
  institution('European Commission', ['欧盟委员会', '歐盟委員會', '欧委会', '歐委會', '欧盟执委会', '歐盟執委會'], {
    short: ['Commission'],
  }),
  institution('EU AI Office', ['欧盟人工智能办公室', '歐盟人工智慧辦公室', '欧盟AI办公室', '歐盟AI辦公室'], {
    aliases: ['European AI Office', 'AI Office'],
    parent: 'european-commission',
  }),
  institution('European Parliament', ['欧洲议会', '歐洲議會']),
  institution('Council of the European Union', ['欧盟理事会', '歐盟理事會'], { aliases: ['Council of the EU'] }),
  institution('European Data Protection Board', ['欧洲数据保护委员会', '歐洲數據保護委員會'], { aliases: ['EDPB'] }),
  institution('UK AI Security Institute', ['英国人工智能安全研究所', '英國人工智慧安全研究所'], {
    aliases: ['AI Security Institute', 'AI Safety Institute', 'UK AI Safety Institute', 'AISI'],
  }),
  institution('Competition and Markets Authority', ['英国竞争与市场管理局', '英國競爭及市場管理局'], { aliases: ['CMA'] }),
  institution('Ofgem', ['英国天然气与电力市场办公室', '英國天然氣及電力市場辦公室']),
  institution('Ofcom', ['英国通信管理局', '英國通訊管理局']),
  institution('Bundesnetzagentur', ['德国联邦网络局', '德國聯邦網路局']),
];

/** US federal agencies and regulators. */
export const US_INSTITUTIONS = [
  ...governing('united-states', [
    institution('US Commerce Department', ['美国商务部', '美國商務部'], {
      aliases: ['U.S. Commerce Department', 'Commerce Department', 'Department of Commerce', 'US Department of Commerce', 'Commerce Dept'],
      short: ['Commerce', '商务部', '商務部'],
    }),
    institution(
      'Bureau of Industry and Security',
      ['工业与安全局', '工業與安全局', '工业和安全局', '工業暨安全局', '美国商务部工业与安全局', '美國商務部工業暨安全局'],
      { aliases: ['BIS'], parent: 'us-commerce-department' },
    ),
    institution('Federal Energy Regulatory Commission', ['联邦能源监管委员会', '聯邦能源管理委員會', '美国联邦能源监管委员会'], {
      id: 'ferc',
      aliases: ['FERC'],
    }),
    institution('Nuclear Regulatory Commission', ['美国核管理委员会', '美國核能管制委員會', '核管理委员会', '核管会', '核管會'], {
      id: 'nrc',
      aliases: ['NRC', 'US Nuclear Regulatory Commission'],
    }),
    institution('US Department of Energy', ['美国能源部', '美國能源部'], { aliases: ['Department of Energy', 'Energy Department', 'DOE'] }),
    institution('Federal Trade Commission', ['美国联邦贸易委员会', '美國聯邦貿易委員會', '联邦贸易委员会'], {
      id: 'ftc',
      aliases: ['FTC'],
    }),
    institution('Securities and Exchange Commission', ['美国证券交易委员会', '美國證券交易委員會', '美国证监会', '美國證管會'], {
      id: 'sec',
      aliases: ['SEC', 'US Securities and Exchange Commission'],
    }),
    institution('Federal Communications Commission', ['美国联邦通信委员会', '美國聯邦通訊委員會'], { id: 'fcc', aliases: ['FCC'] }),
    institution('Cybersecurity and Infrastructure Security Agency', ['美国网络安全和基础设施安全局', '美國網路安全暨基礎設施安全局'], {
      id: 'cisa',
      aliases: ['CISA'],
    }),
    institution('Federal Bureau of Investigation', ['美国联邦调查局', '美國聯邦調查局', '联邦调查局', '聯邦調查局'], {
      id: 'fbi',
      aliases: ['FBI'],
    }),
    institution('National Institute of Standards and Technology', ['美国国家标准与技术研究院', '美國國家標準暨技術研究院'], {
      id: 'nist',
      aliases: ['NIST'],
    }),
    institution('US Department of Justice', ['美国司法部', '美國司法部'], {
      aliases: ['Justice Department', 'Department of Justice', 'DOJ'],
    }),
    institution('US Department of Labor', ['美国劳工部', '美國勞工部'], { aliases: ['Department of Labor', 'Labor Department'] }),
    institution('US Treasury', ['美国财政部', '美國財政部'], {
      aliases: ['Treasury Department', 'US Treasury Department', 'Department of the Treasury'],
    }),
    institution('Committee on Foreign Investment in the United States', ['美国外国投资委员会', '美國外國投資委員會'], {
      id: 'cfius',
      aliases: ['CFIUS'],
    }),
    institution('White House', ['白宫', '白宮']),
    institution('US Congress', ['美国国会', '美國國會'], { aliases: ['Congress'] }),
  ]),
  institution('North American Electric Reliability Corporation', ['北美电力可靠性公司', '北美電力可靠度公司'], {
    id: 'nerc',
    aliases: ['NERC'],
  }),
  institution('ERCOT', ['得州电力可靠性委员会', '德州電力可靠度委員會'], { aliases: ['Electric Reliability Council of Texas'] }),
  institution('PJM Interconnection', ['PJM电力市场', 'PJM電力市場'], { id: 'pjm', aliases: ['PJM'] }),
  institution('MISO', [], { aliases: ['Midcontinent Independent System Operator'] }),
  institution('CAISO', ['加州独立系统运营商', '加州獨立系統營運商'], { aliases: ['California Independent System Operator'] }),
  institution('Public Utility Commission of Texas', ['得州公用事业委员会', '德州公用事業委員會'], {
    id: 'texas-puc',
    aliases: ['Texas Public Utility Commission', 'PUCT'],
  }),
  institution('Virginia State Corporation Commission', ['弗吉尼亚州公司委员会', '維吉尼亞州公司委員會'], {
    aliases: ["Virginia's State Corporation Commission", 'State Corporation Commission'],
  }),
  institution('Connecticut Insurance Department', ['康涅狄格州保险局', '康乃狄克州保險局']),
];

/** Chinese, Taiwanese and other Asian government bodies. */
export const ASIAN_INSTITUTIONS = [
  ...governing('china', [
    institution('Ministry of Industry and Information Technology', ['工业和信息化部', '工業和信息化部', '工信部'], {
      id: 'miit',
      aliases: ['MIIT'],
    }),
    institution(
      'National Development and Reform Commission',
      ['国家发展和改革委员会', '國家發展和改革委員會', '国家发展改革委', '国家发改委', '國家發改委', '发改委', '發改委'],
      { id: 'ndrc', aliases: ['NDRC'] },
    ),
    institution(
      'Cyberspace Administration of China',
      ['国家互联网信息办公室', '國家互聯網信息辦公室', '国家网信办', '國家網信辦', '网信办', '網信辦'],
      { id: 'cac', aliases: ['CAC'] },
    ),
    institution('Ministry of Commerce of China', ['中国商务部', '中國商務部', '商务部', '商務部'], {
      id: 'mofcom',
      aliases: ['MOFCOM', "China's Commerce Ministry", 'Chinese Commerce Ministry'],
    }),
    institution(
      'State Administration for Market Regulation',
      ['国家市场监督管理总局', '國家市場監督管理總局', '市场监管总局', '市場監管總局'],
      { id: 'samr', aliases: ['SAMR'] },
    ),
    institution('Ministry of Science and Technology of China', ['科学技术部', '科學技術部', '科技部'], { id: 'most-china' }),
    institution('National Energy Administration', ['国家能源局', '國家能源局'], { id: 'nea-china' }),
    institution('National Data Administration', ['国家数据局', '國家數據局'], { id: 'nda-china' }),
    institution('State Council', ['国务院', '國務院'], { aliases: ["China's State Council"] }),
    institution("National People's Congress", ['全国人民代表大会', '全國人民代表大會', '全国人大', '全國人大'], {
      id: 'npc',
      aliases: ['NPC'],
    }),
    institution('China Securities Regulatory Commission', ['中国证监会', '中國證監會', '证监会', '證監會'], {
      id: 'csrc',
      aliases: ['CSRC'],
    }),
    institution("People's Bank of China", ['中国人民银行', '中國人民銀行'], { id: 'pboc', aliases: ['PBOC'] }),
  ]),
  ...governing('gansu', [
    institution('Gansu Development and Reform Commission', [
      '甘肃省发展和改革委员会',
      '甘肅省發展和改革委員會',
      '甘肃省发改委',
      '甘肅省發改委',
    ]),
  ]),
  ...governing('taiwan', [
    institution('Taiwan Ministry of Economic Affairs', ['经济部', '經濟部'], {
      id: 'taiwan-moea',
      aliases: ['Ministry of Economic Affairs', 'MOEA'],
    }),
    institution('Taiwan International Trade Administration', ['经济部国际贸易署', '經濟部國際貿易署', '国际贸易署', '國際貿易署'], {
      id: 'taiwan-trade-administration',
      parent: 'taiwan-moea',
    }),
    institution('Taiwan Ministry of Labor', ['劳动部', '勞動部'], { id: 'taiwan-ministry-of-labor' }),
    institution('Taiwan Investigation Bureau', ['法务部调查局', '法務部調查局', '调查局', '調查局'], {
      id: 'taiwan-investigation-bureau',
      aliases: ['Ministry of Justice Investigation Bureau', 'MJIB'],
    }),
    institution('Taiwan National Science and Technology Council', ['国科会', '國科會'], { id: 'taiwan-nstc' }),
  ]),
  ...governing('south-korea', [
    institution(
      'Korea Ministry of Trade, Industry and Energy',
      ['韩国产业通商资源部', '韓國產業通商資源部', '产业通商资源部', '產業通商資源部'],
      { id: 'korea-motie', aliases: ['MOTIE'] },
    ),
  ]),
  ...governing('japan', [
    institution('Japan Ministry of Economy, Trade and Industry', ['日本经济产业省', '日本經濟產業省', '经济产业省', '經濟產業省'], {
      id: 'japan-meti',
      aliases: ['METI'],
    }),
  ]),
];

/** International organisations. */
export const INTERNATIONAL_INSTITUTIONS = [
  institution('United Nations', ['联合国', '聯合國'], { aliases: ['UN', 'U.N.'] }),
  institution('OECD', ['经济合作与发展组织', '經濟合作暨發展組織', '经合组织', '經合組織']),
  institution('International Energy Agency', ['国际能源署', '國際能源署'], { id: 'iea', aliases: ['IEA'] }),
  institution('World Trade Organization', ['世界贸易组织', '世界貿易組織', '世贸组织', '世貿組織'], { id: 'wto', aliases: ['WTO'] }),
  institution('International Monetary Fund', ['国际货币基金组织', '國際貨幣基金組織'], { id: 'imf', aliases: ['IMF'] }),
  institution('G7', ['七国集团', '七國集團']),
];
