/**
 * Which region each place and public institution of the alias table (entities stage) belongs to. A mention in any
 * language counts ("弗吉尼亚" is found as virginia), and the demo's sites are places like any other.
 */

/** North America: the US and Canada, their states, cities and sites, and their public bodies. */
// prettier-ignore
export const NORTH_AMERICA_ENTITIES = [
  'united-states', 'canada', 'north-america', 'silicon-valley', 'wall-street', 'northern-virginia', 'mountain-west', 'washington-dc',
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia-us', 'hawaii',
  'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota',
  'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new-hampshire', 'new-jersey', 'new-mexico', 'new-york-state',
  'north-carolina', 'north-dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode-island', 'south-carolina', 'south-dakota',
  'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington-state', 'west-virginia', 'wisconsin', 'wyoming', 'new-york-city',
  'san-francisco', 'san-jose', 'santa-clara', 'seattle', 'portland', 'los-angeles', 'long-beach', 'phoenix', 'buckeye-arizona',
  'austin-texas', 'dallas', 'houston', 'sweetwater', 'abilene', 'chicago', 'columbus-ohio', 'milwaukee', 'ashburn', 'loudoun-county',
  'culpeper-county', 'richmond', 'raleigh', 'charlotte-north-carolina', 'hartford', 'boston', 'atlanta', 'greenville', 'idaho-falls',
  'rock-springs', 'denver', 'toronto', 'montreal', 'vancouver', 'us-east-3', 'tessera-sweetwater-campus', 'saguaro-flats',
  'mountain-run-substation', 'us-commerce-department', 'bureau-of-industry-and-security', 'ferc', 'nrc', 'us-department-of-energy', 'ftc',
  'sec', 'fcc', 'cisa', 'fbi', 'nist', 'us-department-of-justice', 'us-department-of-labor', 'us-treasury', 'cfius', 'white-house',
  'us-congress', 'nerc', 'ercot', 'pjm', 'miso', 'caiso', 'texas-puc', 'virginia-state-corporation-commission',
  'connecticut-insurance-department', 'virginia-data-center-council', 'virginia-ratepayer-action', 'texas-compute-developers-alliance',
  'southwest-wyoming-economic-alliance', 'lakeshore-state-university',
];

/** Europe: the EU, the UK, the Nordics and their cities, sites and public bodies. */
// prettier-ignore
export const EUROPE_ENTITIES = [
  'europe', 'nordics', 'european-economic-area', 'united-kingdom', 'england', 'scotland', 'wales', 'ireland', 'germany', 'france',
  'netherlands', 'belgium', 'luxembourg', 'switzerland', 'austria', 'italy', 'spain', 'portugal', 'greece', 'poland', 'czech-republic',
  'slovakia', 'hungary', 'romania', 'bulgaria', 'croatia', 'slovenia', 'denmark', 'sweden', 'norway', 'finland', 'iceland', 'estonia',
  'latvia', 'lithuania', 'cyprus', 'malta', 'ukraine', 'brussels', 'paris', 'berlin', 'frankfurt', 'hamburg', 'munich', 'amsterdam',
  'dublin', 'madrid', 'lisbon', 'rome', 'milan', 'vienna', 'warsaw', 'prague', 'budapest', 'bucharest', 'sofia-bulgaria', 'athens',
  'copenhagen', 'stockholm', 'helsinki', 'tallinn', 'riga', 'vilnius', 'bratislava', 'ljubljana', 'zagreb', 'nicosia', 'valletta',
  'luxembourg-city', 'london', 'manchester', 'oslo', 'stavanger', 'hamar', 'lulea', 'sundsvall', 'reykjavik', 'keflavik', 'reykjanes',
  'eu-central-2', 'european-union', 'european-commission', 'eu-ai-office', 'european-parliament', 'council-of-the-european-union',
  'european-data-protection-board', 'uk-ai-security-institute', 'competition-and-markets-authority', 'ofgem', 'ofcom', 'bundesnetzagentur',
  'european-cloud-users-council', 'nordic-public-cloud-consortium', 'uk-data-centre-developers-forum', 'digital-commons-europe',
  'union-of-newsroom-workers',
];

/** China: the mainland, Hong Kong and Macau, provinces, cities, sites and public bodies. */
// prettier-ignore
export const CHINA_ENTITIES = [
  'china', 'hong-kong', 'macau', 'greater-china', 'yangtze-river-delta', 'greater-bay-area', 'western-china', 'eastern-china', 'beijing',
  'shanghai', 'tianjin', 'chongqing', 'hebei', 'shanxi', 'inner-mongolia', 'liaoning', 'jilin', 'heilongjiang', 'jiangsu', 'zhejiang',
  'anhui', 'fujian', 'jiangxi', 'shandong', 'henan', 'hubei', 'hunan', 'guangdong', 'guangxi', 'hainan', 'sichuan', 'guizhou', 'yunnan',
  'tibet', 'shaanxi', 'gansu', 'qinghai', 'ningxia', 'xinjiang', 'shenzhen', 'guangzhou', 'hangzhou', 'nanjing', 'suzhou', 'wuxi', 'hefei',
  'wuhan', 'chengdu', 'xian', 'dongguan', 'shaoguan', 'guiyang', 'guian', 'ulanqab', 'hohhot', 'qingyang', 'lanzhou', 'zhongwei', 'lingang',
  'tianyan-ulanqab-centre', 'miit', 'ndrc', 'cac', 'mofcom', 'samr', 'most-china', 'nea-china', 'nda-china', 'state-council', 'npc', 'csrc',
  'pboc', 'gansu-development-and-reform-commission', 'yangtze-delta-smart-manufacturing-association',
  'nanling-vocational-and-technical-college', 'hkex', 'shanghai-stock-exchange', 'shenzhen-stock-exchange',
];

/** Asia-Pacific outside China: Taiwan, Korea, Japan, India, South-East Asia, Oceania. */
// prettier-ignore
export const ASIA_PACIFIC_ENTITIES = [
  'taiwan', 'japan', 'south-korea', 'north-korea', 'india', 'singapore', 'malaysia', 'thailand', 'vietnam', 'indonesia', 'philippines',
  'australia', 'new-zealand', 'samoa', 'asia', 'asia-pacific', 'southeast-asia', 'taipei', 'new-taipei', 'taoyuan', 'hsinchu',
  'hsinchu-science-park', 'taichung', 'tainan', 'kaohsiung', 'keelung', 'chiayi', 'tokyo', 'osaka', 'seoul', 'cheongju',
  'north-chungcheong-province', 'pyeongtaek', 'mumbai', 'navi-mumbai', 'bengaluru', 'penang', 'johor', 'kuala-lumpur', 'bangkok', 'hanoi',
  'jakarta', 'sydney', 'ap-south-1', 'ap-south-1b', 'halden-cheongju-plant', 'taiwan-moea', 'taiwan-trade-administration',
  'taiwan-ministry-of-labor', 'taiwan-investigation-bureau', 'taiwan-nstc', 'korea-motie', 'japan-meti', 'taiwan-stock-exchange',
];

/** The Middle East and the Gulf. */
// prettier-ignore
export const MIDDLE_EAST_ENTITIES = [
  'middle-east', 'gulf-region', 'israel', 'saudi-arabia', 'united-arab-emirates', 'qatar', 'riyadh', 'dubai', 'abu-dhabi', 'doha',
  'tel-aviv',
];

/** Latin America, Mexico included. */
// prettier-ignore
export const LATIN_AMERICA_ENTITIES = ['latin-america', 'mexico', 'brazil', 'chile', 'argentina', 'sao-paulo', 'mexico-city'];
