/**
 * The demo newsroom's publisher in a process of its own for bench:web's run during a pipeline pass, so
 * serving feeds and pages to the pass costs neither the server under test nor the load client.
 * Prints "publisher <url> <allow-entry>"; stops on SIGTERM.
 */
import path from 'node:path';
import { loadDemoCorpus } from '../../src/demo/corpus.js';
import { startPublisher } from '../../src/demo/publisher.js';

const publisher = await startPublisher(loadDemoCorpus(path.resolve(import.meta.dirname, '../../demo')), 0);
process.stdout.write(`publisher ${publisher.url} ${publisher.allowEntry}\n`);
process.once('SIGTERM', () => void publisher.close());
