/** Starts nginx on a free loopback port serving given files, with a minimal config in a temp directory. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface StaticServer {
  url: string;
  stop(): Promise<void>;
}

/** Returns a port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function config(dir: string, port: number, workers: number): string {
  // Access logging off and keep-alive on: nginx's fastest static path, the ceiling we compare against.
  return `worker_processes ${workers};
daemon on;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    charset utf-8;
    location = / { try_files /index.html =404; }
  }
}
`;
}

/** Writes `files` (URL path → bytes) and serves them with `workers` nginx worker processes. */
export async function startNginx(files: Record<string, Buffer>, workers: number): Promise<StaticServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gw-bench-nginx-'));
  // nginx workers run as an unprivileged user: they must be able to enter the directory and read the files.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'www'));
  mkdirSync(path.join(dir, 'tmp'));
  for (const [urlPath, bytes] of Object.entries(files)) {
    const file = path.join(dir, 'www', urlPath === '/' ? 'index.html' : urlPath.slice(1));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes, { mode: 0o644 });
  }
  const port = await freePort();
  writeFileSync(path.join(dir, 'nginx.conf'), config(dir, port, workers));
  const started = spawnSync('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-e', path.join(dir, 'error.log')], {
    encoding: 'utf8',
  });
  if (started.status !== 0)
    throw new Error(`bench:web: nginx did not start: ${started.stderr || started.error?.message} (install it with: apt-get install nginx)`);
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      // SIGQUIT is nginx's graceful stop; only the master we started is signalled, by its pid file.
      const pid = Number(readFileSync(path.join(dir, 'nginx.pid'), 'utf8'));
      process.kill(pid, 'SIGQUIT');
      for (let i = 0; i < 50; i += 1) {
        try {
          process.kill(pid, 0);
          await new Promise((resolve) => setTimeout(resolve, 100));
        } catch {
          break;
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
