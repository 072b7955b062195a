import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildEngine } from '../src/engine/engine.js';
import {
  autocompleteQueries,
  percentile,
  quoteQueries,
  runBench,
  summarize,
  toJson,
  type BenchJson,
} from '../src/eval/bench.js';
import { loadEvalSet, type EvalItem } from '../src/eval/evaluate.js';
import { comparePeers, peersOf, tuneThreshold } from '../src/eval/peers.js';
import {
  MAX_SYNTHETIC_ALTERNATES,
  MIN_SYNTHETIC_ALTERNATES,
  mulberry32,
  syntheticKnowledge,
} from '../src/eval/synthetic.js';
import { qaSchema } from '../src/knowledge/schema.js';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../src/paths.js';
import { guardedChildEnv, realKnowledgeEngine } from './helpers.js';

const real = realKnowledgeEngine().knowledge;
const EVAL_FILE = path.join(PROJECT_ROOT, 'test/eval/questions.yaml');

describe('synthetic knowledge', () => {
  it('mulberry32 is a deterministic sequence in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  it('the same seed gives the same entries; another seed, others', () => {
    const one = syntheticKnowledge(real, { entries: 150, seed: 7 });
    const again = syntheticKnowledge(real, { entries: 150, seed: 7 });
    const other = syntheticKnowledge(real, { entries: 150, seed: 8 });
    expect(again.qa).toEqual(one.qa);
    expect(other.qa.slice(real.qa.length)).not.toEqual(one.qa.slice(real.qa.length));
  });

  it('has the size asked for, the real entries first, and only valid, well-linked entries', () => {
    const k = syntheticKnowledge(real, { entries: 200, seed: 1 });
    expect(k.qa).toHaveLength(200);
    expect(k.qa.slice(0, real.qa.length)).toEqual(real.qa);
    expect(new Set(k.qa.map((e) => e.id)).size).toBe(200);
    expect(k.qaById.size).toBe(200);
    expect(k.sources).toBe(real.sources);
    expect(k.quotes).toBe(real.quotes);
    const realExcerpts = new Set(
      real.qa.flatMap((e) => e.sources.map((s) => `${s.source}|${s.excerpt}`)),
    );
    const phrasings = k.qa
      .flatMap((e) => [e.question, ...e.alternates])
      .map((p) => p.toLowerCase());
    expect(new Set(phrasings).size).toBe(phrasings.length);
    for (const entry of k.qa.slice(real.qa.length)) {
      expect(qaSchema.parse(entry)).toEqual(entry);
      expect(entry.alternates.length).toBeGreaterThanOrEqual(MIN_SYNTHETIC_ALTERNATES);
      expect(entry.alternates.length).toBeLessThanOrEqual(MAX_SYNTHETIC_ALTERNATES);
      for (const evidence of entry.sources)
        expect(realExcerpts.has(`${evidence.source}|${evidence.excerpt}`)).toBe(true);
      for (const id of entry.related) expect(k.qaById.has(id)).toBe(true);
    }
  });

  it('can leave the real entries out', () => {
    const k = syntheticKnowledge(real, { entries: 30, seed: 1, includeReal: false });
    expect(k.qa).toHaveLength(30);
    expect(k.qa.every((e) => e.id.startsWith('syn-'))).toBe(true);
  });
});

