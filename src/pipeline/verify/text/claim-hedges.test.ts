import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { checkModality } from '../checks/modality.js';
import { checkTargets } from '../checks/swaps.js';
import { claimHedges } from './claim-hedges.js';

const evidenceOf = (text: string): Evidence => {
  const analysis = analyseText(text, 'en', '2026-11-01');
  return {
    analyses: [analysis],
    cited: [{ article: { published: '2026-11-01T00:00:00Z' }, analysis }],
    englishText: text.toLowerCase(),
    chineseText: '',
    stems: analysis.stems,
    context: { text: '', entities: [] },
  } as unknown as Evidence;
};
const claimOf = (text: string) => analyseText(text, 'en', '2026-11-01');
const modality = (claim: string, source: string): string[] => checkModality(claimOf(claim), evidenceOf(source));

describe('claim hedges: a hedge kept in the claim own words', () => {
  it('keeps a plan a plan whatever form the claim gives it', () => {
    const source = 'Atlas plans to build six reactors in Idaho and Wyoming.';
    assert.deepEqual(modality('Atlas signed for six reactors to be built in Idaho and Wyoming.', source), []);
    assert.deepEqual(modality('Atlas plans six reactors in Idaho and Wyoming.', source), []);
    assert.match(modality('Atlas built six reactors in Idaho and Wyoming.', source).join(), /certainty where the source hedges/);
  });

  it('keeps a claim a claim, but a report keeps no doubt', () => {
    const source = 'The group claimed to have taken 410 gigabytes of data.';
    assert.deepEqual(modality('The group posted a notice claiming to hold 410 GB of data.', source), []);
    assert.match(modality('The group took 410 GB of data.', source).join(), /certainty where the source hedges/);
    assert.match(modality('Parallax claimed it is profitable.', 'Parallax did not disclose whether it is profitable.').join(), /certainty/);
  });

  it('reads a marker after a determiner as a noun, and a plan word before its figure as governing nothing behind it', () => {
    assert.deepEqual(
      claimHedges(claimOf('Taipower lowered its forecast for growth.')).map((marker) => marker.family),
      [],
    );
    assert.deepEqual(claimHedges(claimOf('Tessera will deploy engines in the cluster it plans for 2028.'))[0]?.scope, ['for', '2028']);
  });

  it('keeps an estimated figure a target when the claim says it was flagged or guided', () => {
    const source = 'Halden raised its capital expenditure to $14 billion from an earlier estimate of about $11 billion.';
    assert.deepEqual(
      checkTargets(claimOf('Halden lifted spending to $14 billion from the $11 billion it had flagged in July.'), evidenceOf(source)),
      [],
    );
    assert.match(checkTargets(claimOf('Halden spent $11 billion in July.'), evidenceOf(source)).join(), /target or estimate/);
  });

  it('lets a goal word keep a plan, never a guess', () => {
    const guess = 'Stratos said it would honour existing agreements, a commitment that may become a formal remedy.';
    assert.match(modality("Stratos's pledge to honour existing agreements will become a formal remedy.", guess).join(), /certainty/);
    const plan = 'Verdant expects to start construction in February 2027.';
    assert.deepEqual(
      modality('Verdant will build the battery, starting construction in February 2027 and aiming for September.', plan),
      [],
    );
  });

  it('takes a prediction inside a hedge as the hedged thing', () => {
    const source = 'She said other firms that let AI tools act on internal systems should assume the same trick will be tried on them.';
    assert.match(
      modality('Other firms that let AI tools act on internal systems will be hit by the same trick.', source).join(),
      /certainty/,
    );
    assert.deepEqual(modality('She said firms that let AI tools act on internal systems should expect the same trick.', source), []);
  });
});
