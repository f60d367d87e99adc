/**
 * The default regions, each cued by the places, institutions and demonyms that locate a story there.
 * Places count, outlets do not: a Chinese outlet writing about Virginia still writes about North America.
 */
import type { TaxonomyEntry } from '../types.js';
import {
  ASIA_PACIFIC_ENTITIES,
  CHINA_ENTITIES,
  EUROPE_ENTITIES,
  LATIN_AMERICA_ENTITIES,
  MIDDLE_EAST_ENTITIES,
  NORTH_AMERICA_ENTITIES,
} from './region-entities.js';

/** Regions. */
// prettier-ignore
export const DEFAULT_REGIONS: TaxonomyEntry[] = [
  {
    id: 'north-america',
    name: 'North America',
    entities: NORTH_AMERICA_ENTITIES,
    en: [],
    zh: [],
  },
  {
    id: 'europe',
    name: 'Europe',
    entities: [...EUROPE_ENTITIES, 'currency:EUR', 'currency:GBP', 'currency:CHF', 'currency:SEK', 'currency:NOK', 'currency:DKK'],
    en: [],
    zh: [],
  },
  {
    id: 'china',
    name: 'China',
    entities: [...CHINA_ENTITIES, 'currency:CNY', 'currency:HKD'],
    en: [],
    zh: [],
    // Mainland writers say "domestic" (国内) for China; the traditional 國內 of Taiwan's press is left out.
    weak: ['国内'],
  },
  {
    id: 'asia-pacific',
    name: 'Asia-Pacific',
    entities: [...ASIA_PACIFIC_ENTITIES, 'currency:TWD', 'currency:JPY', 'currency:KRW', 'currency:INR', 'currency:SGD', 'currency:AUD'],
    en: [],
    zh: [],
  },
  {
    id: 'middle-east',
    name: 'Middle East',
    entities: MIDDLE_EAST_ENTITIES,
    en: [],
    zh: [],
  },
  {
    id: 'latin-america',
    name: 'Latin America',
    entities: LATIN_AMERICA_ENTITIES,
    en: [],
    zh: [],
  },
  {
    id: 'global',
    name: 'Global',
    en: [
      'global', 'globally', 'worldwide', 'around the world', 'across the world', 'international', 'internationally', 'countries',
      'every region', 'all regions', 'all markets', 'multinational',
    ],
    zh: ['全球', '全世界', '世界各地', '各国', '各國', '国际', '國際', '跨国', '海外'],
  },
];
