import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import Database from 'better-sqlite3';
import { runFeedbackStoreContract } from '../../../../test/contract/feedback-store-contract.js';
import { runStoreContract } from '../../../../test/contract/store-contract.js';
import { runStoryStoreContract } from '../../../../test/contract/story-store-contract.js';
import { MIGRATIONS } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';

const openFile = async () => SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'gw-store-')), 'groundwire.db'));
runStoreContract('SQLite file', openFile);
runStoryStoreContract('SQLite file', openFile);
runFeedbackStoreContract('SQLite file', openFile);

it('SQLite: opens in WAL mode and records the schema version', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'gw-store-')), 'groundwire.db');
  const store = SqliteStore.open(path);
  await store.close();
  const db = new Database(path, { readonly: true });
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  db.close();
});

it('SQLite: refuses a database written by a newer Groundwire', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'gw-store-')), 'groundwire.db');
  const db = new Database(path);
  db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
  db.close();
  assert.throws(() => SqliteStore.open(path), /newer than this Groundwire/);
});

it('SQLite: a failing write inside a refresh leaves nothing half-written', async () => {
  const store = SqliteStore.open(':memory:');
  const source = await store.sources.add({ name: 'A', feedUrl: 'https://a.example/feed' }, '2026-11-20T10:00:00Z');
  const good = {
    id: 'a1',
    sourceId: source.id,
    itemKey: 'one',
    url: null,
    canonicalUrl: null,
    title: 'One',
    summary: null,
    contentHtml: null,
    text: null,
    authors: [],
    categories: [],
    language: null,
    published: null,
    updated: null,
  };
  // The second article reuses the first one's primary key under another item key: the insert fails mid-refresh.
  const clash = { ...good, itemKey: 'two' };
  await assert.rejects(
    store.commitRefresh({
      sourceId: source.id,
      checkedAt: '2026-11-20T10:00:00Z',
      nextCheckAt: '2026-11-20T11:00:00Z',
      outcome: { kind: 'updated', articles: [good, clash], etag: '"e"', lastModified: null, movedTo: null, warning: null },
    }),
  );
  assert.equal(await store.articles.count(), 0);
  const after = await store.sources.get(source.id);
  assert.equal(after?.validators.etag, null, 'validators roll back with the articles');
  assert.equal(after?.health.lastCheckAt, null);
  await store.close();
});
