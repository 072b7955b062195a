import { newLoadSigner, runHttpLoad, startHttpProcess } from './httpLoad.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import Fuse from 'fuse.js';
import { z } from 'zod';
import { fileAnalysisCache } from '../analysisCache.js';
import { buildEngine, type Engine } from '../engine/engine.js';
import type { QuoteQuery } from '../engine/engine.js';
import { formatKnowledgeError, loadKnowledge } from '../knowledge/loadKnowledge.js';
import { qaSchema, type Knowledge, type QaEntry, type Quote } from '../knowledge/schema.js';
import { loadEvalSet } from './evaluate.js';
import { mulberry32, syntheticKnowledge } from './synthetic.js';

/**
 * The benchmark behind `npm run bench`: the engine's query paths (`/ask`, `/quote`,
 * autocomplete) and knowledge load + index build, on the real knowledge base and on synthetic
 * ones of thousands of entries, each next to plain Fuse.js (default options) doing the same job on
 * the same entries. Dev tooling only.
 */

export type CaseName =
  | 'ask'
  | 'quote'
  | 'autocomplete'
  | 'load'
  | 'start-console'
  | 'http-1-process'
  | 'http-2-processes';
/** `real`: the knowledge base on disk; a number: a synthetic one of that many Q&A entries. */
export type SizeSpec = 'real' | number;

export interface Timing {
  readonly runs: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

export interface CaseResult extends Timing {
  readonly name: CaseName;
  readonly entries: number;
  readonly size: SizeSpec;
  readonly baseline: Timing | null;
  /** For `load`: the process's first (cold) load + index build, before any warm-up. */
  readonly firstMs?: number;
}

export interface SizeMemory {
  readonly entries: number;
  readonly size: SizeSpec;
  /** The engine's first index build over this knowledge base (cold). */
  readonly indexBuildMs: number;
  /** Fuse.js (defaults) index over question + alternates + answer, the `ask` baseline. */
  readonly baselineIndexBuildMs: number;
  /** Heap the engine holds beyond the knowledge itself (after a full GC when available). */
  readonly engineHeapMb: number;
  readonly baselineHeapMb: number;
  readonly heapUsedMb: number;
  readonly rssMb: number;
}

export interface BenchReport {
  readonly cases: readonly CaseResult[];
  readonly memory: {
    /** Whether heap figures were taken after a forced full GC. */
    readonly gc: boolean;
    /** Heap kept after the process's first load + index build (shared word tables included). */
    readonly firstLoadHeapMb: number;
    readonly sizes: readonly SizeMemory[];
    readonly peakRssMb: number;
  };
}

/** The `--json` shape: `{cases: [{name, entries, p50Ms, p99Ms, maxMs, baseline}], memory}`. */
export interface BenchJson {
  readonly cases: readonly {
    readonly name: CaseName;
    readonly entries: number;
    readonly p50Ms: number;
    readonly p99Ms: number;
    readonly maxMs: number;
    readonly baseline: { readonly p50Ms: number; readonly p99Ms: number } | null;
  }[];
  readonly memory: BenchReport['memory'];
}

export interface BenchOptions {
  readonly knowledgeDir: string;
  /** The labelled set whose questions (answerable and out-of-scope) are the `/ask` mix. */
  readonly evalFile: string;
  readonly sizes?: readonly SizeSpec[];
  readonly seed?: number;
  /** Multiplies every iteration count and time budget (tests use a small one). Default 1. */
  readonly scale?: number;
  /** Time `node --import tsx src/index.ts` (console, stdin `/exit`) this many times; 0: skip. */
  readonly startRuns?: number;
  /** Also load `start:http` (1,000 signed interactions, 50 connections, 1 and 2 processes). */
  readonly http?: boolean;
  /** The project root, for `start-console`. */
  readonly projectRoot?: string;
  /** Progress lines (stderr in the script). */
  readonly log?: (line: string) => void;
}

export const DEFAULT_SIZES: readonly SizeSpec[] = ['real', 1000, 10_000];

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    p50Ms: round3(percentile(sorted, 50)),
    p99Ms: round3(percentile(sorted, 99)),
    maxMs: round3(sorted.at(-1) ?? 0),
  };
}

interface Plan {
  readonly warmup: number;
  readonly iterations: number;
  /** Keep going past the budget until at least this many. */
  readonly minIterations: number;
  readonly budgetMs: number;
}

