import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, halfOf, loadEvalSet, unknownExpectations } from '../src/eval/evaluate.js';
import { foldForVerbatim } from '../src/knowledge/verbatim.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { realKnowledgeEngine } from './helpers.js';

const engine = realKnowledgeEngine();
const items = loadEvalSet(path.join(PROJECT_ROOT, 'test/eval/questions.yaml'));
/** The target for both held-out figures (issue 2). */
const TARGET = 0.95;
/**
 * Held-out top-1 accuracy is not at the target yet: until it is, this floor keeps it from sliding
 * back. Raise it as the engine and knowledge base improve. It was 93 % on the first set (86/92
 * held-out); eight fresh, unread sets joined in session 8 and the figure became 91.6 % (554/605),
 * then 92.4 % (559/605) with that session's engine changes, 92.9 % (562/605) in session 9, and
 * 94.2 % (570/605) in session 10 (the second opinion on near misses).
 */
const ACCURACY_FLOOR = 0.93;

describe('evaluation set', () => {
  it('is big enough: at least 150 answerable and 50 out-of-scope questions', () => {
    expect(items.filter((i) => i.expected !== null).length).toBeGreaterThanOrEqual(150);
    expect(items.filter((i) => i.expected === null).length).toBeGreaterThanOrEqual(50);
  });

  it('expects only entries that exist', () => {
    expect(unknownExpectations(items, engine)).toEqual([]);
  });

  it('never copies an eval question into the knowledge base (phrasings or examples)', () => {
    const key = (s: string) =>
      foldForVerbatim(s)
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const { qa, examples, outOfScope } = engine.knowledge;
    const phrasings = new Set(
      [
        ...qa.flatMap((e) => [e.question, ...e.alternates]),
        ...[...(examples?.values() ?? [])].flat(),
        ...(outOfScope ?? []),
      ].map(key),
    );
    expect(phrasings.size).toBeGreaterThan(qa.length * 6);
    expect(items.filter((i) => phrasings.has(key(i.question))).map((i) => i.question)).toEqual([]);
  });

  it('splits into halves by a hash of the question, not by hand', () => {
    expect(halfOf('who did it')).toBe(halfOf('Who did it'));
    const tuning = items.filter((i) => i.half === 'tuning').length;
    expect(tuning / items.length).toBeGreaterThan(0.35);
    expect(tuning / items.length).toBeLessThan(0.65);
  });
});

describe('answer quality gate (held-out half)', () => {
  const { figures } = evaluate(engine, items);

  it(`answers at least ${ACCURACY_FLOOR * 100} % of answerable held-out questions from the right entry (target ${TARGET * 100} %)`, () => {
    expect(figures.heldout.accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });

  it(`abstains on at least ${TARGET * 100} % of out-of-scope held-out questions`, () => {
    expect(figures.heldout.abstention).toBeGreaterThanOrEqual(TARGET);
  });
});
