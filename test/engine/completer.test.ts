import { describe, expect, it } from 'vitest';
import { QuestionCompleter } from '../../src/engine/completer.js';
import { realKnowledgeEngine } from '../helpers.js';

const qa = realKnowledgeEngine().knowledge.qa;
const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

describe('QuestionCompleter', () => {
  // fullScanUpTo 0: the prefix index picks the candidates even on the real knowledge base.
  const indexed = new QuestionCompleter(qa, 0);
  const scanning = new QuestionCompleter(qa);

  it('completes a question from its first characters', () => {
    const question = qa.find((e) => e.id === 'how-many-carriers')?.question ?? '';
    expect(question.length).toBeGreaterThan(8);
    expect(ids(indexed.complete(question.slice(0, 8), 25))).toContain('how-many-carriers');
  });

  it('matches a question with a word starting with every typed word, in any order', () => {
    const question = qa.find((e) => e.id === 'what-is-apt10')?.question ?? '';
    expect(question.toLowerCase()).toContain('apt10');
    expect(ids(indexed.complete('apt1', 25))).toContain('what-is-apt10');
    // Every suggestion has a word starting with each typed word.
    for (const entry of indexed.complete('hack car', 25)) {
      const words = entry.question.toLowerCase().split(/[^\p{L}\p{N}]+/u);
      expect(words.some((w) => w.startsWith('hack'))).toBe(true);
      expect(words.some((w) => w.startsWith('car'))).toBe(true);
    }
  });

  it('returns nothing rather than everything when nothing fits', () => {
    expect(indexed.complete('zzqx', 25)).toEqual([]);
    expect(indexed.complete('', 25)).toEqual([]);
  });

  it('agrees with a full Fuse scan on what it finds by prefix', () => {
    for (const entry of qa.slice(0, 20)) {
      const typed = entry.question.slice(0, 12);
      expect(ids(indexed.complete(typed, 25))).toContain(entry.id);
      expect(ids(scanning.complete(typed, 25))).toContain(entry.id);
    }
  });

  it('honours the limit', () => {
    expect(indexed.complete('w', 3)).toHaveLength(3);
    expect(scanning.complete('w', 3)).toHaveLength(3);
  });
});
