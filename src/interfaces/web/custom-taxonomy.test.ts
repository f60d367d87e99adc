/** A taxonomy from config (taxonomyFile) names the boards, filters and board routes of the reader. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SqliteStore } from '../../adapters/storage/sqlite/sqlite-store.js';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../../pipeline/classify/index.js';
import { newsroomContext, openNewsroom } from '../../../test/support/newsroom.js';
import { createWebApp } from './app.js';

const QUANTUM: Taxonomy = {
  ...DEFAULT_TAXONOMY,
  boards: [{ ...DEFAULT_TAXONOMY.boards[0]!, id: 'quantum', name: 'Quantum Computing' }],
  tags: [{ ...DEFAULT_TAXONOMY.tags[0]!, id: 'qubits', name: 'Qubits' }],
};

let store: SqliteStore;
let app: ReturnType<typeof createWebApp>;

before(async () => {
  ({ store } = await openNewsroom());
  app = createWebApp({ ...newsroomContext(store), taxonomy: QUANTUM });
});
after(() => store.close());

async function page(path: string): Promise<{ status: number; text: string }> {
  const response = await app.request(`http://localhost${path}`);
  return { status: response.status, text: await response.text() };
}

describe('a configured taxonomy in the reader', () => {
  it('lists its boards in the navigation and leaves out the default ones', async () => {
    const { status, text } = await page('/');
    assert.equal(status, 200);
    const boardBar = /<nav class="board-bar"[\s\S]*?<\/nav>/.exec(text)?.[0] ?? '';
    assert.match(boardBar, /href="\/boards\/quantum"[^>]*>Quantum Computing</);
    assert.doesNotMatch(boardBar, /energy-power/);
  });

  it('serves its boards and answers 404 for a board it does not have', async () => {
    assert.equal((await page('/boards/quantum')).status, 200);
    assert.equal((await page('/boards/energy-power')).status, 404);
  });

  it('offers its tags in the board filters', async () => {
    const { text } = await page('/boards/quantum');
    assert.match(text, /<option value="qubits"[^>]*>#qubits · Qubits</);
  });
});
