import path from 'node:path';
import { focusClauses } from '../src/engine/engine.js';
import { loadEvalSet } from '../src/eval/evaluate.js';
import { realKnowledgeEngine } from './helpers.js';
const e = realKnowledgeEngine();
const items = loadEvalSet(path.join(process.cwd(), 'test/dev/questions.yaml')).filter((i) => i.question.split(' ').length >= 14);
for (const i of items) {
  const r = e.ask(i.question);
  const got = r.status === 'answered' && r.kind === 'entry' ? r.entry.id : r.status;
  if (i.expected?.includes(got)) continue;
  console.log('#', i.expected?.join('|') ?? 'OOS', got, '|', i.question.slice(0, 100));
  for (const c of focusClauses(i.question)) { const x = e.explain(c); const t = x.ranked[0]; console.log('   ', JSON.stringify(c).slice(0, 90), '->', t?.entry.id, t?.score.toFixed(2), t?.coverage.toFixed(2), x.terms.map((q) => q.term + ':' + q.kind[0]).join(' ')); }
}
