import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractQuantities } from './index.js';

const REFERENCE = '2026-11-06T03:00:00Z';
const keys = (text: string, reference: string | null = REFERENCE): string[] => extractQuantities(text, { reference }).map((q) => q.key);

// Each row: spellings in English and Chinese that must share one key.
const EQUIVALENCES: Array<[string, string[]]> = [
  [
    'money:USD:1000000000',
    ['$1 billion', '$1B', 'US$1bn', '10亿美元', '10億美元', '1,000 million dollars', 'USD 1 billion', '$1,000 million'],
  ],
  ['money:USD:650000000', ['$650 million', '$650M', '$650m', '6.5亿美元']],
  ['money:CNY:2', ['¥2', '2元', '2 yuan', '人民币2元', '人民幣2元', 'RMB 2', '2块钱']],
  ['money:CNY:1500000000', ['15亿元', '1.5 billion yuan', '15亿元人民币', 'RMB1.5bn']],
  ['money:HKD:8000000000', ['HK$8 billion', '80亿港元', '80億港元', '8 billion Hong Kong dollars']],
  ['money:EUR:5000000', ['€5 million', '5 million euros', '500万欧元', 'EUR 5m']],
  ['money:TWD:5000000', ['NT$5 million', '新台幣500萬元', '500萬新台幣']],
  ['money:USD:0.36', ['$0.36', '36 cents', 'US$0.36']],
  ['money:NOK:1350000000', ['NOK 1.35 billion', '1.35 billion Norwegian crowns', '1.35 billion Norwegian kroner']],
  ['percent:40', ['40%', '40 per cent', '40 percent', '40％', '百分之四十', '百分之40', '四成', '4成']],
  ['percent:61', ['Sixty-one percent', '61%']],
  ['percent-point:3.75', ['375 basis points', '3.75 percentage points']],
  ['measure:GW:1.2', ['1.2 GW', '1.2吉瓦', '1,200 MW', '1200兆瓦', '1.2 gigawatts', '120万千瓦', '120萬瓩', '1.2 million kilowatts']],
  ['measure:GWh:1.6', ['1,600 MWh', '1.6 GWh', '160万千瓦时']],
  ['measure:GB:288', ['288 GB', '288GB']],
  ['measure:GB/s:3200', ['3.2 TB/s', '每秒3.2TB', '25.6 Tb/s', '3.2 terabytes per second', '3.2 terabytes a second', '25.6 Tbps']],
  ['measure:GB/s:100', ['100 GB/s', '100 gigabytes per second', '800 gigabits per second', '800 Gbit/s']],
  ['measure:nm:2', ['2nm', '2 nm', '2纳米', '2奈米']],
  ['measure:tokens:1000000', ['1M-token', '1 million tokens', '100万token', '100万个token']],
  ['measure:h:9', ['nine hours', '9 hours', '9小时', '9小時', 'nine-hour']],
  ['measure:h:1848', ['11 weeks', '77 days']],
  ['measure:year:20', ['20-year', '20 years']],
  ['number:12000', ['12,000', '1.2万', '1.2萬', '一万二千', '1萬2千', '1萬2000']],
  ['number:1200000', ['1.2 million', '120万']],
  ['number:2000', ['两千家', '2,000']],
  ['date:2026-10-14', ['October 14', 'Oct. 14, 2026', '14 October 2026', '2026-10-14', '10月14日', '2026年10月14日', 'October 14th']],
  ['date:2027-03', ['March 2027', '2027年3月', 'next March', '明年3月']],
  ['date:2027-Q2', ['Q2 2027', 'the second quarter of 2027', '2027年第二季度', '2027年第二季', '2027年Q2']],
  ['date:2027-H1', ['H1 2027', 'first half of 2027', '2027年上半年', '明年上半年']],
  ['date:2027', ['in 2027.', 'by 2027,', 'mid-2027', '2027年', '明年']],
  ['date:2026-11-03', ['last Tuesday', 'on Tuesday']],
  ['date:2026-10-27', ['上周二', '上週二']],
  ['date:2026-11-05', ['yesterday', '昨天', 'on Thursday']],
];