/** Times `run` on each input in turn (cycling), after a warm-up, within an iteration/time plan. */
export function measure<T>(inputs: readonly T[], run: (input: T) => unknown, plan: Plan): Timing {
  if (inputs.length === 0) throw new Error('nothing to measure');
  const at = (i: number) => inputs[i % inputs.length] as T;
  const warmupStarted = performance.now();
  for (let i = 0; i < plan.warmup && performance.now() - warmupStarted < plan.budgetMs / 10; i++)
    run(at(i));
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < plan.iterations; i++) {
    if (i >= plan.minIterations && performance.now() - started > plan.budgetMs) break;
    const input = at(i + plan.warmup);
    const t0 = performance.now();
    run(input);
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

/** A full GC, when the flag can be set at run time (it can in Node 20 and later). */
function gcFunction(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => void (gc as () => unknown)() : null;
  } catch {
    return null;
  }
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** `/quote` mix: every speaker as written, by one word of the name, misspelt; topics; both. */
export function quoteQueries(quotes: readonly Quote[], random: () => number): QuoteQuery[] {
  const speakers = [...new Set(quotes.map((q) => q.speaker))];
  const topics = [...new Set(quotes.flatMap((q) => q.topics))];
  const names = speakers.flatMap((speaker) => {
    const words = speaker.split(/\s+/).filter((w) => /^\p{L}{3,}$/u.test(w));
    const first = words[0]?.toLowerCase();
    const last = words.at(-1)?.toLowerCase();
    const typo = speaker.length > 4 ? `${speaker.slice(0, 2)}${speaker.slice(3)}` : speaker;
    return [speaker, first, last, typo].filter((s): s is string => s !== undefined);
  });
  const queries: QuoteQuery[] = [
    ...names.map((speaker) => ({ speaker })),
    ...topics.map((topic) => ({ topic })),
    ...names
      .slice(0, 6)
      .flatMap((speaker) => topics.slice(0, 6).map((topic) => ({ speaker, topic }))),
  ];
  return shuffled(queries, random);
}

/** Autocomplete mix: the first 1–10 characters of known questions (of this knowledge base). */
export function autocompleteQueries(
  qa: readonly QaEntry[],
  count: number,
  random: () => number,
): string[] {
  return Array.from({ length: count }, () => {
    const entry = qa[Math.floor(random() * qa.length)];
    return (entry?.question ?? '').slice(0, 1 + Math.floor(random() * 10));
  });
}

const qaListSchema = z.array(qaSchema);
const ASK_KEYS = ['question', 'alternates', 'answer'];
const QUOTE_KEYS = ['speaker', 'role', 'text', 'topics', 'context'];

/** Iterations and budgets per size: many queries on the real knowledge base, fewer at 10,000. */
function plansFor(entries: number, scale: number) {
  const iterations = entries <= 1000 ? (entries < 500 ? 3000 : 2000) : 1000;
  const s = (n: number) => Math.max(1, Math.round(n * scale));
  const query: Plan = {
    warmup: s(Math.min(500, iterations / 4)),
    iterations: s(iterations),
    minIterations: s(300),
    budgetMs: 30_000 * scale,
  };
  // Plain Fuse.js takes up to seconds a query at 10,000 entries: a time budget, at least 5 runs.
  const baseline: Plan = {
    warmup: s(entries < 500 ? 50 : 1),
    iterations: s(iterations),
    minIterations: Math.min(s(iterations), 5),
    budgetMs: 15_000 * scale,
  };
  const load: Plan = {
    warmup: entries < 500 ? s(3) : 0,
    iterations: s(entries < 500 ? 50 : 10),
    minIterations: Math.min(s(entries < 500 ? 50 : 10), entries > 5000 ? 2 : 3),
    budgetMs: 15_000 * scale,
  };
  return { query, baseline, load };
}

/** Process start → console ready → `/exit` → exit, `runs` times (after one untimed run). */
export async function timeStartConsole(projectRoot: string, runs: number): Promise<Timing> {
  const guard = path.join(projectRoot, 'test/setup/networkGuard.mjs');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Never a token: the console, not Discord. And loopback-only networking, like the tests.
    DISCORD_TOKEN: '',
    NODE_OPTIONS: [process.env['NODE_OPTIONS'] ?? '', `--import=${guard}`].join(' ').trim(),
    LOG_LEVEL: 'silent',
  };
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
        cwd: projectRoot,
        env,
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('exit', (code) => {
        const elapsed = performance.now() - started;
        if (code === 0) resolve(elapsed);
        else reject(new Error(`src/index.ts exited with ${code}: ${stderr.slice(0, 500)}`));
      });
      child.stdin.end('/exit\n');
    });
  await once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await once());
  return summarize(samples);
}

