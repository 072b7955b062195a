import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorsOf, compileRuleSet, type Rule } from '../../src/engine/ruleSet.js';
import { PHRASES, prepareText } from '../../src/engine/text.js';
import { loadEvalSet } from '../../src/eval/evaluate.js';
import { realKnowledgeEngine } from '../helpers.js';

const naive = (rules: readonly Rule[]) => (text: string) =>
  rules.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);

describe('rule set', () => {
  it('reads the literal words a rule must start a word with', () => {
    expect(anchorsOf(String.raw`\bapt[\s-]+10\b`)).toEqual(['apt']);
    // Whole words before a word end carry a trailing space: they must end there too.
    expect(anchorsOf(String.raw`\b(?:ceo|boss)\s+of\s+(?:bloomberg|bgr)\b`)).toEqual([
      'bloomberg ',
      'bgr ',
    ]);
    expect(anchorsOf(String.raw`\bend\s*game\b`)).toEqual(['end']);
    // An everyday word anchors only when nothing rarer is required.
    expect(anchorsOf(String.raw`\bthe\s+(?:kick|throw)\s+`)).toEqual(['kick ', 'throw ']);
    // A quantifier after a word makes its last letter optional.
    expect(anchorsOf(String.raw`\bcdrs?\b`)).toEqual(['cdr']);
    // Every top-level choice needs its own anchor.
    expect(anchorsOf(String.raw`\bmss\b|\bstate\s+security\b`)).toEqual(['mss ', 'security ']);
    // An optional group ending in white space still leaves a word start after it.
    expect(anchorsOf(String.raw`\b(?:operation\s+)?soft[\s-]*(?:cell|sell)\b`)).toEqual(['soft']);
    // A word after optional space ("tl\s*dr") need not start a word: only the first one anchors.
    expect(anchorsOf(String.raw`\bx\s*(?:dr|y)\b`)).toEqual(['x']);
    // Nothing literal at a word start: no anchor, so the rule is tried on every text.
    expect(anchorsOf(String.raw`[a-z]+ing\b`)).toBeNull();
    expect(anchorsOf(String.raw`\b(?:foo|[a-z]+)\b`)).toBeNull();
    expect(anchorsOf(String.raw`(?:^|\s)y(?=\s+did)`)).toEqual(['y ']);
  });

  it('finds an anchor for nearly every phrase rule (a rule without one is tried on every text)', () => {
    const unanchored = PHRASES.filter(([pattern]) => anchorsOf(pattern.source) === null).map(
      ([pattern]) => pattern.source,
    );
    expect(unanchored).toEqual([
      String.raw`(?:^|\s)\d{1,2}\/(?=\s|$)|\b(?:first\s+)?q:`,
      String.raw`\$+(?!\s*\d)`,
    ]);
  });

  it('skips a rule only where it cannot match: same result as applying every rule in order', () => {
    const rules: Rule[] = [
      [/\bsoft\s+cell\b/g, ' softcell '],
      [/\bsoftcell\s+hack\b/g, ' operation '],
      [/[0-9]+/g, ' N '],
    ];
    const apply = compileRuleSet(rules);
    for (const text of ['the soft cell hack', 'soft cells', 'in 2019', 'nothing here', ''])
      expect(apply(text)).toBe(naive(rules)(text));
    expect(apply('the soft cell hack')).toBe('the   operation ');
  });

  it('gives exactly the phrase rules’ sequential result on the knowledge base and every question set', () => {
    const { knowledge } = realKnowledgeEngine();
    const texts = [
      ...knowledge.qa.flatMap((e) => [e.question, ...e.alternates, e.answer, ...e.tags]),
      ...knowledge.sources.map((s) => s.body),
      ...[...(knowledge.examples?.values() ?? [])].flat(),
      ...(knowledge.outOfScope ?? []),
    ];
    const tests = path.resolve(import.meta.dirname, '..');
    for (const dir of readdirSync(tests)) {
      const file = path.join(tests, dir, 'questions.yaml');
      if (existsSync(file)) texts.push(...loadEvalSet(file).map((item) => item.question));
    }
    expect(texts.length).toBeGreaterThan(8_000);
    const fast = compileRuleSet(PHRASES);
    const slow = naive(PHRASES);
    const differing = texts.map(prepareText).filter((text) => fast(text) !== slow(text));
    expect(differing).toEqual([]);
  });
});
