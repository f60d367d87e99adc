import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { describe, it } from 'node:test';
import { createAddressGuard } from './address-guard.js';
import { RefusedAddressError, type Resolver, guardedLookup } from './guarded-lookup.js';

// A fake DNS: names map to fixed answers, so no record has to exist and no query leaves the machine.
const records: Record<string, LookupAddress[]> = {
  'public.example': [
    { address: '93.184.216.34', family: 4 },
    { address: '2606:2800:220:1::1', family: 6 },
  ],
  'private.example': [{ address: '10.0.0.7', family: 4 }],
  'rebind.example': [
    { address: '93.184.216.34', family: 4 },
    { address: '127.0.0.1', family: 4 },
  ],
  'metadata.example': [{ address: '169.254.169.254', family: 4 }],
  'mapped.example': [{ address: '::ffff:192.168.0.1', family: 6 }],
  'empty.example': [],
};
const resolver: Resolver = (hostname, callback) => {
  const answer = records[hostname];
  if (answer) return callback(null, answer);
  callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
};

function lookup(hostname: string, options: { family?: number; all?: boolean } = {}, allow: string[] = []) {
  return new Promise<{ error: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family?: number | undefined }>((resolve) =>
    guardedLookup(createAddressGuard(allow), resolver)(hostname, options, (error, address, family) => resolve({ error, address, family })),
  );
}

describe('guarded lookup', () => {
  for (const name of ['private.example', 'rebind.example', 'metadata.example', 'mapped.example']) {
    it(`refuses ${name}, whose answer holds an internal address`, async () => {
      const { error } = await lookup(name);
      assert.ok(error instanceof RefusedAddressError);
      assert.match(error.message, new RegExp(`^${name.replace('.', '\\.')} resolves to `));
    });
  }

  it('passes a public answer on, as one address or all of them', async () => {
    assert.deepEqual(await lookup('public.example'), { error: null, address: '93.184.216.34', family: 4 });
    const all = await lookup('public.example', { all: true });
    assert.equal((all.address as LookupAddress[]).length, 2);
    assert.deepEqual(await lookup('public.example', { family: 6 }), { error: null, address: '2606:2800:220:1::1', family: 6 });
  });

  it('lets an allow-listed range through', async () => {
    assert.deepEqual(await lookup('private.example', {}, ['10.0.0.0/24']), { error: null, address: '10.0.0.7', family: 4 });
  });

  it('reports unknown names and empty answers as not found', async () => {
    assert.equal((await lookup('missing.example')).error?.code, 'ENOTFOUND');
    assert.equal((await lookup('empty.example')).error?.code, 'ENOTFOUND');
  });
});
