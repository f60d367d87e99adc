import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sniffBody } from './detect-format.js';

describe('sniffBody', () => {
  it('tells JSON, XML, HTML, text and empty bodies apart', () => {
    const cases: Array<[Buffer | string, string]> = [
      ['', 'empty'],
      [Buffer.from([0xef, 0xbb, 0xbf, 0x20]), 'empty'],
      ['  {"version": "1"}', 'json'],
      ['<?xml version="1.0"?>\n<!-- hi -->\n<rss/>', 'xml'],
      [Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('<feed/>')]), 'xml'],
      ['<!DOCTYPE html><html><body/></html>', 'html'],
      ['<!-- x --><html lang="en">', 'html'],
      ['Warning: something failed\n<?xml version="1.0"?><rss/>', 'xml'],
      ['hello there', 'text'],
    ];
    for (const [body, kind] of cases) assert.equal(sniffBody(body), kind, String(body));
  });
});
