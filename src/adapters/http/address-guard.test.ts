import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAddressGuard } from './address-guard.js';

describe('address guard', () => {
  const guard = createAddressGuard([]);
  const internal = {
    loopback: ['127.0.0.1', '127.5.6.7', '::1'],
    private: ['10.1.2.3', '172.16.0.1', '192.168.1.1', 'fc00::1', 'fd12:3456::1'],
    'link-local (cloud metadata)': ['169.254.169.254', 'fe80::1'],
    CGNAT: ['100.64.0.1', '100.127.255.254'],
    multicast: ['224.0.0.1', '239.255.255.250', 'ff02::1'],
    'reserved and special': [
      '0.0.0.0',
      '0.1.2.3',
      '255.255.255.255',
      '240.0.0.1',
      '192.0.2.1',
      '198.18.0.1',
      '192.0.0.8',
      '2001:db8::1',
      '::',
      '100::1',
    ],
    'IPv4-mapped and embedding IPv6': [
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '::ffff:169.254.169.254',
      '[::ffff:7f00:1]',
      '::127.0.0.1',
      '64:ff9b::127.0.0.1',
      '64:ff9b::a00:1',
      '2002:7f00:1::',
      '2001::1',
    ],
  };
  for (const [kind, addresses] of Object.entries(internal)) {
    it(`refuses ${kind}: ${addresses.join(', ')}`, () => {
      for (const address of addresses) assert.notEqual(guard.refusal(address), null, address);
    });
  }

  it('allows public unicast, including NAT64 of a public IPv4 address', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808']) {
      assert.equal(guard.refusal(address), null, address);
    }
  });

  it('says why in words', () => {
    assert.match(guard.refusal('169.254.169.254') ?? '', /169\.254\.169\.254 is a linkLocal address/);
    assert.match(guard.refusal('::ffff:127.0.0.1') ?? '', /127\.0\.0\.1 is a loopback address/);
    assert.match(guard.refusal('not-an-ip') ?? '', /not an IP address/);
  });

  it('lets allow-listed ranges, addresses and hosts through', () => {
    const allowing = createAddressGuard(['10.0.0.0/8', 'feeds.internal', '::1', '[fd00::5]', ' ', 'Intranet.Example.']);
    assert.equal(allowing.refusal('10.20.30.40'), null);
    assert.equal(allowing.refusal('::ffff:10.20.30.40'), null);
    assert.equal(allowing.refusal('::1'), null);
    assert.equal(allowing.refusal('fd00::5'), null);
    assert.equal(allowing.allowsAddress('10.9.9.9'), true);
    assert.equal(allowing.allowsAddress('192.168.0.1'), false);
    assert.notEqual(allowing.refusal('192.168.0.1'), null);
    assert.equal(allowing.allowsHost('FEEDS.internal'), true);
    assert.equal(allowing.allowsHost('feeds.internal.'), true);
    assert.equal(allowing.allowsHost('intranet.example'), true);
    assert.equal(allowing.allowsHost('other.internal'), false);
  });
});
