/**
 * A small seeded newsroom on a real SQLite file for the web-out tests (feeds, API, admin, digest):
 * three outlets, four stories with verified-looking briefs, one hostile reference to prove escaping.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/adapters/storage/sqlite/sqlite-store.js';
import type { Brief, BriefSentence } from '../../src/domain/brief.js';
import type { Label } from '../../src/domain/story.js';
import type { Logger } from '../../src/ports/logger.js';
import type { StoryWrite } from '../../src/ports/story-store.js';
import type { WebContext } from '../../src/interfaces/web/web-context.js';

export const NOW = '2026-11-20T12:00:00.000Z';
const hoursAgo = (hours: number) => new Date(Date.parse(NOW) - hours * 3_600_000).toISOString();

/** A logger that drops everything. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silentLogger };

/** Story ids of the seeded newsroom. */
export const STORIES = { wide: 'st-wide', narrow: 'st-narrow', old: 'st-old', chinese: 'st-zh' } as const;

const SOURCES = [
  ['ledger', 'The Compute Ledger', 'en'],
  ['gridline', 'Gridline Weekly', 'en'],
  ['suanli', '算力观察', 'zh'],
] as const;

const ARTICLES: [sourceId: string, key: string, title: string, language: string, hours: number, storyId: string][] = [
  ['ledger', 'a-ledger-1', 'Helioscale signs reactor deal', 'en', 3, STORIES.wide],
  ['gridline', 'a-grid-1', 'Helioscale nuclear power purchase', 'en', 2, STORIES.wide],
  ['suanli', 'a-suanli-1', '算力中心签订核电协议', 'zh', 2, STORIES.wide],
  ['ledger', 'a-ledger-2', 'Corvane ships K10 accelerators', 'en', 1, STORIES.narrow],
  // Gridline runs the Ledger's K10 report word for word: a syndicated copy.
  ['gridline', 'a-grid-copy', 'Corvane ships K10 accelerators', 'en', 1, STORIES.narrow],
  ['gridline', 'a-grid-old', 'Old grid story', 'en', 240, STORIES.old],
  ['ledger', 'a-ledger-old', 'Old ledger story', 'en', 240, STORIES.old],
  ['suanli', 'a-suanli-2', '智算中心利用率提升', 'zh', 5, STORIES.chinese],
];

/** Syndicated copies: the copy's id → the id of the article it copies. */
const COPIES: Record<string, string> = { 'a-grid-copy': 'a-ledger-2' };

const label = (kind: Label['kind'], id: string, name: string): Label => ({
  kind,
  id,
  name,
  score: 0.9,
  evidence: [{ articleId: 'a-ledger-1', sentenceId: 'p1s1', text: `Evidence for ${name}.` }],
});
const cite = (text: string, ...articleIds: string[]): BriefSentence => ({
  text,
  citations: articleIds.map((articleId) => ({ articleId, sentenceIds: ['p1s1'] })),
});
const energy = label('board', 'energy-power', 'Energy & Power');
// Evidence that ends a two-sentence quotation carries the sentence that opens it.
const quotedLabel: Label = {
  ...label('audience', 'investors', 'Investors'),
  evidence: [
    {
      articleId: 'a-ledger-2',
      sentenceId: 'p2s2',
      text: 'Investors should watch the ramp,” she said.',
      quotationStart: '“Supply is tight.',
    },
  ],
};

function story(id: string, title: string, labels: Label[], lastHours: number, languages = ['en']): StoryWrite {
  const articleIds = ARTICLES.filter((article) => article[5] === id).map((article) => article[1]);
  return { id, title, firstSeen: hoursAgo(lastHours + 2), lastUpdated: hoursAgo(lastHours), articleIds, outletCount: 0, languages, labels };
}

const STORY_WRITES: StoryWrite[] = [
  {
    ...story(
      STORIES.wide,
      'Helioscale signs nuclear deal',
      [energy, label('tag', 'nuclear', 'Nuclear'), label('region', 'north-america', 'North America')],
      2,
      ['en', 'zh'],
    ),
    // Two of three headlines name Helioscale; one names Atlas Fission, the seller: a side party.
    subjects: [
      { id: 'helioscale', share: 0.667 },
      { id: 'atlas-fission', share: 0.333 },
    ],
  },
  story(STORIES.narrow, 'Corvane ships K10', [label('board', 'chips-hardware', 'Chips & Hardware'), quotedLabel], 1),
  story(STORIES.old, 'Old grid story', [energy], 240),
  story(
    STORIES.chinese,
    '智算中心利用率提升',
    [label('board', 'hyperscalers-cloud', 'Hyperscalers & Cloud'), label('region', 'china', 'China')],
    5,
    ['zh'],
  ),
];

type RefRow = [articleId: string, outlet: string, title: string, url: string | null];

function brief(
  storyId: string,
  sentences: { headline: BriefSentence; hook: BriefSentence; editors: BriefSentence[] },
  refs: RefRow[],
): Brief {
  const references = refs.map(([articleId, outlet, title, url], i) => ({
    n: i + 1,
    articleId,
    outlet,
    title,
    url,
    published: hoursAgo(3),
  }));
  return {
    storyId,
    version: 0,
    engine: 'extractive',
    language: 'en',
    createdAt: hoursAgo(1),
    ...sentences,
    editorsBrief: sentences.editors,
    tldr: {},
    keyTakeaways: [],
    implications: [],
    timeline: [],
    references,
  };
}

