/**
 * `npm run bench [-- --json] [--strict] [--sizes real,1000,10000] [--scale 1] [--start-runs 10] [--skip-start] [--skip-http]`
 *
 * Latency of `/ask`, `/quote`, autocomplete and knowledge load + index build on the real
 * knowledge base and on synthetic ones of 1,000 and 10,000 entries, each next to plain Fuse.js
 * (default options) on the same entries; heap and RSS; process start → console ready → exit.
 * Checks the issue's targets (PASS/FAIL); exits 1 on a FAIL only with `--strict`.
 * `--json` prints one JSON object `{cases, memory}` on stdout and nothing else (progress and the
 * target checks go to stderr).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_SIZES,
  checkTargets,
  runBench,
  toJson,
  type BenchReport,
  type SizeSpec,
  type Timing,
} from '../src/eval/bench.js';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../src/paths.js';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean' },
    strict: { type: 'boolean' },
    sizes: { type: 'string' },
    scale: { type: 'string' },
    seed: { type: 'string' },
    'start-runs': { type: 'string' },
    'skip-start': { type: 'boolean' },
    'skip-http': { type: 'boolean' },
  },
});

function usage(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const number = (value: string | undefined, fallback: number, name: string) => {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) usage(`--${name} must be a number ≥ 0`);
  return parsed;
};

const sizes: SizeSpec[] = values.sizes
  ? values.sizes.split(',').map((s): SizeSpec => {
      const trimmed = s.trim();
      if (trimmed === 'real') return 'real';
      const n = Number(trimmed.replace(/_/g, ''));
      if (!Number.isInteger(n) || n < 1) usage(`--sizes takes "real" and entry counts: ${s}`);
      return n;
    })
  : [...DEFAULT_SIZES];

const progress = (line: string) => process.stderr.write(`${line}\n`);
const report = await runBench({
  knowledgeDir: KNOWLEDGE_DIR,
  evalFile: path.join(PROJECT_ROOT, 'test/eval/questions.yaml'),
  sizes,
  scale: number(values.scale, 1, 'scale'),
  seed: number(values.seed, 1, 'seed'),
  startRuns: values['skip-start'] ? 0 : Math.round(number(values['start-runs'], 10, 'start-runs')),
  http: !values['skip-http'],
  projectRoot: PROJECT_ROOT,
  log: progress,
});

const targets = checkTargets(report);
const targetLines = targets.map(
  (t) =>
    `${t.pass === null ? 'SKIP' : t.pass ? 'PASS' : 'FAIL'}  ${t.target}` +
    (t.actualMs === null ? ' (not run)' : `: p99 ${t.actualMs.toFixed(3)} ms`),
);

if (values.json) {
  process.stdout.write(`${JSON.stringify(toJson(report))}\n`);
  for (const line of targetLines) progress(line);
} else {
  console.log(formatReport(report));
  console.log(`\nTargets:\n${targetLines.map((l) => `  ${l}`).join('\n')}`);
}
if (values.strict && targets.some((t) => t.pass === false)) process.exit(1);

function formatReport(r: BenchReport): string {
  const ms = (x: number) => x.toFixed(3);
  const ratio = (ours: number, theirs: number) =>
    theirs > 0 ? `${(ours / theirs).toFixed(ours / theirs < 0.1 ? 4 : 2)}×` : '—';
  const sizeLabel = (size: SizeSpec, entries: number) =>
    size === 'real' ? `real (${entries})` : entries.toLocaleString('en-US');
  const header = [
    'case',
    'entries',
    'runs',
    'p50 ms',
    'p99 ms',
    'max ms',
    'Fuse runs',
    'Fuse p50',
    'Fuse p99',
    'p50 ratio',
    'p99 ratio',
  ];
  const row = (name: string, entries: string, t: Timing, b: Timing | null) => [
    name,
    entries,
    String(t.runs),
    ms(t.p50Ms),
    ms(t.p99Ms),
    ms(t.maxMs),
    b ? String(b.runs) : '—',
    b ? ms(b.p50Ms) : '—',
    b ? ms(b.p99Ms) : '—',
    b ? ratio(t.p50Ms, b.p50Ms) : '—',
    b ? ratio(t.p99Ms, b.p99Ms) : '—',
  ];
  const rows = r.cases.map((c) => row(c.name, sizeLabel(c.size, c.entries), c, c.baseline));
  const table = (head: string[], body: string[][]) => {
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]?.length ?? 0)));
    const line = (cells: readonly string[]) =>
      `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
    return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)];
  };
  const firsts = r.cases
    .filter((c) => c.name === 'load' && c.firstMs !== undefined)
    .map(
      (c) =>
        `  ${sizeLabel(c.size, c.entries)}: ${ms(c.firstMs ?? 0)} ms` +
        (c.size === 'real'
          ? ' (first load + index build in this process)'
          : ' (first index build)'),
    );
  const memory = table(
    [
      'entries',
      'index build ms',
      'Fuse index ms',
      'engine heap MB',
      'Fuse heap MB',
      'heap MB',
      'RSS MB',
    ],
    r.memory.sizes.map((s) => [
      sizeLabel(s.size, s.entries),
      ms(s.indexBuildMs),
      ms(s.baselineIndexBuildMs),
      String(s.engineHeapMb),
      String(s.baselineHeapMb),
      String(s.heapUsedMb),
      String(s.rssMb),
    ]),
  );
  return [
    'Latency per operation (ratio = this engine ÷ plain Fuse.js defaults on the same entries;',
    "below 1× the engine is faster). ask: the eval set's questions; quote: speakers and topics;",
    "autocomplete: 1–10 character prefixes of the knowledge base's questions; load: real = read +",
    'validate + index build, synthetic = schema validation + index build.',
    '',
    ...table(header, rows),
    '',
    'First (cold) load:',
    ...firsts,
    '',
    `Memory (${r.memory.gc ? 'after a full GC' : 'no forced GC: heap figures are rough'}; peak RSS ${r.memory.peakRssMb} MB;`,
    `the first load kept ${r.memory.firstLoadHeapMb} MB, shared word tables included):`,
    ...memory,
  ].join('\n');
}
