import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { squash } from '../../../../test/support/markup.js';
import type { Source } from '../../../domain/source.js';
import { describeFilters, filterForm, filterParams, parseFilters } from './filters.js';

const query = (values: Record<string, string>) => (name: string) => values[name];
const sources = [{ id: 'suanli', name: '算力观察' }] as Source[];

describe('board filters', () => {
  it('keeps slug-like values and drops empty or malformed ones', () => {
    const filters = parseFilters(query({ region: 'europe', tag: '', language: 'zh', outlet: '"><script>' }));
    assert.deepEqual(filters, { region: 'europe', language: 'zh' });
    assert.deepEqual(filterParams(filters), { region: 'europe', language: 'zh' });
  });

  it('renders a GET form with labelled selects, the chosen values selected, and Clear when active', () => {
    const form = squash(filterForm('/boards/security', { outlet: 'suanli' }, { sources, languages: ['en', 'zh'] }).value);
    assert.match(form, /<form class="filters" method="get" action="\/boards\/security"/);
    for (const field of ['region', 'tag', 'language', 'outlet']) assert.match(form, new RegExp(`<label for="f-${field}">`));
    assert.match(form, /<option value="suanli" selected>算力观察<\/option>/);
    assert.match(form, /<option value="zh">中文<\/option>/);
    assert.match(form, /<a href="\/boards\/security">Clear<\/a>/);
    assert.doesNotMatch(squash(filterForm('/', {}, { sources, languages: [] }).value), /Clear/);
  });

  it('describes active filters in words', () => {
    assert.equal(
      describeFilters({ region: 'europe', tag: 'power', outlet: 'suanli' }, sources),
      'Region: Europe · Tag: #power · Outlet: 算力观察',
    );
    assert.equal(describeFilters({}, sources), '');
  });
});
