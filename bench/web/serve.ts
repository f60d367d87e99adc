/**
 * The server under test for bench:web: the web app over an existing data directory, in its own
 * process and without the scheduler, so no background pipeline pass competes with the load.
 * Prints "listening <url>" once ready; stops on SIGTERM.
 */
import { loadConfig } from '../../src/config/load.js';
import { buildServices } from '../../src/main.js';
import { startWebServer } from '../../src/interfaces/web/server.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: serve.ts <data-dir>');
const services = await buildServices(loadConfig({ env: { GROUNDWIRE_DATA_DIR: dataDir, GROUNDWIRE_LOG_LEVEL: 'warn' } }));
const status = () => ({ ingesting: false, lastPassAt: null });
const context = {
  store: services.store,
  clock: services.clock,
  logger: services.logger,
  staleAfterHours: 48,
  status,
  http: services.http,
  site: services.site,
  dataVersion: services.dataVersion,
};
const web = await startWebServer(context, '127.0.0.1', 0);
process.stdout.write(`listening ${web.url}\n`);
process.once('SIGTERM', () => {
  void web.close().then(() => services.close());
});
