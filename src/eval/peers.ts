import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Engine } from '../engine/engine.js';
import type { Knowledge, QaEntry } from '../knowledge/schema.js';
import { evaluate, type EvalItem, type Half, type HalfFigures } from './evaluate.js';

/**
 * Peer engines for `npm run eval -- --compare`: off-the-shelf search libraries over the same
 * knowledge base, each given its best single score cutoff on the tuning half, so the project's
 * engine is measured against what a plain library would do. Dev tooling only (MiniSearch is a
 * dev dependency): nothing the bot runs imports this file.
 *
 * The main rows index ONE DOCUMENT PER ENTRY over the entry's question, alternates (each
 * alternate its own string where the library takes arrays: Fuse; joined with newlines for
 * MiniSearch) and answer. The `/phrasing` rows index one document per phrasing (the question,
 * each alternate, the answer) mapped back to its entry. The top hit's entry is the answer; a top
 * hit whose score misses the cutoff, or no hit, is an abstention.
 */

export interface PeerHit {
  readonly id: string;
  readonly score: number;
}

export interface Peer {
  readonly name: string;
  readonly description: string;
  /** `lower`: a smaller score is a better match (Fuse, 0 = perfect); `higher`: BM25 and the like. */
  readonly better: 'lower' | 'higher';
  top(question: string): PeerHit | null;
}

const FIELDS = ['question', 'alternates', 'answer'] as const;

/**
 * `entry`: one document per entry (question, alternates, answer as fields). `phrasing`: one
 * document per phrasing (the question, each alternate, the answer), mapped back to its entry.
 */
export type Granularity = 'entry' | 'phrasing';

interface PhrasingDoc {
  readonly key: string;
  readonly entry: string;
  readonly text: string;
}

const phrasingDocs = (knowledge: Knowledge): PhrasingDoc[] =>
  knowledge.qa.flatMap((e) =>
    [e.question, ...e.alternates, e.answer].map((text, i) => ({
      key: `${e.id}#${i}`,
      entry: e.id,
      text,
    })),
  );

const suffix = (granularity: Granularity) => (granularity === 'entry' ? '' : '/phrasing');

function fusePeer(
  knowledge: Knowledge,
  granularity: Granularity,
  name: string,
  description: string,
  options: { useTokenSearch?: boolean },
): Peer {
  const search =
    granularity === 'entry'
      ? (() => {
          const fuse = new Fuse<QaEntry>(knowledge.qa, {
            keys: [...FIELDS],
            includeScore: true,
            ...options,
          });
          return (question: string) => {
            const hit = fuse.search(question, { limit: 1 })[0];
            return hit ? { id: hit.item.id, score: hit.score ?? 1 } : null;
          };
        })()
      : (() => {
          const fuse = new Fuse<PhrasingDoc>(phrasingDocs(knowledge), {
            keys: ['text'],
            includeScore: true,
            ...options,
          });
          return (question: string) => {
            const hit = fuse.search(question, { limit: 1 })[0];
            return hit ? { id: hit.item.entry, score: hit.score ?? 1 } : null;
          };
        })();
  return { name: name + suffix(granularity), description, better: 'lower', top: search };
}

/** (b) Fuse.js with its default options (only the keys, and scores switched on to read them). */
export function fuseDefaultPeer(knowledge: Knowledge, granularity: Granularity = 'entry'): Peer {
  return fusePeer(
    knowledge,
    granularity,
    'fuse-default',
    'Fuse.js 7.5 defaults (bitap, threshold 0.6, location 0, distance 100)',
    {},
  );
}

/** (c) Fuse.js 7 token search: per-word bitap, combined with IDF weights. */
export function fuseTokenPeer(knowledge: Knowledge, granularity: Granularity = 'entry'): Peer {
  return fusePeer(
    knowledge,
    granularity,
    'fuse-token',
    'Fuse.js 7.5 useTokenSearch: true (per-word fuzzy match, IDF-weighted, any word)',
    { useTokenSearch: true },
  );
}

