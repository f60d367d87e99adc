/** The shipped taxonomy of the AI and tech-industry field; config may replace any part of it. */
import type { Taxonomy } from '../types.js';
import { DEFAULT_AUDIENCES } from './audiences.js';
import { DEFAULT_BOARDS } from './boards.js';
import { DEFAULT_REGIONS } from './regions.js';
import { INDUSTRY_TAGS } from './tags-industry.js';
import { INFRASTRUCTURE_TAGS } from './tags-infrastructure.js';

/** The default taxonomy: nine boards, the field's tags, seven regions and the "Who should care" audiences. */
export const DEFAULT_TAXONOMY: Taxonomy = {
  boards: DEFAULT_BOARDS,
  tags: [...INFRASTRUCTURE_TAGS, ...INDUSTRY_TAGS],
  regions: DEFAULT_REGIONS,
  audiences: DEFAULT_AUDIENCES,
};
