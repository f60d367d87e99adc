/**
 * Measure units with their dimension and factor to the dimension's base unit, so that "1.2 GW",
 * "1,200 MW" and "1.2吉瓦" share the key "measure:GW:1.2". Every factor is exact.
 */

/** One spelling of a unit: `factor` converts a value in it to `base`. */
export interface UnitDefinition {
  text: string;
  base: string;
  factor: number;
  /** Compare case-insensitively (word units); symbols like "MW" and "Mb" are case-sensitive. */
  words?: boolean;
}

type Row = [base: string, factor: number, spellings: string[], words?: boolean];

// Power in GW, energy in GWh, data in GB (decimal; bits are an eighth of a byte), rates in GB/s,
// durations in hours (calendar months and years stay apart: their length varies).
const ROWS: Row[] = [
  ['GW', 1e-9, ['W', '瓦']],
  ['GW', 1e-6, ['kW', '千瓦', '瓩']],
  ['GW', 1e-3, ['MW', '兆瓦']],
  ['GW', 1, ['GW', '吉瓦', '千兆瓦']],
  ['GW', 1e3, ['TW']],
  ['GW', 1e-9, ['watts', 'watt'], true],
  ['GW', 1e-6, ['kilowatts', 'kilowatt'], true],
  ['GW', 1e-3, ['megawatts', 'megawatt'], true],
  ['GW', 1, ['gigawatts', 'gigawatt'], true],
  ['GWh', 1e-6, ['kWh', '千瓦时', '千瓦時', '度电', '度電']],
  ['GWh', 1e-3, ['MWh', '兆瓦时', '兆瓦時']],
  ['GWh', 1, ['GWh', '吉瓦时', '吉瓦時']],
  ['GWh', 1e3, ['TWh', '太瓦时']],
  ['GWh', 1e-6, ['kilowatt-hours', 'kilowatt-hour', 'kilowatt hours'], true],
  ['GWh', 1e-3, ['megawatt-hours', 'megawatt-hour', 'megawatt hours'], true],
  ['GWh', 1, ['gigawatt-hours', 'gigawatt-hour', 'gigawatt hours'], true],
  ['GWh', 1e3, ['terawatt-hours', 'terawatt-hour', 'terawatt hours'], true],
  ...dataRows(),
  ['nm', 1, ['nm', '纳米', '奈米'], false],
  ['nm', 1, ['nanometres', 'nanometers', 'nanometre', 'nanometer'], true],
  ['km', 1, ['km', '公里']],
  ['km', 1, ['kilometres', 'kilometers', 'kilometre', 'kilometer'], true],
  ['km', 1.609344, ['miles', 'mile'], true],
  ['kV', 1, ['kV', '千伏']],
  ['kV', 1, ['kilovolts', 'kilovolt'], true],
  ['kV', 1e-3, ['volts', 'volt'], true],
  ['C', 1, ['°C', '℃', '摄氏度', '攝氏度']],
  ['C', 1, ['degrees Celsius', 'degrees C'], true],
  ['m2', 1, ['平方米', '平方公尺', 'm²']],
  ['m2', 1, ['square metres', 'square meters', 'square-metre', 'square-meter'], true],
  ['m2', 0.09290304, ['square feet', 'square foot', 'square-foot', 'sq ft'], true],
  ['m2', 4046.8564224, ['acres', 'acre'], true],
  ['m2', 10000, ['hectares', 'hectare'], true],
  ['L', 1, ['litres', 'liters', 'litre', 'liter'], true],
  ['L', 1, ['升']],
  ['L', 1000, ['立方米', 'cubic metres', 'cubic meters']],
  ['L', 3.785411784, ['gallons', 'gallon'], true],
  ['kg', 1, ['kg', '公斤', '千克']],
  ['kg', 1000, ['tonnes', 'tonne', 'metric tons', '吨', '噸'], true],
  ['tokens', 1, ['tokens', 'token', '个token', '個token', '个tokens', '个词元', '個詞元', '词元', '詞元'], true],
  ['GPU-hours', 1, ['GPU-hours', 'GPU-hour', 'GPU hours', 'GPU hour', '卡时', '卡時', 'GPU小时', 'GPU小時'], true],
  ['h', 1 / 3600, ['seconds', 'second', '秒钟', '秒鐘'], true],
  ['h', 1 / 60, ['minutes', 'minute', 'mins', 'min', '分钟', '分鐘'], true],
  ['h', 1, ['hours', 'hour', 'hrs', 'hr', '小时', '小時', '个小时', '個小時', '个钟头'], true],
  ['h', 24, ['days', 'day', '天'], true],
  ['h', 168, ['weeks', 'week', '周', '週', '个星期', '個星期', '个礼拜'], true],
  ['month', 1, ['months', 'month', '个月', '個月'], true],
  ['year', 1, ['years', 'year', 'yrs'], true],
  ['year', 10, ['decades', 'decade'], true],
];

// Data sizes and rates come from one table, so every size is also a rate written either way: "3.2 TB/s",
// "3.2 terabytes per second", "3.2 terabytes a second", "25.6 Tbps". Factors are to GB (decimal; a bit is an
// eighth of a byte).
function dataRows(): Row[] {
  const sizes: [factor: number, symbols: string[], words: string[]][] = [
    [1e-3, ['MB'], ['megabytes', 'megabyte']],
    [1, ['GB'], ['gigabytes', 'gigabyte']],
    [1e3, ['TB'], ['terabytes', 'terabyte']],
    [1e6, ['PB'], ['petabytes', 'petabyte']],
    [1e9, ['EB'], ['exabytes', 'exabyte']],
    [1.25e-4, ['Mb', 'Mbit'], ['megabits', 'megabit']],
    [0.125, ['Gb', 'Gbit'], ['gigabits', 'gigabit']],
    [125, ['Tb', 'Tbit'], ['terabits', 'terabit']],
  ];
  return sizes.flatMap(([factor, symbols, words]): Row[] => [
    ['GB', factor, symbols.filter((symbol) => !symbol.endsWith('bit'))],
    ['GB', factor, words, true],
    [
      'GB/s',
      factor,
      [...symbols.map((symbol) => `${symbol}/s`), ...symbols.filter((symbol) => symbol.length === 2).map((symbol) => `${symbol}ps`)],
    ],
    ['GB/s', factor, words.flatMap((word) => [`${word} per second`, `${word} a second`, `${word}/s`]), true],
  ]);
}

/** Every unit spelling, longest first, so that "GWh" wins over "GW" and "千瓦时" over "千瓦". */
export const UNITS: readonly UnitDefinition[] = ROWS.flatMap(([base, factor, spellings, words]) =>
  spellings.map((text) => ({ text, base, factor, ...(words ? { words } : {}) })),
).sort((a, b) => b.text.length - a.text.length);
