import path from 'node:path';
import { loadEvalSet } from '../src/eval/evaluate.js';
import { realKnowledgeEngine } from './helpers.js';
const e = realKnowledgeEngine();
const half = process.argv[2] ?? 'tuning';
const items = loadEvalSet(path.join(process.cwd(), 'test/eval/questions.yaml')).filter(
  (i) => i.half === half,
);
const rows: string[] = [];
for (const i of items) {
  const { ranked, terms } = e.explain(i.question);
  const top = ranked[0];
  const right = i.expected ? i.expected.includes(top?.entry.id ?? '') : false;
  const kind = i.expected ? (right ? 'ANS-right' : 'ANS-wrongtop') : 'OOS';
  const unk = terms
    .filter((t) => t.kind !== 'known')
    .map((t) => t.word)
    .join(',');
  rows.push(
    `${(top?.score ?? 0).toFixed(2)} cov ${(top?.coverage ?? 0).toFixed(2)} ph ${(top?.phraseSimilarity ?? 0).toFixed(2)} ${kind.padEnd(12)} unk[${unk}] ${i.question}`,
  );
}
rows.sort().reverse();
console.log(
  rows
    .filter((r) => {
      const s = parseFloat(r);
      return s >= 0.4 && s < 0.7;
    })
    .join('\n'),
);