describe('extractQuantities: one key across spellings and languages', () => {
  it('reads each end of a range in cents as cents', () => {
    assert.deepEqual(keys('from 60 cents to 36 cents per million'), ['money:USD:0.6', 'money:USD:0.36']);
    assert.deepEqual(keys('from $0.60 to 36 cents'), ['money:USD:0.6', 'money:USD:0.36']);
  });

  for (const [key, spellings] of EQUIVALENCES) {
    it(key, () => {
      for (const spelling of spellings) assert.deepEqual(keys(spelling), [key], spelling);
    });
  }
});

describe('extractQuantities in sentences', () => {
  it('reads an English demo sentence', () => {
    const text =
      'Atlas Fission raised $650 million in a Series D on October 27, valuing it at about $3.1 billion, and plans six 200 MW units by 2034.';
    assert.deepEqual(keys(text), [
      'money:USD:650000000',
      'date:2026-10-27',
      'money:USD:3100000000',
      'number:6',
      'measure:GW:0.2',
      'date:2034',
    ]);
  });

  it('reads a Chinese demo sentence with surfaces and offsets', () => {
    const text = '天衍算力于10月30日向香港交易所递交上市申请，拟募资约80亿港元，预计2027年第一季挂牌。';
    const found = extractQuantities(text, { reference: '2026-11-02T03:40:00Z' });
    assert.deepEqual(
      found.map((q) => [q.key, q.surface]),
      [
        ['date:2026-10-30', '10月30日'],
        ['money:HKD:8000000000', '80亿港元'],
        ['date:2027-Q1', '2027年第一季'],
      ],
    );
    for (const quantity of found) assert.equal(text.slice(quantity.start, quantity.end), quantity.surface);
    assert.deepEqual([found[2]!.precision, found[2]!.date, found[2]!.quarter], ['month', '2027-01', 1]);
  });

  it('gives dates their precision and the timeline format', () => {
    const [day, month, year] = extractQuantities('On October 14, 2026, in March 2027, by 2030.', {});
    assert.deepEqual(
      [day!.precision, day!.date, month!.precision, month!.date, year!.precision, year!.date],
      ['day', '2026-10-14', 'month', '2027-03', 'year', '2030'],
    );
    assert.equal(day!.value, Date.UTC(2026, 9, 14));
  });

  it('spreads a range over both ends', () => {
    assert.deepEqual(keys('$3-5 billion'), ['money:USD:3000000000', 'money:USD:5000000000']);
    assert.deepEqual(keys('10–15%'), ['percent:10', 'percent:15']);
    assert.deepEqual(keys('between 20 and 30 million'), ['number:20000000', 'number:30000000']);
  });

  it('reads month spans of a year as its halves and quarters, and glued two-digit years', () => {
    assert.deepEqual(keys('the first six months of this year'), ['date:2026-H1']);
    assert.deepEqual(keys('in the first three months of 2027 and the last six months of last year'), ['date:2027-Q1', 'date:2025-H2']);
    assert.deepEqual(keys('1H26 revenue and 3Q27 guidance'), ['date:2026-H1', 'date:2027-Q3']);
    // A Chinese period with no year is the latest one begun by the reference; "前三季度" is no third quarter.
    assert.deepEqual(keys('公司第三季度营收增长，上半年亏损收窄'), ['date:2026-Q3', 'date:2026-H1']);
    assert.deepEqual(keys('前三季度营收'), []);
    // An English half with no year is the latest one begun by the reference too, never next year's.
    assert.deepEqual(keys('net loss narrowed in the first half', '2026-11-20T00:00:00Z'), ['date:2026-H1']);
    assert.deepEqual(keys('revenue rose in the second half', '2027-01-20T00:00:00Z'), ['date:2026-H2']);
    assert.deepEqual(keys('margins fall in H1', '2027-01-20T00:00:00Z'), ['date:2027-H1']);
    // The trailing half-year is a duration, not the second half of a year.
    assert.deepEqual(keys('over the last six months'), ['measure:month:6']);
  });

  it('resolves the bare day of month of Chinese news and year-less dates nearest the reference', () => {
    assert.deepEqual(keys('深度智元10日在北京发布', '2026-11-11T03:00:00Z'), ['date:2026-11-10']);
    assert.deepEqual(keys('公司于30日递表', '2026-11-02T03:40:00Z'), ['date:2026-10-30']);
    assert.deepEqual(keys('December 15', '2026-11-20T00:00:00Z'), ['date:2026-12-15']);
    assert.deepEqual(keys('January 31', '2026-11-20T00:00:00Z'), ['date:2027-01-31']);
  });

  it('places a year-less date on the side of the reference its governing verb says', () => {
    // March 2027 is nearer mid-October 2026 than March 2026, but a founding is past.
    assert.deepEqual(keys('Yardstick was founded in March by Nadia Korsgaard.', '2026-10-15T17:30:00Z'), ['date:2026-03']);
    assert.deepEqual(keys('The line will open in March.', '2026-10-15T17:30:00Z'), ['date:2027-03']);
    // May is about as far either way from November: the verb decides what the nearest year cannot.
    assert.deepEqual(keys('They shipped in May.'), ['date:2026-05']);
    assert.deepEqual(keys('The province approved the site in May.'), ['date:2026-05']);
    assert.deepEqual(keys('In May they shipped.'), ['date:2026-05']);
    assert.deepEqual(keys('In May the company will ship.'), ['date:2027-05']);
    assert.deepEqual(keys('Samples are due in May.'), ['date:2027-05']);
    assert.deepEqual(keys('Lodestar began to ship in May.'), []);
    assert.deepEqual(keys('公司已于5月量产。'), ['date:2026-05']);
    assert.deepEqual(keys('公司计划5月量产。'), ['date:2027-05']);
  });

  it('leaves a date to the nearest year when no verb governs it directly', () => {
    // "connected" describes the campuses; "did" belongs to another clause.
    assert.deepEqual(keys('Campuses connected before January 1 are exempt.', '2026-11-08T00:00:00Z'), ['date:2027-01-01']);
    assert.deepEqual(keys('Those who did not receive one leave on January 15.', '2026-11-08T00:00:00Z'), ['date:2027-01-15']);
  });
});