/** (d) MiniSearch: BM25 with prefix and fuzzy (edit distance ≤ 20 % of the term) matching. */
export function miniSearchPeer(knowledge: Knowledge, granularity: Granularity = 'entry'): Peer {
  const searchOptions = { prefix: true, fuzzy: 0.2 };
  let search: (question: string) => PeerHit | null;
  if (granularity === 'entry') {
    const mini = new MiniSearch<{
      id: string;
      question: string;
      alternates: string;
      answer: string;
    }>({ fields: [...FIELDS], searchOptions });
    mini.addAll(
      knowledge.qa.map((e) => ({
        id: e.id,
        question: e.question,
        alternates: e.alternates.join('\n'),
        answer: e.answer,
      })),
    );
    search = (question) => {
      const hit = mini.search(question)[0];
      return hit ? { id: String(hit.id), score: hit.score } : null;
    };
  } else {
    const mini = new MiniSearch<PhrasingDoc>({
      idField: 'key',
      fields: ['text'],
      storeFields: ['entry'],
      searchOptions,
    });
    mini.addAll(phrasingDocs(knowledge));
    search = (question) => {
      const hit = mini.search(question)[0];
      return hit ? { id: String(hit['entry']), score: hit.score } : null;
    };
  }
  return {
    name: `minisearch${suffix(granularity)}`,
    description: 'MiniSearch 7.2 BM25, prefix: true, fuzzy: 0.2, any word',
    better: 'higher',
    top: search,
  };
}

/** The peers of the comparison: per entry (the required rows), then per phrasing. */
export function peersOf(
  knowledge: Knowledge,
  granularities: readonly Granularity[] = ['entry', 'phrasing'],
): Peer[] {
  return granularities.flatMap((g) => [
    fuseDefaultPeer(knowledge, g),
    fuseTokenPeer(knowledge, g),
    miniSearchPeer(knowledge, g),
  ]);
}

/** The evaluation's figures for one half, plus one number to rank engines by. */
export interface Figures extends HalfFigures {
  /** The mean of accuracy and abstention (each half of the set weighs the same). */
  readonly combined: number;
}

export interface ComparisonRow {
  readonly name: string;
  readonly description: string;
  /**
   * The score cutoff chosen on the tuning half: a hit answers when its score is ≤ it (`lower`)
   * or ≥ it (`higher`). ±Infinity: no cutoff / never answers; null for the project's engine,
   * whose thresholds are its own options (tuned on the same half).
   */
  readonly threshold: number | null;
  readonly thresholdLabel: string;
  readonly tuning: Figures;
  readonly heldout: Figures;
  readonly msPerQuery: number;
}

function figuresOf(outcomes: readonly { item: EvalItem; correct: boolean }[], half: Half): Figures {
  const mine = outcomes.filter((o) => o.item.half === half);
  const answerable = mine.filter((o) => o.item.expected !== null);
  const outOfScope = mine.filter((o) => o.item.expected === null);
  const answeredRight = answerable.filter((o) => o.correct).length;
  const abstained = outOfScope.filter((o) => o.correct).length;
  const accuracy = answerable.length ? answeredRight / answerable.length : 0;
  const abstention = outOfScope.length ? abstained / outOfScope.length : 0;
  return {
    answerable: answerable.length,
    answeredRight,
    outOfScope: outOfScope.length,
    abstained,
    accuracy,
    abstention,
    combined: (accuracy + abstention) / 2,
  };
}

const accepts = (better: Peer['better'], score: number, cutoff: number) =>
  better === 'lower' ? score <= cutoff : score >= cutoff;

function outcomesAt(
  hits: readonly { item: EvalItem; hit: PeerHit | null }[],
  better: Peer['better'],
  cutoff: number,
) {
  return hits.map(({ item, hit }) => {
    const answered = hit !== null && accepts(better, hit.score, cutoff) ? hit.id : null;
    return {
      item,
      correct: item.expected === null ? answered === null : item.expected.includes(answered ?? ''),
    };
  });
}

/**
 * The cutoff with the best combined figure on the tuning half. Candidates: no cutoff, never
 * answering, and the midpoints between consecutive distinct top scores of the tuning half;
 * among equally good cutoffs, the middle one.
 */
export function tuneThreshold(
  hits: readonly { item: EvalItem; hit: PeerHit | null }[],
  better: Peer['better'],
): number {
  const scores = [
    ...new Set(
      hits.filter((h) => h.item.half === 'tuning' && h.hit !== null).map((h) => h.hit?.score ?? 0),
    ),
  ].sort((a, b) => a - b);
  const candidates = [
    Number.NEGATIVE_INFINITY,
    ...scores.slice(1).map((score, i) => ((scores[i] ?? score) + score) / 2),
    Number.POSITIVE_INFINITY,
  ];
  const scored = candidates.map((cutoff) => ({
    cutoff,
    combined: figuresOf(outcomesAt(hits, better, cutoff), 'tuning').combined,
  }));
  const best = Math.max(...scored.map((s) => s.combined));
  const tied = scored.filter((s) => s.combined >= best - 1e-12);
  return tied[Math.floor((tied.length - 1) / 2)]?.cutoff ?? Number.POSITIVE_INFINITY;
}

