/** The board filters (region, tag, language, outlet): parsed from the query string and rendered as a GET form. */
import type { Source } from '../../../domain/source.js';
import type { StoryQuery } from '../../../ports/story-store.js';
import { type Markup, html } from '../html.js';
import { type NamedId, entriesOf, labelName, languageName } from '../views/names.js';

/** The filters a reader can set on a board. */
export type BoardFilters = Pick<StoryQuery, 'region' | 'tag' | 'language' | 'outlet'>;

const FIELDS = ['region', 'tag', 'language', 'outlet'] as const;
// Ids are slugs; anything else cannot match a story, so it is ignored rather than queried.
const SLUG = /^[\p{Letter}\p{Number}_-]{1,80}$/u;

/** Reads the filters from query values, dropping empty or malformed ones. */
export function parseFilters(query: (name: string) => string | undefined): BoardFilters {
  const filters: BoardFilters = {};
  for (const field of FIELDS) {
    const value = query(field)?.trim();
    if (value && SLUG.test(value)) filters[field] = value;
  }
  return filters;
}

/** Returns the filters as query parameters (for pager links). */
export function filterParams(filters: BoardFilters): Record<string, string> {
  return Object.fromEntries(FIELDS.flatMap((field) => (filters[field] ? [[field, filters[field] as string]] : [])));
}

/** The values the outlet and language selects offer. */
export interface FilterChoices {
  sources: readonly Source[];
  languages: readonly string[];
}

function select(field: string, label: string, all: string, options: readonly NamedId[], selected: string | undefined): Markup {
  return html`<div class="field">
    <label for="f-${field}">${label}</label
    ><select id="f-${field}" name="${field}">
      <option value="">${all}</option>
      ${options.map((option) => html`<option value="${option.id}" ${option.id === selected ? html` selected` : ''}>${option.name}</option>`)}
    </select>
  </div>`;
}

// Tags read as the cards show them (#datacenter), with the name that says what the tag covers beside it.
function tagChoices(): NamedId[] {
  return entriesOf('tag').map((tag) => ({ id: tag.id, name: `#${tag.id} · ${tag.name}` }));
}

/** Renders the filter form posting back (GET) to `action`. */
export function filterForm(action: string, filters: BoardFilters, choices: FilterChoices): Markup {
  const outlets = choices.sources.map((source) => ({ id: source.id, name: source.name }));
  const languages = choices.languages.map((code) => ({ id: code, name: languageName(code) }));
  const active = FIELDS.some((field) => filters[field]);
  return html`<form class="filters" method="get" action="${action}" aria-label="Filter stories">
    ${select('region', 'Region', 'All regions', entriesOf('region'), filters.region)}
    ${select('tag', 'Tag', 'All tags', tagChoices(), filters.tag)}
    ${select('language', 'Language', 'All languages', languages, filters.language)}
    ${select('outlet', 'Outlet', 'All outlets', outlets, filters.outlet)}
    <div class="filter-actions"><button type="submit">Apply filters</button>${active ? html`<a href="${action}">Clear</a>` : ''}</div>
  </form>`;
}

/** Describes the active filters in words ("Region: Europe · Tag: #power"), or an empty string. */
export function describeFilters(filters: BoardFilters, sources: readonly Source[]): string {
  const parts: string[] = [];
  if (filters.region) parts.push(`Region: ${labelName('region', filters.region)}`);
  if (filters.tag) parts.push(`Tag: #${filters.tag}`);
  if (filters.language) parts.push(`Language: ${languageName(filters.language)}`);
  if (filters.outlet) parts.push(`Outlet: ${sources.find((source) => source.id === filters.outlet)?.name ?? filters.outlet}`);
  return parts.join(' · ');
}