describe('peer comparison', () => {
  // A small, fast slice of the labelled set: short questions of both kinds from both halves.
  const all = loadEvalSet(EVAL_FILE).filter((i) => i.question.length <= 40);
  const take = (half: EvalItem['half'], answerable: boolean, n: number) =>
    all.filter((i) => i.half === half && (i.expected !== null) === answerable).slice(0, n);
  const items = [
    ...take('tuning', true, 6),
    ...take('tuning', false, 3),
    ...take('heldout', true, 6),
    ...take('heldout', false, 3),
  ];

  it('reports this engine and every peer, per half, with a tuned cutoff', () => {
    const engine = buildEngine(syntheticKnowledge(real, { entries: 80, seed: 3 }));
    const rows = comparePeers(engine, items, { repeats: 0 });
    expect(rows.map((r) => r.name)).toEqual([
      'this engine',
      'fuse-default',
      'fuse-token',
      'minisearch',
      'fuse-default/phrasing',
      'fuse-token/phrasing',
      'minisearch/phrasing',
    ]);
    for (const row of rows) {
      for (const f of [row.tuning, row.heldout]) {
        expect(f.answerable).toBe(6);
        expect(f.outOfScope).toBe(3);
        expect(f.accuracy).toBe(f.answeredRight / 6);
        expect(f.abstention).toBe(f.abstained / 3);
        expect(f.combined).toBeCloseTo((f.accuracy + f.abstention) / 2, 12);
      }
      expect(row.msPerQuery).toBeGreaterThan(0);
      expect(row.thresholdLabel).not.toBe('');
      if (row.name === 'this engine') expect(row.threshold).toBeNull();
      else expect(typeof row.threshold).toBe('number');
    }
  }, 60_000);

  it('every peer answers with an entry of the knowledge base and a score of its kind', () => {
    for (const peer of peersOf(real)) {
      const hit = peer.top('Who is behind Operation Soft Cell?');
      expect(real.qaById.has(hit?.id ?? ''), peer.name).toBe(true);
      expect(Number.isFinite(hit?.score), peer.name).toBe(true);
      if (peer.better === 'lower') expect(hit?.score, peer.name).toBeLessThanOrEqual(1);
    }
    // Plain Fuse.js and MiniSearch find an entry's own question.
    for (const peer of peersOf(real).filter((p) => !p.name.startsWith('fuse-token')))
      expect(peer.top('Who is behind Operation Soft Cell?')?.id, peer.name).toBe('who-is-blamed');
  });

  it('tunes the cutoff on the tuning half only, taking the middle of equally good ones', () => {
    const item = (half: EvalItem['half'], expected: string[] | null): EvalItem => ({
      question: '',
      expected,
      half,
    });
    const hits = [
      { item: item('tuning', ['a']), hit: { id: 'a', score: 0.1 } },
      { item: item('tuning', ['b']), hit: { id: 'b', score: 0.2 } },
      { item: item('tuning', null), hit: { id: 'a', score: 0.5 } },
      // The held-out half would want another cutoff: it must not count.
      { item: item('heldout', ['c']), hit: { id: 'c', score: 0.9 } },
    ];
    expect(tuneThreshold(hits, 'lower')).toBeCloseTo(0.35, 12);
    const higher = hits.map((h) => ({ ...h, hit: { ...h.hit, score: 1 - h.hit.score } }));
    expect(tuneThreshold(higher, 'higher')).toBeCloseTo(0.65, 12);
  });
});

describe('benchmark', () => {
  it('percentiles are nearest-rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(summarize([3, 1, 2])).toEqual({ runs: 3, p50Ms: 2, p99Ms: 3, maxMs: 3 });
  });

  it('query mixes are deterministic and realistic', () => {
    const prefixes = autocompleteQueries(real.qa, 50, mulberry32(1));
    expect(autocompleteQueries(real.qa, 50, mulberry32(1))).toEqual(prefixes);
    const questions = real.qa.map((e) => e.question);
    for (const p of prefixes) {
      expect(p.length).toBeGreaterThanOrEqual(1);
      expect(p.length).toBeLessThanOrEqual(10);
      expect(questions.some((q) => q.startsWith(p))).toBe(true);
    }
    const quotes = quoteQueries(real.quotes, mulberry32(2));
    expect(quotes.some((q) => q.speaker !== undefined && q.topic === undefined)).toBe(true);
    expect(quotes.some((q) => q.topic !== undefined && q.speaker === undefined)).toBe(true);
  });

  const expectJsonShape = (json: BenchJson, sizes: number) => {
    expect(Object.keys(json).sort()).toEqual(['cases', 'memory']);
    expect(json.cases.map((c) => c.name)).toEqual(
      Array.from({ length: sizes }, () => ['ask', 'quote', 'autocomplete', 'load']).flat(),
    );
    for (const c of json.cases) {
      expect(Object.keys(c).sort()).toEqual(
        ['baseline', 'entries', 'maxMs', 'name', 'p50Ms', 'p99Ms'].sort(),
      );
      expect(c.p50Ms).toBeGreaterThanOrEqual(0);
      expect(c.p99Ms).toBeGreaterThanOrEqual(c.p50Ms);
      expect(c.maxMs).toBeGreaterThanOrEqual(c.p99Ms);
      expect(c.baseline).not.toBeNull();
      expect(Object.keys(c.baseline ?? {}).sort()).toEqual(['p50Ms', 'p99Ms']);
    }
    expect(json.memory.sizes).toHaveLength(sizes);
    expect(json.memory.peakRssMb).toBeGreaterThan(0);
  };

  it('runs every case on tiny sizes and reports the JSON shape', async () => {
    const report = await runBench({
      knowledgeDir: KNOWLEDGE_DIR,
      evalFile: EVAL_FILE,
      sizes: ['real', 120],
      scale: 0.01,
      startRuns: 0,
    });
    const json = JSON.parse(JSON.stringify(toJson(report))) as BenchJson;
    expectJsonShape(json, 2);
    expect(json.cases.map((c) => c.entries)).toEqual([
      ...Array.from({ length: 4 }, () => real.qa.length),
      ...Array.from({ length: 4 }, () => 120),
    ]);
  }, 60_000);

  it('`bench --json` prints one JSON object on stdout and nothing else', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/bench.ts',
        '--json',
        '--sizes',
        'real',
        '--scale',
        '0.01',
        '--skip-start',
        '--skip-http',
      ],
      { cwd: PROJECT_ROOT, env: guardedChildEnv() },
    );
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expectJsonShape(JSON.parse(stdout) as BenchJson, 1);
  }, 60_000);
});
