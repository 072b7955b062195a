import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/engine/engine.js';
import { consonantSkeleton, typoDistance } from '../../src/engine/vocabulary.js';
import { realKnowledgeEngine } from '../helpers.js';

const engine = realKnowledgeEngine();
const entryOf = (result: AskResult) =>
  result.status === 'answered' && result.kind === 'entry' ? result.entry.id : result.status;
const termsOf = (question: string) => engine.explain(question).terms.map((t) => t.term);
const kindOf = (question: string, word: string) =>
  engine.explain(question).terms.find((t) => t.word === word)?.kind;

describe('typo distance', () => {
  it('charges half an edit for a doubled or undoubled letter', () => {
    expect(typoDistance('tols', 'tools', 2)).toBe(0.5);
    expect(typoDistance('tols', 'told', 2)).toBe(1);
    expect(typoDistance('stilll', 'still', 2)).toBe(0.5);
  });

  it('keeps the consonants of a word whose vowels are misspelt', () => {
    expect(consonantSkeleton('artical')).toBe(consonantSkeleton('article'));
    expect(consonantSkeleton('tols')).toBe(consonantSkeleton('tools'));
    expect(consonantSkeleton('tols')).not.toBe(consonantSkeleton('told'));
  });
});

describe('typo repair', () => {
  it('reads a misspelt filler word as filler, not as a rare name', () => {
    expect(termsOf('was the hacking acutally chinese')).toEqual(termsOf('was the hacking chinese'));
    expect(termsOf('is there anythign on the ministry')).toEqual(termsOf('is there the ministry'));
    expect(termsOf('i gues the carriers were hacked')).toEqual(termsOf('the carriers were hacked'));
  });

  it('reads an apostrophe-less contraction as the contraction', () => {
    expect(termsOf('shouldnt the carriers notice')).toEqual(
      termsOf("shouldn't the carriers notice"),
    );
  });

  it('repairs a misspelt everyday word in a longer word to that word', () => {
    expect(kindOf('were the attackers reguler criminals', 'regular')).toBeDefined();
  });

  it('prefers the word a doubled-letter slip stands for when two are one edit away', () => {
    expect(termsOf('which tols got used')).toContain('tool');
  });

  it('repairs two slips when the letters are all there or only vowels differ', () => {
    expect(termsOf('is beijing awear of it')).toEqual(termsOf('is beijing aware of it'));
    expect(termsOf('which artical names the ministry')).toEqual(
      termsOf('which names the ministry'),
    );
  });

  it('leaves a short unknown name alone rather than read it as an everyday word', () => {
    expect(kindOf('did they hit acer', 'acer')).toBe('rare');
    expect(kindOf('did they hit sony', 'sony')).toBe('rare');
  });

  it('reads the question shape after repair, as if spelt right', () => {
    expect(entryOf(engine.ask('summerize the soft cell findings'))).toBe(
      entryOf(engine.ask('summarize the soft cell findings')),
    );
    expect(entryOf(engine.ask('summarize the soft cell findings'))).not.toBe('no_match');
  });

  it('splits words typed together when both halves are real and one is a function word', () => {
    expect(termsOf('how long were they inthe networks')).toEqual(
      termsOf('how long were they in the networks'),
    );
    expect(termsOf('was huawei partof this')).toEqual(termsOf('was huawei part of this'));
    expect(kindOf('did they hit vodafone', 'vodafone')).not.toBe('common');
  });

  it('repairs a three-letter function word typed with letters swapped, and nothing else short', () => {
    expect(termsOf('who was behind teh hack')).toEqual(termsOf('who was behind the hack'));
    expect(termsOf('adn who did it')).toEqual(termsOf('and who did it'));
    expect(kindOf('did they hit zte', 'zte')).toBe('rare');
  });
});