/** Runs every case at every size; see `scripts/bench.ts` for the report and targets. */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  // The real knowledge base loads as the app does, with an analysis cache: a fresh one here, so
  // the first load below analyses everything (cold) and the timed loads read what it wrote.
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'soft-cell-bench-'));
  try {
    return await benchWith(options, fileAnalysisCache(cacheDir));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function benchWith(
  options: BenchOptions,
  cache: ReturnType<typeof fileAnalysisCache>,
): Promise<BenchReport> {
  const log = options.log ?? (() => {});
  const scale = options.scale ?? 1;
  const seed = options.seed ?? 1;
  const gc = gcFunction();
  const collect = () => gc?.();
  // The process's first load and index build, cold: it also loads what every engine shares
  // (the SUBTLEX word counts), so the per-size figures below are the engines' own.
  collect();
  const heapAtStart = process.memoryUsage().heapUsed;
  const loadStarted = performance.now();
  const loaded = loadKnowledge(options.knowledgeDir);
  if (!loaded.ok)
    throw new Error(
      `The knowledge base does not load:\n${loaded.errors.map(formatKnowledgeError).join('\n')}`,
    );
  const real = loaded.knowledge;
  buildEngine(real, {}, cache);
  const firstLoadMs = performance.now() - loadStarted;
  collect();
  const firstLoadHeapMb = mb(process.memoryUsage().heapUsed - heapAtStart);
  const askMix = shuffled(
    loadEvalSet(options.evalFile).map((item) => item.question),
    mulberry32(seed),
  );
  const quoteMix = quoteQueries(real.quotes, mulberry32(seed + 1));
  const cases: CaseResult[] = [];
  const sizes: SizeMemory[] = [];

  for (const size of options.sizes ?? DEFAULT_SIZES) {
    const knowledge: Knowledge =
      size === 'real' ? real : syntheticKnowledge(real, { entries: size, seed });
    const entries = knowledge.qa.length;
    const plans = plansFor(entries, scale);
    const label = size === 'real' ? `real (${entries})` : String(entries);
    log(`size ${label}: building indexes…`);

    collect();
    const heapBefore = process.memoryUsage().heapUsed;
    let t0 = performance.now();
    const engine: Engine = buildEngine(knowledge);
    const indexBuildMs = performance.now() - t0;
    collect();
    const heapWithEngine = process.memoryUsage().heapUsed;
    t0 = performance.now();
    const fuseAsk = new Fuse(knowledge.qa, { keys: ASK_KEYS });
    const baselineIndexBuildMs = performance.now() - t0;
    const fuseQuestions = new Fuse(knowledge.qa, { keys: ['question'] });
    const fuseQuotes = new Fuse(knowledge.quotes, { keys: QUOTE_KEYS });
    collect();
    const memory = process.memoryUsage();
    sizes.push({
      entries,
      size,
      indexBuildMs: round3(indexBuildMs),
      baselineIndexBuildMs: round3(baselineIndexBuildMs),
      engineHeapMb: mb(heapWithEngine - heapBefore),
      baselineHeapMb: mb(memory.heapUsed - heapWithEngine),
      heapUsedMb: mb(memory.heapUsed),
      rssMb: mb(memory.rss),
    });

    const runCase = (
      name: CaseName,
      engineTiming: () => Timing,
      baselineTiming: () => Timing | null,
      extra: { firstMs?: number } = {},
    ) => {
      log(`  ${name} @ ${label}…`);
      collect();
      const timing = engineTiming();
      collect();
      const baseline = baselineTiming();
      cases.push({ name, entries, size, ...timing, baseline, ...extra });
    };

    runCase(
      'ask',
      () => measure(askMix, (q) => engine.ask(q), plans.query),
      () => measure(askMix, (q) => fuseAsk.search(q, { limit: 1 }), plans.baseline),
    );
    runCase(
      'quote',
      () => measure(quoteMix, (q) => engine.findQuotes(q), plans.query),
      () =>
        measure(
          quoteMix,
          (q) => fuseQuotes.search([q.speaker, q.topic].filter(Boolean).join(' '), { limit: 1 }),
          plans.baseline,
        ),
    );
    const prefixes = autocompleteQueries(knowledge.qa, 2000, mulberry32(seed + 2));
    runCase(
      'autocomplete',
      () => measure(prefixes, (p) => engine.suggestQuestions(p), plans.query),
      () => measure(prefixes, (p) => fuseQuestions.search(p, { limit: 25 }), plans.baseline),
    );

    // Load: the real knowledge base from disk (parse, validate, verbatim checks) + index build;
    // a synthetic one is validated against the schema (it has no files) + index build.
    const load =
      size === 'real'
        ? (index: (k: Knowledge) => unknown) => () => {
            const result = loadKnowledge(options.knowledgeDir);
            if (!result.ok) throw new Error('the knowledge base stopped loading');
            index(result.knowledge);
          }
        : (index: (k: Knowledge) => unknown) => () => {
            qaListSchema.parse(knowledge.qa);
            index(knowledge);
          };
    const engineLoad = load((k) => buildEngine(k, {}, size === 'real' ? cache : undefined));
    const fuseLoad = load((k) => new Fuse(k.qa, { keys: ASK_KEYS }));
    // Real: the process's first (cold) load + index build; synthetic: its first index build.
    const firstMs = round3(size === 'real' ? firstLoadMs : indexBuildMs);
    runCase(
      'load',
      () => measure([0], engineLoad, plans.load),
      () => measure([0], fuseLoad, plans.load),
      { firstMs },
    );
  }

  const startRuns = options.startRuns ?? 0;
  if (startRuns > 0 && options.projectRoot) {
    log(`start-console × ${startRuns}…`);
    const timing = await timeStartConsole(options.projectRoot, startRuns);
    cases.push({
      name: 'start-console',
      entries: real.qa.length,
      size: 'real',
      ...timing,
      baseline: null,
    });
  }
  if (options.http) {
    log('http: 1,000 signed interactions from 50 connections, 1 then 2 processes…');
    const signer = newLoadSigner();
    const first = await startHttpProcess(signer);
    const second = await startHttpProcess(signer);
    try {
      await runHttpLoad([first.port, second.port], signer); // warm-up
      for (const [name, ports] of [
        ['http-1-process', [first.port]],
        ['http-2-processes', [first.port, second.port]],
      ] as const) {
        const result = await runHttpLoad(ports, signer);
        if (result.lost > 0) log(`${name}: ${result.lost} interactions lost`);
        log(`${name}: ${Math.round(result.perSecond)} interactions/s`);
        cases.push({
          name,
          entries: real.qa.length,
          size: 'real',
          ...summarize(result.latencies),
          baseline: null,
        });
      }
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  }
  return {
    cases,
    memory: {
      gc: gc !== null,
      firstLoadHeapMb,
      sizes,
      peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    },
  };
}

/** The report in the `--json` contract's shape, and nothing more. */
export function toJson(report: BenchReport): BenchJson {
  return {
    cases: report.cases.map((c) => ({
      name: c.name,
      entries: c.entries,
      p50Ms: c.p50Ms,
      p99Ms: c.p99Ms,
      maxMs: c.maxMs,
      baseline: c.baseline ? { p50Ms: c.baseline.p50Ms, p99Ms: c.baseline.p99Ms } : null,
    })),
    memory: report.memory,
  };
}

export interface TargetCheck {
  readonly target: string;
  readonly limitMs: number;
  /** null: the case/size was not run. */
  readonly actualMs: number | null;
  readonly pass: boolean | null;
}

/** The targets, checked against the p99s of this run. */
export function checkTargets(report: BenchReport): TargetCheck[] {
  const p99 = (name: CaseName, size: SizeSpec) =>
    report.cases.find((c) => c.name === name && c.size === size)?.p99Ms ?? null;
  const check = (target: string, limitMs: number, actualMs: number | null): TargetCheck => ({
    target,
    limitMs,
    actualMs,
    pass: actualMs === null ? null : actualMs <= limitMs,
  });
  return [
    check('ask p99 ≤ 1 ms on the real knowledge base', 1, p99('ask', 'real')),
    check('ask p99 ≤ 5 ms at 10,000 entries', 5, p99('ask', 10_000)),
    check('autocomplete p99 ≤ 2 ms at 10,000 entries', 2, p99('autocomplete', 10_000)),
    check('load + index p99 ≤ 100 ms, real knowledge base', 100, p99('load', 'real')),
  ];
}
