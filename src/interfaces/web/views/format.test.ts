import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verificationNote } from './format.js';

describe('verification note', () => {
  it('says every published sentence is verified, and how much of the draft the verifier dropped', () => {
    assert.equal(verificationNote(1), 'every sentence verified against its sources');
    assert.equal(verificationNote(0.97), 'every sentence verified against its sources (3% of the draft dropped as unsupported)');
    assert.equal(verificationNote(0.998), 'every sentence verified against its sources (under 1% of the draft dropped as unsupported)');
    assert.equal(verificationNote(null), '');
  });
});