const WIDE_REFS: RefRow[] = [
  ['a-ledger-1', 'The Compute Ledger', 'Helioscale signs reactor deal', 'https://ledger.example/a-ledger-1'],
  ['a-grid-1', 'Gridline Weekly', 'Helioscale <script>alert(1)</script> power', 'javascript:alert(1)'],
  ['a-suanli-1', '算力观察', '算力中心签订核电协议', 'https://suanli.example/a-suanli-1'],
];
const wideBrief = (suffix: string) =>
  brief(
    STORIES.wide,
    {
      headline: cite(`Helioscale signs a 500 MW nuclear deal${suffix}`, 'a-ledger-1'),
      // Cited later source first: a digest numbers the line's sources in order all the same.
      hook: cite('The deal covers four reactors <b>by 2030</b>.', 'a-grid-1', 'a-ledger-1'),
      editors: [
        cite('Gridline says power flows from 2029.', 'a-grid-1'),
        cite('算力中心将使用核电。', 'a-suanli-1'),
        cite('An uncited claim.'),
      ],
    },
    WIDE_REFS,
  );
const single = (storyId: string, headline: string, hook: string, editors: string[], ref: RefRow) =>
  brief(storyId, { headline: cite(headline, ref[0]), hook: cite(hook, ref[0]), editors: editors.map((text) => cite(text, ref[0])) }, [ref]);

/** Briefs in the order saved: the widest story gets two versions. */
const BRIEFS: [storyId: string, brief: Brief, groundedShare: number, hours: number][] = [
  [STORIES.wide, wideBrief(''), 0.9, 2],
  [STORIES.wide, wideBrief(' for Texas'), 0.95, 1],
  [
    STORIES.narrow,
    single(
      STORIES.narrow,
      'Corvane ships K10 accelerators',
      'Shipments began on Monday.',
      ['Volume grows next quarter.'],
      ['a-ledger-2', 'The Compute Ledger', 'Corvane ships K10 accelerators', 'https://ledger.example/a-ledger-2'],
    ),
    1,
    1,
  ],
  [
    STORIES.old,
    single(
      STORIES.old,
      'An old grid story',
      'It is old.',
      [],
      ['a-grid-old', 'Gridline Weekly', 'Old grid story', 'https://gridline.example/a-grid-old'],
    ),
    1,
    200,
  ],
  [
    STORIES.chinese,
    {
      ...single(
        STORIES.chinese,
        '智算中心利用率提升',
        '算力利用率达到百分之五十。',
        [],
        ['a-suanli-2', '算力观察', '智算中心利用率提升', 'https://suanli.example/a-suanli-2'],
      ),
      language: 'zh',
    },
    1,
    4,
  ],
];

async function seedSources(store: SqliteStore): Promise<void> {
  for (const [id, name, language] of SOURCES) {
    const region = language === 'zh' ? 'china' : 'north-america';
    await store.sources.add(
      { id, name, feedUrl: `https://${id}.example/feed.xml`, homepage: `https://${id}.example/`, language, region },
      hoursAgo(300),
    );
    const articles = ARTICLES.filter(([sourceId]) => sourceId === id).map(([sourceId, key, title, lang, hours]) => ({
      ...{ id: key, sourceId, itemKey: key, url: `https://${sourceId}.example/${key}`, canonicalUrl: null, title, summary: `${title}.` },
      ...{
        contentHtml: '<p>Body</p><script>alert(1)</script>',
        text: `${title}.`,
        authors: [],
        categories: [],
        language: lang,
        published: hoursAgo(hours),
        updated: null,
      },
    }));
    const outcome = { kind: 'updated' as const, articles, etag: null, lastModified: null, movedTo: null, warning: null };
    await store.commitRefresh({ sourceId: id, checkedAt: hoursAgo(1), nextCheckAt: NOW, outcome });
  }
}

/** Opens a fresh database holding the newsroom. */
export async function openNewsroom(): Promise<{ store: SqliteStore; dir: string; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'gw-newsroom-'));
  const path = join(dir, 'groundwire.db');
  const store = SqliteStore.open(path);
  await seedSources(store);
  const memberships = ARTICLES.map(([, articleId, , , , storyId]) => ({ articleId, storyId, duplicateOf: COPIES[articleId] ?? null }));
  await store.stories.applyUpdate({ at: NOW, memberships, stories: STORY_WRITES, changes: [], state: {} });
  for (const [storyId, stored, share, hours] of BRIEFS) await store.stories.saveBrief(storyId, stored, share, hoursAgo(hours));
  return { store, dir, path };
}

/** A web context over the newsroom with a fixed clock; `site` and others may be overridden. */
export function newsroomContext(store: SqliteStore, extra: Partial<WebContext> = {}): WebContext {
  const status = () => ({ ingesting: false, lastPassAt: null });
  return { store, clock: { now: () => new Date(NOW) }, logger: silentLogger, staleAfterHours: 48, status, ...extra };
}