function labelOf(better: Peer['better'], cutoff: number): string {
  const everything = better === 'lower' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (cutoff === everything) return 'none (every hit answers)';
  if (!Number.isFinite(cutoff)) return 'never answers';
  return `score ${better === 'lower' ? '≤' : '≥'} ${cutoff.toPrecision(3)}`;
}

/**
 * Mean time per question: the scoring pass's own time when that was slow (≥ 1 ms a question,
 * so one pass is already a long, stable sample), else further passes (up to `repeats`, about 2 s).
 */
function msPerQuery(
  run: (question: string) => unknown,
  items: readonly EvalItem[],
  repeats: number,
  firstPassMs: number,
) {
  const count = Math.max(1, items.length);
  if (firstPassMs / count >= 1 || repeats <= 0) return firstPassMs / count;
  const started = performance.now();
  let passes = 0;
  do {
    for (const item of items) run(item.question);
    passes++;
  } while (passes < repeats && performance.now() - started < 2000);
  return (performance.now() - started) / (passes * count);
}

export interface CompareOptions {
  /** At most this many timed passes over the set for ms/query (after the scoring pass, which warms up). */
  readonly repeats?: number;
  /** Peers to compare (default: `peersOf(engine.knowledge)`). */
  readonly peers?: readonly Peer[];
  /** Called with each peer's name before it runs (slow peers take seconds). */
  readonly progress?: (name: string) => void;
}

/**
 * The project's engine and its peers on the same labelled set and knowledge base, in this
 * process: figures per half, each peer's cutoff tuned on the tuning half only.
 */
export function comparePeers(
  engine: Engine,
  items: readonly EvalItem[],
  options: CompareOptions = {},
): ComparisonRow[] {
  const repeats = options.repeats ?? 5;
  const timed = <T>(run: () => T): [T, number] => {
    const started = performance.now();
    const result = run();
    return [result, performance.now() - started];
  };
  const [own, ownMs] = timed(() => evaluate(engine, items).outcomes);
  const rows: ComparisonRow[] = [
    {
      name: 'this engine',
      description: 'src/engine (normalise, IDF-weighted index, abstain for a reason)',
      threshold: null,
      thresholdLabel: `own options (answerThreshold ${engine.options.answerThreshold}, …)`,
      tuning: figuresOf(own, 'tuning'),
      heldout: figuresOf(own, 'heldout'),
      msPerQuery: msPerQuery((q) => engine.ask(q), items, repeats, ownMs),
    },
  ];
  for (const peer of options.peers ?? peersOf(engine.knowledge)) {
    options.progress?.(peer.name);
    const [hits, hitsMs] = timed(() =>
      items.map((item) => ({ item, hit: peer.top(item.question) })),
    );
    const cutoff = tuneThreshold(hits, peer.better);
    const outcomes = outcomesAt(hits, peer.better, cutoff);
    rows.push({
      name: peer.name,
      description: peer.description,
      threshold: cutoff,
      thresholdLabel: labelOf(peer.better, cutoff),
      tuning: figuresOf(outcomes, 'tuning'),
      heldout: figuresOf(outcomes, 'heldout'),
      msPerQuery: msPerQuery((q) => peer.top(q), items, repeats, hitsMs),
    });
  }
  return rows;
}

/** The comparison as a plain-text table (held-out figures; the tuning half's in brackets). */
export function formatComparison(rows: readonly ComparisonRow[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const header = [
    'engine',
    'cutoff (tuned on tuning half)',
    'tuning: top-1 / abstain / mean',
    'held-out: top-1',
    'held-out: abstain',
    'held-out: mean',
    'ms/query',
  ];
  const body = rows.map((r) => [
    r.name,
    r.thresholdLabel,
    `${pct(r.tuning.accuracy)} / ${pct(r.tuning.abstention)} / ${pct(r.tuning.combined)}`,
    `${pct(r.heldout.accuracy)} (${r.heldout.answeredRight}/${r.heldout.answerable})`,
    `${pct(r.heldout.abstention)} (${r.heldout.abstained}/${r.heldout.outOfScope})`,
    pct(r.heldout.combined),
    r.msPerQuery.toFixed(3),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...body.map(line),
  ].join('\n');
}