describe('extractQuantities never guesses', () => {
  it('skips relative and year-less dates without a reference', () => {
    assert.deepEqual(keys('last Tuesday, October 14, 上周二, 10日, next March', null), []);
  });

  it('skips a year-less month that two years fit about equally when no verb places it', () => {
    assert.deepEqual(keys('The review is in May.'), []);
  });

  it('skips numbers that belong to names and codes', () => {
    assert.deepEqual(keys('Lumen-4, Aperture 70B, QR-3B, K10, HBM4E, us-east-3, CVE-2026-41872, v0.19.2, 曜芯Y3, FP4'), []);
  });

  it('skips bare 元 in traditional Chinese, where it may be New Taiwan dollars', () => {
    assert.deepEqual(keys('違規最高罰500萬元，這項規定'), []);
    assert.deepEqual(keys('违规最高罚500万元，这项规定'), ['money:CNY:5000000']);
  });

  it('does not read ordinary words as numbers or dates', () => {
    assert.deepEqual(keys('It may march on; one of them; 一些企业十分重视，一成不变的成本; the 2030s'), []);
    assert.deepEqual(keys('this week, 9:14 a.m.'), []);
  });

  it('does not read a single-letter scale without money or tokens', () => {
    assert.deepEqual(keys('a 70B model'), []);
    assert.deepEqual(keys('200k tokens and $40K'), ['measure:tokens:200000', 'money:USD:40000']);
  });
});
