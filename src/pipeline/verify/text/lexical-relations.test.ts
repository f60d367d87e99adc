import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lemmasOf, lexicallySupported, relatedStems, sameModifier } from './lexical-relations.js';
import { stem } from './stem.js';
import { sensesOf, synsetAt } from './wordnet.js';

const stems = (...words: string[]): Set<string> => new Set(words.map((word) => stem(word)));

test('WordNet is read by lemma and offset', () => {
  const [first] = sensesOf('acquire', 'v');
  assert.ok(first !== undefined);
  assert.ok(synsetAt(first, 'v').words.includes('acquire'));
  assert.deepEqual(sensesOf('no_such_lemma_here', 'n'), []);
});

test('inflected and irregular forms find their lemmas', () => {
  assert.ok(lemmasOf('brought').some(([lemma, pos]) => lemma === 'bring' && pos === 'v'));
  assert.ok(lemmasOf('planned').some(([lemma]) => lemma === 'plan'));
  assert.ok(lemmasOf('companies').some(([lemma, pos]) => lemma === 'company' && pos === 'n'));
});

test('synonyms and derived forms support each other both ways', () => {
  assert.ok(lexicallySupported('bought', stems('purchased')));
  assert.ok(lexicallySupported('acquired', stems('acquisition')));
  assert.ok(lexicallySupported('halted', stems('stopped')));
});

test('antonyms and function words never relate', () => {
  assert.ok(!lexicallySupported('widened', stems('narrowed')));
  assert.ok(!lexicallySupported('rose', stems('fell')));
  assert.ok(![...relatedStems('water').keys()].some((related) => related.length < 3));
});

test('a word that can only be a noun relates nothing', () => {
  assert.ok(!lexicallySupported('securities', stems('protection')));
});

test('a comparative, an adverb and their adjective are one modifier', () => {
  assert.ok(sameModifier('slowly', ['was', 'slower', 'to', 'recover']));
  assert.ok(sameModifier('quietly', ['a', 'quiet', 'launch']));
  assert.ok(!sameModifier('quickly', ['was', 'slower', 'to', 'recover']));
  assert.ok(!sameModifier('launch', ['a', 'quiet', 'launch']));
});
