import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHostGate } from './host-gate.js';

describe('host gate', () => {
  it('keeps at most N requests in flight per host, and other hosts are not held up', async () => {
    const gate = createHostGate({ concurrency: 2, maxWaitMs: 10_000 });
    let active = 0;
    let peak = 0;
    const run = async (host: string) => {
      const slot = await gate.acquire(host, { delayMs: 0 });
      assert.ok(slot.ok);
      active += 1;
      peak = Math.max(peak, active);
      await sleep(30);
      active -= 1;
      slot.value();
    };
    await Promise.all(Array.from({ length: 6 }, () => run('a.example:443')));
    assert.equal(peak, 2);
    const other = await gate.acquire('b.example:443', { delayMs: 0 });
    assert.ok(other.ok);
  });

  it('spaces request starts on one host by the delay', async () => {
    const gate = createHostGate({ concurrency: 4, maxWaitMs: 10_000 });
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        const slot = await gate.acquire('slow.example:80', { delayMs: 120 });
        starts.push(Date.now());
        if (slot.ok) slot.value();
      }),
    );
    starts.sort((a, b) => a - b);
    assert.ok((starts[1] as number) - (starts[0] as number) >= 110, `gaps ${starts}`);
    assert.ok((starts[2] as number) - (starts[1] as number) >= 110, `gaps ${starts}`);
  });

  it('waits out a short pause after 429, and defers at once during a long one', async () => {
    const gate = createHostGate({ concurrency: 2, maxWaitMs: 1000 });
    gate.holdOff('busy.example:443', Date.now() + 150);
    const started = Date.now();
    const short = await gate.acquire('busy.example:443', { delayMs: 0 });
    assert.ok(short.ok && Date.now() - started >= 140);
    if (short.ok) short.value();
    gate.holdOff('busy.example:443', Date.now() + 120_000);
    const long = await gate.acquire('busy.example:443', { delayMs: 0 });
    assert.equal(!long.ok && long.error.code, 'deferred');
    const cause = !long.ok ? (long.error.cause as { retryAfterSeconds: number }) : null;
    assert.ok(cause && cause.retryAfterSeconds > 100 && cause.retryAfterSeconds <= 120);
  });

  it('defers instead of queueing past the longest wait (a long Crawl-delay)', async () => {
    const gate = createHostGate({ concurrency: 2, maxWaitMs: 500 });
    const first = await gate.acquire('crawl.example:80', { delayMs: 10_000 });
    assert.ok(first.ok);
    first.value();
    const second = await gate.acquire('crawl.example:80', { delayMs: 10_000 });
    assert.equal(!second.ok && second.error.code, 'deferred');
  });

  it('gives up a queued turn when the caller aborts, and frees slots once', async () => {
    const gate = createHostGate({ concurrency: 1, maxWaitMs: 10_000 });
    const held = await gate.acquire('one.example:80', { delayMs: 0 });
    assert.ok(held.ok);
    const controller = new AbortController();
    const waiting = gate.acquire('one.example:80', { delayMs: 0, signal: controller.signal });
    controller.abort();
    assert.equal(((await waiting) as { ok: false; error: { code: string } }).error.code, 'aborted');
    held.value();
    held.value();
    const next = await gate.acquire('one.example:80', { delayMs: 0 });
    assert.ok(next.ok);
    const blocked = gate.acquire('one.example:80', { delayMs: 0 });
    const raced = await Promise.race([blocked.then(() => 'admitted'), sleep(50).then(() => 'waiting')]);
    assert.equal(raced, 'waiting', 'a double release must not open a second slot');
    next.value();
    assert.ok((await blocked).ok);
  });
});
