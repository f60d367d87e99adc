/**
 * Load generators: wrk for throughput (closed loop, as many requests as the server answers), and an
 * open-loop client for latency at a fixed rate. wrk2 is not in Debian, so the fixed rate is a Node
 * client that sends on a schedule and times each request from when it was due, not from when it was
 * sent: a slow answer delays nothing else, and queueing shows in the percentiles (no coordinated omission).
 */
import { spawnSync } from 'node:child_process';
import http from 'node:http';

export interface Throughput {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
}

export interface FixedRate {
  targetRate: number;
  achievedRate: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  /** What the failed requests got: an HTTP status or a socket error code, with counts. */
  failures: Record<string, number>;
}

function toMs(value: string, unit: string): number {
  return Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? Number.NaN);
}

/** Runs wrk with `--latency` and reads requests/s, the 99th percentile and error counts. */
export function runWrk(url: string, options: { threads: number; connections: number; seconds: number }): Throughput {
  const result = spawnSync(
    'wrk',
    ['-t', String(options.threads), '-c', String(options.connections), '-d', `${options.seconds}s`, '--latency', url],
    { encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(`bench:web: wrk failed: ${result.stderr || result.error?.message} (install it with: apt-get install wrk)`);
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(result.stdout);
  const p99 = /\s99%\s+([\d.]+)(us|ms|s)\b/.exec(result.stdout);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(result.stdout);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(result.stdout);
  if (!rate || !p99) throw new Error(`bench:web: cannot read wrk output:\n${result.stdout}`);
  const errors = (socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0) + Number(non2xx?.[1] ?? 0);
  return { requestsPerSecond: Number(rate[1]), p99Ms: toMs(p99[1] as string, p99[2] as string), errors };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Sends one GET; resolves with the time from `due` to the end of the answer, or what went wrong. */
function timedGet(url: string, agent: http.Agent, due: number): Promise<number | string> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode === 200 ? performance.now() - due : `HTTP ${response.statusCode}`));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

/** Sends `rate` requests per second for `seconds` (or until `stop` returns true), open loop, and reports latency percentiles. */
export async function runFixedRate(url: string, rate: number, seconds: number, stop?: () => boolean): Promise<FixedRate> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let total = rate * seconds;
  const start = performance.now();
  const pending: Promise<number | string>[] = [];
  while (pending.length < total) {
    if (stop?.()) total = pending.length;
    const now = performance.now();
    // Send everything that has fallen due (timers fire late under load; the schedule does not drift).
    while (pending.length < total && start + (pending.length * 1000) / rate <= now)
      pending.push(timedGet(url, agent, start + (pending.length * 1000) / rate));
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const results = await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = results.filter((ms): ms is number => typeof ms === 'number').sort((a, b) => a - b);
  const failures: Record<string, number> = {};
  for (const failure of results.filter((result): result is string => typeof result === 'string'))
    failures[failure] = (failures[failure] ?? 0) + 1;
  return {
    targetRate: rate,
    achievedRate: sorted.length / elapsed,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? Number.NaN,
    errors: total - sorted.length,
    failures,
  };
}
