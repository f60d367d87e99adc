#!/usr/bin/env node
// Checks demo story files against the corpus rules in demo/README.md; runs with no install.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const demoDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outlets = new Map(JSON.parse(readFileSync(join(demoDir, 'outlets.json'), 'utf8')).map((o) => [o.id, o]));
const BOARDS = new Set(['hyperscalers-cloud', 'chips-hardware', 'models-research', 'energy-power', 'policy-regulation', 'security', 'funding-deals', 'enterprise-ai', 'workforce-skills']);
const TAGS = new Set('power grid nuclear datacenter gpus memory export-controls pricing tokens outage shutdown deprecation platform-risk open-weights agents skills-gap training adoption layoffs funding acquisition ipo regulation antitrust vulnerability data-breach prompt-injection sovereignty supply-chain benchmarks inference water china'.split(' '));
const AUDIENCES = new Set(['enterprise-security-teams', 'infrastructure-engineers', 'investors', 'policy-teams', 'developers', 'executives', 'energy-planners', 'hr-learning-teams']);
const REGIONS = new Set(['north-america', 'europe', 'china', 'asia-pacific', 'middle-east', 'latin-america', 'global']);
const FIRST = Date.parse('2026-10-12T00:00:00Z');
const LAST = Date.parse('2026-11-20T23:59:59Z');
const VARIANTS = new Set(['utm', 'slash', 'amp', 'repost']);

// By default every story folder (the demo's, the held-out sets and the tuning stories) together: ids and slugs must be unique across them all.
const storyFiles = (folder) => readdirSync(join(demoDir, folder)).filter((f) => f.endsWith('.json')).map((f) => join(demoDir, folder, f));
const FOLDERS = [
  'stories',
  ...readdirSync(demoDir)
    .filter((name) => /^(tuning|heldout\d*)$/.test(name))
    .sort()
    .map((name) => `${name}/stories`),
];
const files =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : FOLDERS.filter((folder) => existsSync(join(demoDir, folder))).flatMap(storyFiles);

const errors = [];
const articleIds = new Set();
const slugs = new Set();
let articleCount = 0;
let multi = 0;
let bilingual = 0;
let words = 0;

for (const file of files) {
  const where = basename(file);
  let story;
  try {
    story = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    errors.push(`${where}: not valid JSON (${error.message})`);
    continue;
  }
  const fail = (message) => errors.push(`${where}: ${message}`);
  if (basename(file, '.json') !== story.id) fail(`file name must be the story id "${story.id}"`);
  if (typeof story.title !== 'string' || story.title.length < 10) fail('title missing or too short');
  if (!Array.isArray(story.boards) || story.boards.length === 0) fail('boards missing');
  for (const b of story.boards ?? []) if (!BOARDS.has(b)) fail(`unknown board "${b}"`);
  for (const t of story.tags ?? []) if (!TAGS.has(t)) fail(`unknown tag "${t}"`);
  if (!REGIONS.has(story.region)) fail(`unknown region "${story.region}"`);
  if (!Array.isArray(story.audiences) || story.audiences.length === 0) fail('audiences missing');
  for (const a of story.audiences ?? []) if (!AUDIENCES.has(a)) fail(`unknown audience "${a}"`);
  if (new Set(story.audiences ?? []).size !== (story.audiences ?? []).length) fail('an audience is given twice');
  if (!Array.isArray(story.events) || story.events.length === 0) fail('events missing');
  for (const e of story.events ?? []) {
    if (!['day', 'month', 'year'].includes(e.precision)) fail(`event precision "${e.precision}"`);
    const pattern = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ }[e.precision];
    if (pattern && !pattern.test(e.date)) fail(`event date "${e.date}" does not match precision ${e.precision}`);
    if (typeof e.text !== 'string' || e.text.length < 10) fail('event text missing');
  }
  const byId = new Map();
  const languages = new Set();
  for (const a of story.articles ?? []) {
    articleCount += 1;
    if (articleIds.has(a.id)) fail(`duplicate article id ${a.id}`);
    articleIds.add(a.id);
    byId.set(a.id, a);
    if (!a.id?.startsWith(`${story.id}-`)) fail(`article id ${a.id} must start with the story id`);
    const outlet = outlets.get(a.outlet);
    if (!outlet) fail(`${a.id}: unknown outlet "${a.outlet}"`);
    const slugKey = `${a.outlet}/${a.slug}`;
    if (!/^[a-z0-9-]+$/.test(a.slug ?? '')) fail(`${a.id}: slug must be lowercase ascii words joined by -`);
    if (slugs.has(slugKey)) fail(`${a.id}: slug ${slugKey} used twice`);
    slugs.add(slugKey);
    const t = Date.parse(a.published);
    if (!/Z$/.test(a.published ?? '') || Number.isNaN(t) || t < FIRST || t > LAST) fail(`${a.id}: published must be a UTC ISO time between 2026-10-12 and 2026-11-20`);
    if (a.linkVariant && !VARIANTS.has(a.linkVariant)) fail(`${a.id}: linkVariant "${a.linkVariant}"`);
    if (a.syndicatedFrom) {
      const original = byId.get(a.syndicatedFrom);
      if (!original) fail(`${a.id}: syndicatedFrom must name an earlier article of this story`);
      else if (original.outlet === a.outlet) fail(`${a.id}: a syndicated copy comes from another outlet`);
      else languages.add(original.language);
      if (a.body || a.title) fail(`${a.id}: a syndicated copy carries no title or body of its own`);
      continue;
    }
    if (outlet && a.language !== outlet.language) fail(`${a.id}: language ${a.language} differs from its outlet's ${outlet.language}`);
    languages.add(a.language);
    if (typeof a.title !== 'string' || a.title.length < 8) fail(`${a.id}: title`);
    if (typeof a.author !== 'string') fail(`${a.id}: author`);
    if (typeof a.summary !== 'string' || a.summary.length < 20) fail(`${a.id}: summary`);
    if (!Array.isArray(a.body) || a.body.length < 4) fail(`${a.id}: body needs at least 4 paragraphs`);
    const text = (a.body ?? []).join(' ');
    const size = a.language === 'zh' ? text.replace(/\s/g, '').length / 2 : text.split(/\s+/).length;
    words += size;
    if (size < 180) fail(`${a.id}: body too short (${Math.round(size)} words; Chinese counts 2 characters a word)`);
    if (a.language === 'zh' && /[a-z]{20,}/i.test(text.replace(/\s/g, ''))) fail(`${a.id}: Chinese article reads as English`);
  }
  if ((story.articles ?? []).length === 0) fail('no articles');
  if ((story.articles ?? []).length > 1) multi += 1;
  if (languages.has('en') && languages.has('zh')) bilingual += 1;
  if ((story.articles ?? []).length > 7) fail('at most 7 articles a story');
}

for (const e of errors) console.error(e);
console.log(`${files.length} stories (${multi} multi-source, ${bilingual} bilingual), ${articleCount} articles, ~${Math.round(words)} words`);
process.exit(errors.length > 0 ? 1 : 0);
