/**
 * `npm run eval [-- --half tuning|heldout] [--json]`: top-1 accuracy on answerable questions and
 * abstention on out-of-scope ones, per half, and every failure.
 * `npm run eval -- --compare [--json]`: the same set through this engine and peer engines (Fuse.js
 * defaults, Fuse.js token search, MiniSearch BM25), each peer's cutoff tuned on the tuning half.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bootEngine } from '../src/boot.js';
import { evaluate, loadEvalSet, unknownExpectations, type Half } from '../src/eval/evaluate.js';
import { comparePeers, formatComparison } from '../src/eval/peers.js';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../src/paths.js';

const { values } = parseArgs({
  options: {
    half: { type: 'string' },
    json: { type: 'boolean' },
    set: { type: 'string' },
    explain: { type: 'string', multiple: true },
    compare: { type: 'boolean' },
  },
});
const engine = bootEngine({ knowledgeDir: KNOWLEDGE_DIR });
if (values.explain) {
  // Curators' view of one question: its terms, the best candidates and the decision.
  for (const question of values.explain) {
    const { terms, ranked } = engine.explain(question);
    const result = engine.ask(question);
    console.log(
      `${question}\n  terms: ${terms.map((t) => `${t.term}(${t.kind})`).join(' ') || '(none)'}`,
    );
    for (const s of ranked.slice(0, 5)) {
      console.log(
        `  ${s.entry.id.padEnd(28)} score ${s.score.toFixed(2)}  coverage ${s.coverage.toFixed(2)}  phrasing ${s.phraseSimilarity.toFixed(2)}${s.typeFits ? '' : '  (type mismatch)'}`,
      );
    }
    const outcome =
      result.status === 'no_match'
        ? 'no_match'
        : result.kind === 'entry'
          ? result.entry.id
          : 'excerpt';
    console.log(`  => ${outcome} (${result.confidence})\n`);
  }
  process.exit(0);
}
const items = loadEvalSet(values.set ?? path.join(PROJECT_ROOT, 'test/eval/questions.yaml'));
const stale = unknownExpectations(items, engine);
if (stale.length > 0) {
  console.error(`The eval set expects entries that do not exist:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
if (values.compare) {
  const rows = comparePeers(engine, items, {
    progress: (name) => process.stderr.write(`running ${name}…\n`),
  });
  if (values.json) {
    console.log(JSON.stringify({ combined: 'mean of top-1 accuracy and abstention', rows }));
  } else {
    const count = (half: Half) => {
      const mine = items.filter((i) => i.half === half);
      const answerable = mine.filter((i) => i.expected !== null).length;
      return `${answerable} answerable + ${mine.length - answerable} out-of-scope`;
    };
    console.log(
      [
        `${engine.knowledge.qa.length} entries; tuning half ${count('tuning')}, held-out half ${count('heldout')}.`,
        'Peers index one document per entry: question, alternates (Fuse: each its own string;',
        'MiniSearch: joined) and answer; /phrasing rows: one document per phrasing (question, each',
        'alternate, answer) mapped back to its entry. Top hit = the answer; a hit missing the',
        'cutoff, or no hit, = abstain.',
        "Each peer's cutoff is the one with the best mean on the tuning half (ties: the middle one).",
        'mean = (top-1 accuracy on answerable + abstention on out-of-scope) / 2.',
        '',
        formatComparison(rows),
        '',
        ...rows.map((r) => `  ${r.name}: ${r.description}`),
      ].join('\n'),
    );
  }
  process.exit(0);
}
const started = performance.now();
const report = evaluate(engine, items);
const msPerQuestion = (performance.now() - started) / items.length;

if (values.json) {
  console.log(
    JSON.stringify({
      figures: report.figures,
      msPerQuestion,
      failures: report.outcomes.filter((o) => !o.correct),
    }),
  );
} else {
  const halves: Half[] =
    values.half === 'tuning' || values.half === 'heldout' ? [values.half] : ['tuning', 'heldout'];
  for (const half of halves) {
    const failures = report.outcomes.filter((o) => o.item.half === half && !o.correct);
    if (failures.length === 0) continue;
    console.log(`\nFailures (${half}):`);
    for (const f of failures) {
      console.log(
        `  ${f.item.expected ? `expected ${f.item.expected.join('|')}` : 'expected no_match'}  got ${f.got}  (${f.confidence.toFixed(2)})  “${f.item.question}”`,
      );
    }
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(`\n${items.length} questions, ${msPerQuestion.toFixed(3)} ms per question`);
  // With --half, only that half's figures: a curator tuning on one half does not see the other's.
  for (const half of halves) {
    const f = report.figures[half];
    console.log(
      `${half.padEnd(8)} answerable top-1 ${pct(f.accuracy)} (${f.answeredRight}/${f.answerable})   out-of-scope abstained ${pct(f.abstention)} (${f.abstained}/${f.outOfScope})`,
    );
  }
}
