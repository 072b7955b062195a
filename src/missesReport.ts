import type { Engine } from './engine/engine.js';
import { termsOf } from './engine/text.js';
import type { MissRecord } from './missesLog.js';

/** A group of near-duplicate questions from the misses log, for a curator to work through. */
export interface MissGroup {
  readonly count: number;
  /** The most frequent wording. */
  readonly question: string;
  readonly variants: readonly string[];
  readonly lastSeen: string;
  /** The closest existing entry now (the knowledge base may have changed since). */
  readonly closest: { readonly id: string; readonly question: string } | null;
}

/** Two questions are near duplicates when their content words overlap this much (Jaccard). */
const SAME_QUESTION = 0.6;

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Groups misses by meaning (content words), most frequent first, each with its closest entry. */
export function summariseMisses(records: readonly MissRecord[], engine: Engine): MissGroup[] {
  const groups: { terms: Set<string>; records: MissRecord[] }[] = [];
  for (const record of records) {
    const terms = new Set(termsOf(record.question));
    const group = groups.find((g) => jaccard(g.terms, terms) >= SAME_QUESTION);
    if (group) group.records.push(record);
    else groups.push({ terms, records: [record] });
  }
  return groups
    .map((group): MissGroup => {
      const counts = new Map<string, number>();
      for (const r of group.records) counts.set(r.question, (counts.get(r.question) ?? 0) + 1);
      const variants = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([q]) => q);
      const question = variants[0] ?? '';
      const result = engine.ask(question);
      const closestEntry =
        result.status === 'answered' && result.kind === 'entry'
          ? result.entry
          : (result.suggestions[0] ?? null);
      return {
        count: group.records.length,
        question,
        variants,
        lastSeen:
          group.records
            .map((r) => r.time)
            .sort()
            .at(-1) ?? '',
        closest: closestEntry ? { id: closestEntry.id, question: closestEntry.question } : null,
      };
    })
    .sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen));
}

/** Parses JSON Lines, skipping lines that are not miss records (a torn last line, say). */
export function parseMisses(text: string): MissRecord[] {
  return text.split('\n').flatMap((line) => {
    if (!line.trim()) return [];
    try {
      const value = JSON.parse(line) as Partial<MissRecord>;
      return typeof value.question === 'string' && typeof value.time === 'string'
        ? [value as MissRecord]
        : [];
    } catch {
      return [];
    }
  });
}
