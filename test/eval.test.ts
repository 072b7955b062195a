import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, halfOf, loadEvalSet, unknownExpectations } from '../src/eval/evaluate.js';
import { foldForVerbatim } from '../src/knowledge/verbatim.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { realKnowledgeEngine } from './helpers.js';

const engine = realKnowledgeEngine();
const items = loadEvalSet(path.join(PROJECT_ROOT, 'test/eval/questions.yaml'));
/**
 * The target for both held-out figures (issue 2), and the floor the suite holds them to. Held-out
 * top-1 accuracy reached it in session 11 (95.5 %, 578/605): 93 % on the first set (86/92
 * held-out); eight fresh, unread sets joined in session 8 and it became 91.6 % (554/605), then
 * 92.4 % in session 8, 92.9 % in session 9, 94.2 % in session 10 (the naive second opinion) and
 * 95.5 % in session 11 (the logistic second opinion).
 */
const TARGET = 0.95;

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

  it(`answers at least ${TARGET * 100} % of answerable held-out questions from the right entry`, () => {
    expect(figures.heldout.accuracy).toBeGreaterThanOrEqual(TARGET);
  });

  it(`abstains on at least ${TARGET * 100} % of out-of-scope held-out questions`, () => {
    expect(figures.heldout.abstention).toBeGreaterThanOrEqual(TARGET);
  });
});
