import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './load.js';
import { OPTIONS, environmentName } from './schema.js';

const dir = () => mkdtempSync(join(tmpdir(), 'gw-config-'));

describe('loadConfig', () => {
  it('gives defaults with the data directory resolved against the working directory', () => {
    const cwd = dir();
    const config = loadConfig({ env: {}, cwd });
    assert.equal(config.dataDir, join(cwd, 'data'));
    assert.equal(config.port, 8080);
    assert.deepEqual(config.fetchAllow, []);
    assert.ok(Object.isFrozen(config));
  });

  it('layers file, then environment, then command line', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'groundwire.config.json'), JSON.stringify({ port: 9000, logLevel: 'warn', fetchAllow: ['10.0.0.0/8'] }));
    const fromFile = loadConfig({ env: {}, cwd });
    assert.equal(fromFile.port, 9000);
    assert.deepEqual(fromFile.fetchAllow, ['10.0.0.0/8']);
    const fromEnv = loadConfig({ env: { GROUNDWIRE_PORT: '9100', GROUNDWIRE_FETCH_ALLOW: 'feeds.lan, 192.168.0.0/16' }, cwd });
    assert.equal(fromEnv.port, 9100);
    assert.equal(fromEnv.logLevel, 'warn');
    assert.deepEqual(fromEnv.fetchAllow, ['feeds.lan', '192.168.0.0/16']);
    assert.equal(loadConfig({ env: { GROUNDWIRE_PORT: '9100' }, cwd, overrides: { port: '9200' } }).port, 9200);
  });

  it('names the option and where a bad value came from', () => {
    assert.throws(
      () => loadConfig({ env: { GROUNDWIRE_PORT: 'eighty' }, cwd: dir() }),
      (error: Error) => error instanceof ConfigError && /port \(from GROUNDWIRE_PORT\)/.test(error.message),
    );
    const cwd = dir();
    writeFileSync(join(cwd, 'groundwire.config.json'), JSON.stringify({ prot: 1 }));
    assert.throws(() => loadConfig({ env: {}, cwd }), /unknown option\(s\) prot/);
    writeFileSync(join(cwd, 'groundwire.config.json'), '{ not json');
    assert.throws(() => loadConfig({ env: {}, cwd }), /cannot read/);
    assert.throws(() => loadConfig({ env: { GROUNDWIRE_CONFIG: 'missing.json' }, cwd }), /file not found/);
  });

  it('reads a yes/no option from a file boolean or from the text of an environment variable, and refuses other words', () => {
    assert.equal(loadConfig({ env: {}, cwd: dir() }).llmJudge, false);
    assert.equal(loadConfig({ env: { GROUNDWIRE_LLM_JUDGE: 'yes' }, cwd: dir() }).llmJudge, true);
    assert.equal(loadConfig({ env: { GROUNDWIRE_LLM_JUDGE: '0' }, cwd: dir() }).llmJudge, false);
    const cwd = dir();
    writeFileSync(join(cwd, 'groundwire.config.json'), JSON.stringify({ llmJudge: true }));
    assert.equal(loadConfig({ env: {}, cwd }).llmJudge, true);
    assert.throws(
      () => loadConfig({ env: { GROUNDWIRE_LLM_JUDGE: 'maybe' }, cwd: dir() }),
      (error: Error) => error instanceof ConfigError && /llmJudge \(from GROUNDWIRE_LLM_JUDGE\)/.test(error.message),
    );
  });

  it('rejects inconsistent refresh bounds', () => {
    assert.throws(
      () => loadConfig({ env: { GROUNDWIRE_REFRESH_MIN_MINUTES: '500', GROUNDWIRE_REFRESH_MAX_MINUTES: '60' }, cwd: dir() }),
      /refreshMinMinutes/,
    );
  });

  it('names every option GROUNDWIRE_<OPTION> and documents it', () => {
    assert.equal(environmentName('dataDir'), 'GROUNDWIRE_DATA_DIR');
    assert.equal(environmentName('fetchAllow'), 'GROUNDWIRE_FETCH_ALLOW');
    for (const option of Object.values(OPTIONS)) assert.ok(option.doc.length > 10);
  });
});
