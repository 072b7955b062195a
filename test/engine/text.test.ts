import { describe, expect, it } from 'vitest';
import { PHRASES, prepareText, splitWords, withPhraseMemo } from '../../src/engine/text.js';
import { realKnowledgeEngine } from '../helpers.js';

/** Every phrase rule applied to every text, with no shortcut: what `splitWords` must equal. */
const allRules = (value: string) => {
  let text = prepareText(value);
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
};

const corpus = [
  ...realKnowledgeEngine().knowledge.qa.flatMap((e) => [e.question, ...e.alternates, e.answer]),
  ...[...(realKnowledgeEngine().knowledge.examples?.values() ?? [])].flat(),
  ...(realKnowledgeEngine().knowledge.outOfScope ?? []),
  'Cyber Reason said the U.S. phone companies are still going on, tl;dr?',
  'how much does cybereason charge 🙃 — explain to me',
];

describe('splitWords', () => {
  it('skips the phrase rules only where none would match (same words as applying them all)', () => {
    let rewritten = 0;
    for (const text of corpus) {
      const expected = allRules(text);
      if (expected.join(' ') !== (prepareText(text).match(/[\p{L}\p{N}]+/gu) ?? []).join(' '))
        rewritten++;
      expect(splitWords(text), text).toEqual(expected);
    }
    // The corpus exercises the rules, not only the shortcut.
    expect(rewritten).toBeGreaterThan(50);
  });

  it('gives the same words inside a build memo, shared and frozen', () => {
    withPhraseMemo(() => {
      for (const text of corpus.slice(0, 200)) {
        const first = splitWords(text);
        expect(() => (first as string[]).push('mutated')).toThrow(TypeError);
        expect(splitWords(text)).toBe(first);
        expect(splitWords(text)).toEqual(allRules(text));
      }
    });
  });
});
