/** The alias table: every entity the matcher knows, demo world first, then the real field. */
import type { AliasEntry } from '../types.js';
import { COMPANY_HOMES } from './company-homes.js';
import { AI_COMPANIES, CHIP_COMPANIES, CLOUD_COMPANIES, ENERGY_COMPANIES, FINANCE_COMPANIES } from './companies.js';
import { DEMO_COMPANIES } from './demo-companies.js';
import { DEMO_INSTITUTIONS, DEMO_OTHERS, DEMO_OUTLETS } from './demo-organisations.js';
import { DEMO_LEADERS, DEMO_SOURCES, DEMO_STAFF } from './demo-people.js';
import { DEMO_PRODUCTS, DEMO_SITES } from './demo-products.js';
import { ASIAN_INSTITUTIONS, EUROPEAN_INSTITUTIONS, INTERNATIONAL_INSTITUTIONS, US_INSTITUTIONS } from './institutions.js';
import { CHINESE_CITIES, EUROPEAN_CITIES, TAIWAN_CITIES, US_CITIES, WORLD_CITIES } from './places-cities.js';
import { COUNTRIES, REGIONS } from './places-countries.js';
import { CHINESE_PROVINCES, US_STATES } from './places-subdivisions.js';
import { LAWS, PROGRAMMES } from './laws-programmes.js';
import { CHIP_PRODUCTS, CLOUD_PRODUCTS, MODEL_PRODUCTS } from './products.js';

/** Every entry of the alias table, frozen. */
export const ALIAS_TABLE: readonly AliasEntry[] = Object.freeze(
  [
    ...DEMO_COMPANIES,
    ...DEMO_LEADERS,
    ...DEMO_STAFF,
    ...DEMO_SOURCES,
    ...DEMO_PRODUCTS,
    ...DEMO_SITES,
    ...DEMO_INSTITUTIONS,
    ...DEMO_OTHERS,
    ...DEMO_OUTLETS,
    ...CHIP_COMPANIES,
    ...CLOUD_COMPANIES,
    ...AI_COMPANIES,
    ...ENERGY_COMPANIES,
    ...FINANCE_COMPANIES,
    ...CHIP_PRODUCTS,
    ...MODEL_PRODUCTS,
    ...CLOUD_PRODUCTS,
    ...LAWS,
    ...PROGRAMMES,
    ...EUROPEAN_INSTITUTIONS,
    ...US_INSTITUTIONS,
    ...ASIAN_INSTITUTIONS,
    ...INTERNATIONAL_INSTITUTIONS,
    ...COUNTRIES,
    ...REGIONS,
    ...US_STATES,
    ...CHINESE_PROVINCES,
    ...CHINESE_CITIES,
    ...TAIWAN_CITIES,
    ...EUROPEAN_CITIES,
    ...US_CITIES,
    ...WORLD_CITIES,
  ].map((entry) => {
    const home = COMPANY_HOMES.get(entry.id);
    return Object.freeze(home && entry.kind === 'company' ? { ...entry, home } : entry);
  }),
);
