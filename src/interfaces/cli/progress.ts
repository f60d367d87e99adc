/** A progress display for pipeline passes on stderr, one bar per phase, that also prints in CI (no TTY). */
import cliProgress from 'cli-progress';

export interface Progress {
  update(phase: string, done: number, total: number, label: string): void;
  stop(): void;
}

const TITLES: Record<string, string> = { feeds: 'Feeds    ', articles: 'Articles ', stories: 'Stories  ', briefs: 'Briefs   ' };

/** Creates a progress display; silent when `enabled` is false (e.g. --json). */
export function createProgress(enabled: boolean): Progress {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  let bar: cliProgress.SingleBar | null = null;
  let current = '';
  const start = (phase: string, total: number) => {
    bar?.stop();
    bar = new cliProgress.SingleBar(
      {
        format: `${TITLES[phase] ?? phase} [{bar}] {value}/{total} · {label}`,
        noTTYOutput: true,
        notTTYSchedule: 1000,
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { label: 'starting' });
    current = phase;
  };
  return {
    update(phase, done, total, label) {
      if (phase !== current || !bar) start(phase, Math.max(total, 1));
      bar?.setTotal(Math.max(total, done, 1));
      bar?.update(done, { label });
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
