/** Use case: one ingestion pass over sources, a few at a time, reporting progress. */
import type { Source } from '../domain/source.js';
import { type RefreshDependencies, type RefreshResult, refreshSource } from './refresh-source.js';

export interface IngestOptions {
  concurrency: number;
  /** Only sources whose next check is due; false refreshes every enabled source. */
  dueOnly: boolean;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, result: RefreshResult) => void;
}

/** Refreshes sources; stops taking new ones when the signal aborts and lets in-flight ones finish. */
export async function ingest(deps: RefreshDependencies, options: IngestOptions): Promise<RefreshResult[]> {
  const now = deps.clock.now().toISOString();
  const sources: Source[] = options.dueOnly
    ? await deps.store.sources.listDue(now)
    : (await deps.store.sources.list()).filter((source) => source.enabled);
  const results: RefreshResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < sources.length && !options.signal?.aborted) {
      const source = sources[next] as Source;
      next += 1;
      const result = await refreshSource(deps, source, options.signal);
      results.push(result);
      options.onProgress?.(results.length, sources.length, result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, sources.length)) }, worker));
  return results;
}
