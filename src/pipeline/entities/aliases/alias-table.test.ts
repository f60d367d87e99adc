import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { foldHanCode } from '../han-fold.js';
import { COMPANY_HOMES } from './company-homes.js';
import { ALIAS_TABLE } from './index.js';

const fold = (text: string): string => String.fromCharCode(...[...text].map((char) => foldHanCode(char.charCodeAt(0))));
const HAN = /\p{Script=Han}/u;

describe('alias table', () => {
  it('has at least 300 entries across every kind', () => {
    assert.ok(ALIAS_TABLE.length >= 300, `only ${ALIAS_TABLE.length} entries`);
    for (const kind of ['company', 'person', 'product', 'place', 'institution', 'other']) {
      assert.ok(
        ALIAS_TABLE.some((entry) => entry.kind === kind),
        `no ${kind}`,
      );
    }
  });

  it('uses unique slug ids and names parents that exist', () => {
    const ids = new Set<string>();
    for (const entry of ALIAS_TABLE) {
      assert.match(entry.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, entry.id);
      assert.ok(!ids.has(entry.id), `duplicate id ${entry.id}`);
      ids.add(entry.id);
    }
    for (const entry of ALIAS_TABLE) if (entry.parent) assert.ok(ids.has(entry.parent), `${entry.id} → missing parent ${entry.parent}`);
  });

  it('places every listed company at a place of the table, and only companies', () => {
    const byId = new Map(ALIAS_TABLE.map((entry) => [entry.id, entry]));
    for (const [company, home] of COMPANY_HOMES) {
      assert.equal(byId.get(company)?.kind, 'company', `${company} is not a company of the table`);
      assert.equal(byId.get(company)?.home, home, company);
      assert.equal(byId.get(home)?.kind, 'place', `${company}'s home ${home} is not a place of the table`);
    }
    assert.ok(ALIAS_TABLE.every((entry) => entry.home === undefined || entry.kind === 'company'));
  });

  it('gives no full alias to two entities', () => {
    const owner = new Map<string, string>();
    for (const entry of ALIAS_TABLE) {
      const short = new Set(entry.short ?? []);
      for (const alias of [entry.name, ...entry.aliases, ...entry.zh].filter((a) => !short.has(a))) {
        const key = HAN.test(alias) ? fold(alias) : alias.toLowerCase();
        const previous = owner.get(key);
        assert.ok(previous === undefined || previous === entry.id, `"${alias}" names both ${previous} and ${entry.id}`);
        owner.set(key, entry.id);
      }
    }
  });

  it('folds every traditional spelling onto a simplified one of the same entry', () => {
    for (const entry of ALIAS_TABLE) {
      const folded = new Set(entry.zh.map(fold));
      for (const name of entry.zh) assert.ok(folded.has(fold(name)), name);
    }
    const faf = ALIAS_TABLE.find((entry) => entry.id === 'faf')!;
    assert.equal(fold('福爾摩沙先進製造'), fold(faf.zh[0]!));
    assert.equal(fold('晶觀研究'), '晶观研究');
  });

  it('carries the Chinese names the demo notes give for their entities', () => {
    const zh = new Set(ALIAS_TABLE.flatMap((entry) => entry.zh.map(fold)));
    const notes = ['ch', 'cl', 'en', 'fd', 'md', 'po', 'wf'].map((name) =>
      readFileSync(new URL(`../../../../demo/notes/${name}.md`, import.meta.url), 'utf8'),
    );
    const missing: string[] = [];
    for (const note of notes) {
      // Table rows "English | 中文 | what it is", list items "English — 中文 — what" and "**English** (中文)".
      for (const match of note.matchAll(/^\|?\s*[^|\n]+?\s*\|\s*([^|\n]*\p{Script=Han}[^|\n]*?)\s*\|/gmu))
        missing.push(...check(match[1]!, zh));
      for (const match of note.matchAll(/^- \*{0,2}[^—\n]+?\*{0,2} — ([^—\n]*\p{Script=Han}[^—\n]*?) —/gmu))
        missing.push(...check(match[1]!, zh));
      for (const match of note.matchAll(/^- \*\*[^*\n]+\*\* \(([^)\n]*\p{Script=Han}[^)\n]*)\)/gmu)) missing.push(...check(match[1]!, zh));
    }
    assert.deepEqual(missing, []);
  });
});

// A notes cell may hold "晶觀研究 / 晶观研究" or "哈尔登存储清州HBM工厂"; each Chinese name must be in the table.
function check(cell: string, zh: Set<string>): string[] {
  return cell
    .split(/[/／（）()]|繁體[:：]|繁体[:：]/)
    .map((part) => part.replace(/^[\s:：]+|[\s。]+$/g, ''))
    .filter((part) => HAN.test(part) && part.length >= 2 && !/旗下|的|是|同一|由/.test(part))
    .filter((part) => !zh.has(fold(part)));
}
