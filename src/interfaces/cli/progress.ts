/** A progress display for ingestion on stderr that also prints in CI (no TTY). */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, label: string): void;
  stop(): void;
}

/** Creates a progress bar; silent when `enabled` is false (e.g. --json). */
export function createProgress(enabled: boolean, title: string): Progress {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: `${title} [{bar}] {value}/{total} sources · {label}`, noTTYOutput: true, notTTYSchedule: 1000, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, label) {
      if (!started) {
        bar.start(total, 0, { label: 'starting' });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { label });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
