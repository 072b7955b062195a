import type { QaEntry } from '../knowledge/schema.js';
import type { QueryTerm } from './analyzer.js';
import type { EngineOptions } from './options.js';
import {
  answerFitsType,
  functionWordWeight,
  functionWordsOf,
  termsOf,
  type QuestionType,
} from './text.js';

interface IndexedEntry {
  readonly entry: QaEntry;
  /** Terms of the question, alternates and tags. */
  readonly terms: ReadonlySet<string>;
  /** Terms only the answer and excerpts use. */
  readonly answerTerms: ReadonlySet<string>;
  /** Content terms and function words of each phrasing. */
  readonly phrasings: readonly (readonly string[])[];
}

export interface ScoredEntry {
  readonly entry: QaEntry;
  readonly score: number;
  readonly coverage: number;
  readonly phraseSimilarity: number;
  /** Sum of the IDF of the query's terms this entry covers: too little means too generic a match. */
  readonly matchedWeight: number;
  readonly typeFits: boolean;
}

/** An inverted index of normalised terms over the Q&A entries, with IDF weights. */
export class QaIndex {
  readonly #entries: IndexedEntry[];
  readonly #postings = new Map<string, number[]>();
  readonly #idf = new Map<string, number>();
  readonly #options: EngineOptions;

  constructor(entries: readonly QaEntry[], options: EngineOptions) {
    this.#options = options;
    this.#entries = entries.map((entry) => {
      const texts = [entry.question, ...entry.alternates];
      const terms = new Set([...texts.flatMap(termsOf), ...entry.tags.flatMap(termsOf)]);
      const phrasings = texts.map((text) => [...termsOf(text), ...functionWordsOf(text)]);
      const answerTerms = new Set(
        [entry.answer, ...entry.sources.map((s) => s.excerpt)]
          .flatMap(termsOf)
          .filter((t) => !terms.has(t)),
      );
      return { entry, terms, answerTerms, phrasings };
    });
    this.#entries.forEach((indexed, position) => {
      for (const term of new Set([...indexed.terms, ...indexed.answerTerms])) {
        const list = this.#postings.get(term) ?? [];
        list.push(position);
        this.#postings.set(term, list);
      }
    });
    const total = this.#entries.length;
    for (const [term, list] of this.#postings) {
      this.#idf.set(term, Math.log((total + 1) / (list.length + 0.5)));
    }
  }

  get terms(): ReadonlySet<string> {
    return new Set(this.#postings.keys());
  }

  /**
   * The weight of each query term: its IDF if the knowledge base knows it. A word it has never
   * used weighs at least as much as the heaviest known word of the question (a rare name or code
   * more), so "is <known person> <unknown thing>" is not answered from what we know of the person.
   */
  weigh(query: readonly QueryTerm[]): Map<string, number> {
    const known = query
      .map((t) => this.#idf.get(t.term))
      .filter((w): w is number => w !== undefined);
    const heaviest = Math.max(0, ...known);
    const { commonUnknownWeight, rareUnknownWeight } = this.#options;
    return new Map(
      query.map((t) => {
        const idf = this.#idf.get(t.term);
        if (idf !== undefined) return [t.term, Math.max(idf, 0.1)];
        return [
          t.term,
          t.kind === 'common'
            ? Math.max(commonUnknownWeight, heaviest)
            : Math.max(rareUnknownWeight, heaviest),
        ];
      }),
    );
  }

  /** IDF of a term the knowledge base uses; undefined otherwise. */
  idfOf(term: string): number | undefined {
    return this.#idf.get(term);
  }

  /** Entries sharing at least one term with the query, best first. */
  search(
    query: readonly QueryTerm[],
    type: QuestionType | null,
    functionWords: readonly string[] = [],
  ): ScoredEntry[] {
    if (query.length === 0) return [];
    const weights = this.weigh(query);
    const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0);
    const shapeWeights = new Map<string, number>([
      ...weights,
      ...functionWords.map((w): [string, number] => [w, functionWordWeight(w)]),
    ]);
    const shapeTotal = [...shapeWeights.values()].reduce((a, b) => a + b, 0);
    const candidates = new Set<number>();
    for (const { term } of query)
      for (const position of this.#postings.get(term) ?? []) candidates.add(position);

    const scored: ScoredEntry[] = [];
    for (const position of candidates) {
      const indexed = this.#entries[position];
      if (!indexed) continue;
      let covered = 0;
      let matchedWeight = 0;
      for (const [term, weight] of weights) {
        if (indexed.terms.has(term)) covered += weight;
        else if (indexed.answerTerms.has(term)) covered += weight * this.#options.answerTermCredit;
        else continue;
        // A bare number ("2", "10") says nothing on its own.
        if (!/^\d+$/.test(term)) matchedWeight += weight;
      }
      const coverage = covered / totalWeight;
      let phraseSimilarity = 0;
      for (const phrasing of indexed.phrasings) {
        let shared = 0;
        let union = shapeTotal;
        for (const term of phrasing) {
          const weight = shapeWeights.get(term);
          if (weight !== undefined) shared += weight;
          else
            union += term.startsWith('~')
              ? functionWordWeight(term)
              : Math.max(this.#idf.get(term) ?? 0, 0.1);
        }
        phraseSimilarity = Math.max(phraseSimilarity, shared / union);
      }
      // A phrasing matched word for word (typos repaired) stands even when its words are common.
      if (phraseSimilarity >= 0.999)
        matchedWeight = Math.max(matchedWeight, Number.POSITIVE_INFINITY);
      const typeFits = answerFitsType(indexed.entry.answer, type);
      const { coverageWeight, typeMismatchPenalty } = this.#options;
      let score = coverageWeight * coverage + (1 - coverageWeight) * phraseSimilarity;
      if (!typeFits) score *= typeMismatchPenalty;
      scored.push({
        entry: indexed.entry,
        score,
        coverage,
        phraseSimilarity,
        matchedWeight,
        typeFits,
      });
    }
    return scored.sort((a, b) => b.score - a.score);
  }
}
