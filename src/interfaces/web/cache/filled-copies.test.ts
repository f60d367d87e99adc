import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FilledCopies, copyBudget } from './filled-copies.js';

const page = ['<p>one</p><input value="', '"><input value="', '"></body>'].map((part) => Buffer.from(part));
const expected = (token: string) => `<p>one</p><input value="${token}"><input value="${token}"></body>`;

describe('filled copies of a cached page', () => {
  it("puts the reader's token in every slot and reuses a copy once it is given back", () => {
    const copies = new FilledCopies(page, 4, copyBudget(1024));
    const first = copies.take('AAAA');
    assert.equal(first?.toString(), expected('AAAA'));
    const second = copies.take('BBBB');
    assert.notEqual(second, first, 'a copy still being sent is never handed out again');
    assert.equal(first?.toString(), expected('AAAA'));
    copies.give(first as Buffer);
    const third = copies.take('CCCC');
    assert.equal(third, first);
    assert.equal(third?.toString(), expected('CCCC'));
  });

  it('refuses a token of another length, and any copy past the shared budget until a page releases its share', () => {
    const budget = copyBudget(Buffer.concat(page).byteLength + 8);
    const a = new FilledCopies(page, 4, budget);
    const b = new FilledCopies(page, 4, budget);
    assert.equal(a.take('TOOLONG'), null);
    assert.ok(a.take('AAAA'));
    assert.equal(b.take('BBBB'), null, 'the budget holds one copy');
    a.release();
    assert.equal(b.take('BBBB')?.toString(), expected('BBBB'));
  });
});
