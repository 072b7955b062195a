import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { AskResult, Engine } from '../engine/engine.js';
import { foldForVerbatim } from '../knowledge/verbatim.js';

/**
 * The labelled evaluation set: answerable questions with the entry (or entries) that answer
 * them, and out-of-scope questions that must get "not in the reports". Split into a tuning half
 * and a held-out half by a hash of each question, so nobody chooses which half a question is in.
 */
const evalSetSchema = z.strictObject({
  answerable: z.array(
    z.strictObject({
      q: z.string(),
      // null: the articles answer it but no entry does yet (a gap to fill); left out of the figures.
      expect: z.union([z.string(), z.array(z.string()).min(1), z.null()]),
      note: z.string().optional(),
    }),
  ),
  out_of_scope: z.array(z.strictObject({ q: z.string(), why: z.string().optional() })),
});

export type Half = 'tuning' | 'heldout';

export interface EvalItem {
  readonly question: string;
  readonly expected: readonly string[] | null;
  readonly half: Half;
}

export interface EvalOutcome {
  readonly item: EvalItem;
  readonly correct: boolean;
  readonly got: string;
  readonly confidence: number;
}

export interface HalfFigures {
  readonly answerable: number;
  readonly answeredRight: number;
  readonly outOfScope: number;
  readonly abstained: number;
  readonly accuracy: number;
  readonly abstention: number;
}

export interface EvalReport {
  readonly outcomes: readonly EvalOutcome[];
  readonly figures: Readonly<Record<Half, HalfFigures>>;
}

/** FNV-1a over the folded question: a stable, unchosen split. */
export function halfOf(question: string): Half {
  let hash = 0x811c9dc5;
  for (const char of foldForVerbatim(question).toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 0 ? 'tuning' : 'heldout';
}

export function loadEvalSet(file: string): EvalItem[] {
  const data = evalSetSchema.parse(parse(readFileSync(file, 'utf8')));
  return [
    ...data.answerable
      .flatMap((item) => (item.expect === null ? [] : [item]))
      .map((item) => ({
        question: item.q,
        expected: typeof item.expect === 'string' ? [item.expect] : (item.expect ?? []),
        half: halfOf(item.q),
      })),
    ...data.out_of_scope.map((item) => ({
      question: item.q,
      expected: null,
      half: halfOf(item.q),
    })),
  ];
}

function describe(result: AskResult): string {
  if (result.status === 'no_match') return `no_match (closest: ${result.best?.id ?? 'none'})`;
  if (result.kind === 'entry') return result.entry.id;
  return `excerpt: ${result.passages.map((p) => `${p.source.id} “${p.text.slice(0, 60)}…”`).join(' | ')}`;
}

/** A passage answer is right when it is the sentence an expected entry cites. */
function passageSupports(result: AskResult, expected: readonly string[], engine: Engine): boolean {
  if (result.status !== 'answered' || result.kind !== 'passage') return false;
  const excerpts = expected.flatMap((id) => engine.knowledge.qaById.get(id)?.sources ?? []);
  return result.passages.some((passage) =>
    excerpts.some(
      (e) =>
        e.source === passage.source.id &&
        foldForVerbatim(passage.text).includes(foldForVerbatim(e.excerpt)),
    ),
  );
}

export function evaluate(engine: Engine, items: readonly EvalItem[]): EvalReport {
  const outcomes = items.map((item): EvalOutcome => {
    const result = engine.ask(item.question);
    const correct =
      item.expected === null
        ? result.status === 'no_match'
        : (result.status === 'answered' &&
            result.kind === 'entry' &&
            item.expected.includes(result.entry.id)) ||
          passageSupports(result, item.expected, engine);
    return { item, correct, got: describe(result), confidence: result.confidence };
  });
  const figures = (half: Half): HalfFigures => {
    const mine = outcomes.filter((o) => o.item.half === half);
    const answerable = mine.filter((o) => o.item.expected !== null);
    const outOfScope = mine.filter((o) => o.item.expected === null);
    const answeredRight = answerable.filter((o) => o.correct).length;
    const abstained = outOfScope.filter((o) => o.correct).length;
    return {
      answerable: answerable.length,
      answeredRight,
      outOfScope: outOfScope.length,
      abstained,
      accuracy: answerable.length ? answeredRight / answerable.length : 0,
      abstention: outOfScope.length ? abstained / outOfScope.length : 0,
    };
  };
  return { outcomes, figures: { tuning: figures('tuning'), heldout: figures('heldout') } };
}

/** Every id an eval item expects must exist, or the set has gone stale. */
export function unknownExpectations(items: readonly EvalItem[], engine: Engine): string[] {
  return items.flatMap((item) =>
    (item.expected ?? [])
      .filter((id) => !engine.knowledge.qaById.has(id))
      .map((id) => `${id} (for “${item.question}”)`),
  );
}
