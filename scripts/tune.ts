/**
 * `npx tsx scripts/tune.ts`: grid search of the engine's thresholds on the eval set's tuning half
 * (never the held-out half).
 * Prints the best settings by min(accuracy, abstention), then by their sum.
 */
import path from 'node:path';
import { buildEngine } from '../src/engine/engine.js';
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from '../src/engine/options.js';
import { evaluate, loadEvalSet } from '../src/eval/evaluate.js';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.js';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../src/paths.js';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge does not load');
// The eval set's tuning half; the held-out half is never looked at. (The old dev sets are the
// knowledge base's examples now: they would be matched by themselves.)
const items = loadEvalSet(path.join(PROJECT_ROOT, 'test/eval/questions.yaml')).filter(
  (i) => i.half === 'tuning',
);

const grid: Record<string, number[]> = {
  answerThreshold: [0.4, 0.45, 0.5, 0.55],
  minCoverage: [0.5, 0.55, 0.6, 0.62, 0.65, 0.7],
  coverageWeight: [0.3, 0.4, 0.5],
  answerTermCredit: [0.5, 0.7],
  typeMismatchPenalty: [0.5, 0.65],
  otherNamePenalty: [0.6, 0.8],
};
const keys = Object.keys(grid);
const results: { options: Partial<EngineOptions>; accuracy: number; abstention: number }[] = [];
const walk = (i: number, current: Record<string, number>) => {
  if (i === keys.length) {
    const engine = buildEngine(loaded.knowledge, current);
    const { figures } = evaluate(engine, items);
    results.push({
      options: { ...current },
      accuracy: figures.tuning.accuracy,
      abstention: figures.tuning.abstention,
    });
    return;
  }
  const key = keys[i] ?? '';
  for (const value of grid[key] ?? []) walk(i + 1, { ...current, [key]: value });
};
walk(0, {});
results.sort(
  (a, b) =>
    Math.min(b.accuracy, b.abstention) - Math.min(a.accuracy, a.abstention) ||
    b.accuracy + b.abstention - (a.accuracy + a.abstention),
);
console.log('defaults:', JSON.stringify(DEFAULT_ENGINE_OPTIONS));
for (const r of results.slice(0, 12)) {
  console.log(
    `${(r.accuracy * 100).toFixed(1)} % / ${(r.abstention * 100).toFixed(1)} %  ${JSON.stringify(r.options)}`,
  );
}
