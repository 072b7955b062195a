import type { Source } from '../knowledge/schema.js';
import type { QueryTerm } from './analyzer.js';
import { termsOf } from './text.js';

export interface Passage {
  readonly source: Source;
  readonly text: string;
  readonly coverage: number;
}

interface Sentence {
  readonly source: Source;
  readonly text: string;
  readonly terms: ReadonlySet<string>;
}

/** Sentences of an article's text, split where a sentence ends and a capital or quote starts. */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((paragraph) =>
      paragraph
        .replace(/\s+/g, ' ')
        .trim()
        .split(/(?<=[.!?]["”’]?)\s+(?=["“]?[A-Z(])/),
    )
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** A passage is offered only for a question with at least this many content words, all found. */
const MIN_PASSAGE_TERMS = 3;

/** The passage fallback: article sentences that hold (nearly) every word of the question. */
export class PassageIndex {
  readonly #sentences: Sentence[];

  constructor(sources: readonly Source[]) {
    this.#sentences = sources.flatMap((source) =>
      [source.headline ?? '', source.dek ?? '', ...splitSentences(source.body)]
        .filter((text) => text.length > 0)
        .map((text) => ({ source, text, terms: new Set(termsOf(text)) })),
    );
  }

  /** Best sentences, at most one per source, whose coverage of the weighted query reaches `threshold`. */
  search(
    query: readonly QueryTerm[],
    weights: ReadonlyMap<string, number>,
    threshold: number,
  ): Passage[] {
    const known = query.filter((t) => t.kind === 'known');
    if (known.length < MIN_PASSAGE_TERMS) return [];
    const weightOf = (t: QueryTerm) => weights.get(t.term) ?? 0;
    const total = query.reduce((sum, t) => sum + weightOf(t), 0);
    const best = new Map<string, Passage>();
    for (const sentence of this.#sentences) {
      let covered = 0;
      let matched = 0;
      for (const term of query) {
        if (sentence.terms.has(term.term)) {
          covered += weightOf(term);
          matched += 1;
        }
      }
      const coverage = covered / total;
      if (matched < MIN_PASSAGE_TERMS || coverage < threshold) continue;
      const current = best.get(sentence.source.id);
      if (!current || coverage > current.coverage) {
        best.set(sentence.source.id, { source: sentence.source, text: sentence.text, coverage });
      }
    }
    return [...best.values()].sort((a, b) => b.coverage - a.coverage);
  }
}
