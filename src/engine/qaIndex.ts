import type { QaEntry } from '../knowledge/schema.js';
import type { QueryTerm } from './analyzer.js';
import { englishCount } from './vocabulary.js';
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
  /** The phrasings' terms with their own weights (IDF or function-word weight), set once IDF is known. */
  weightedPhrasings: { terms: readonly string[]; weights: readonly number[] }[];
  readonly typeFits: Map<QuestionType | null, boolean>;
}

/** A question with more content words than this is long: its unknown everyday words weigh little. */
const LONG_QUERY_TERMS = 6;

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

  /**
   * `termize` turns a phrasing into terms the way a question is analysed (typos in alternates are
   * repaired like typos in questions, so "chineese" in an alternate still means China).
   */
  readonly #names: ReadonlySet<string>;

  /**
   * `names`: terms of proper names (people, organisations, groups). A question naming one is
   * about it, so an entry none of whose phrasings or tags name it is penalised.
   */
  constructor(
    entries: readonly QaEntry[],
    options: EngineOptions,
    termize: (text: string) => string[] = termsOf,
    names: ReadonlySet<string> = new Set(),
  ) {
    this.#options = options;
    this.#names = names;
    this.#entries = entries.map((entry) => {
      const texts = [entry.question, ...entry.alternates];
      const phrasingTerms = texts.map(termize);
      const terms = new Set([...phrasingTerms.flat(), ...entry.tags.flatMap(termsOf)]);
      const phrasings = texts.map((text, i) => [
        ...(phrasingTerms[i] ?? []),
        ...functionWordsOf(text),
      ]);
      const answerTerms = new Set(
        [entry.answer, ...entry.sources.map((s) => s.excerpt)]
          .flatMap(termsOf)
          .filter((t) => !terms.has(t)),
      );
      return { entry, terms, answerTerms, phrasings, weightedPhrasings: [], typeFits: new Map() };
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
    for (const indexed of this.#entries) {
      indexed.weightedPhrasings = indexed.phrasings.map((terms) => ({
        terms,
        weights: terms.map((term) =>
          term.startsWith('~') ? functionWordWeight(term) : Math.max(this.#idf.get(term) ?? 0, 0.1),
        ),
      }));
      for (const type of [
        null,
        'quantity',
        'time',
        'clock',
        'duration',
        'place',
        'person',
      ] as const)
        indexed.typeFits.set(type, answerFitsType(indexed.entry.answer, type));
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
    const { commonUnknownWeight, rareUnknownWeight, everydayWordDiscount } = this.#options;
    // How telling a known word is: its rarity here (IDF), discounted when it is an everyday
    // English word ("old", "work", "people") rather than a name or term of the trade.
    const knownWeight = (t: QueryTerm, idf: number) =>
      Math.max(idf, 0.1) / (1 + everydayWordDiscount * Math.log10(1 + englishCount(t.word) / 1000));
    const known = query.flatMap((t) => {
      const idf = this.#idf.get(t.term);
      return idf === undefined ? [] : [knownWeight(t, idf)];
    });
    // In a short question every unknown word matters as much as its main word; in a long,
    // rambling message most unknown words are padding.
    const heaviest = query.length > LONG_QUERY_TERMS ? 0 : Math.max(0, ...known);
    return new Map(
      query.map((t) => {
        const idf = this.#idf.get(t.term);
        if (idf !== undefined) return [t.term, knownWeight(t, idf)];
        // An everyday word we lack counts a share of the main word; a name or code we lack, all of it.
        return t.kind === 'common'
          ? [t.term, Math.max(commonUnknownWeight, heaviest * this.#options.unknownWordShare)]
          : [t.term, Math.max(rareUnknownWeight, heaviest)];
      }),
    );
  }

  /**
   * For a question made only of function words ("who did it", "how did they do it"): the entry
   * with a phrasing also made only of function words that is most like it.
   */
  searchShape(functionWords: readonly string[]): { entry: QaEntry; similarity: number } | null {
    if (functionWords.length === 0) return null;
    const query = new Set(functionWords);
    let best: { entry: QaEntry; similarity: number } | null = null;
    for (const indexed of this.#entries) {
      for (const phrasing of indexed.phrasings) {
        if (phrasing.length === 0 || phrasing.some((term) => !term.startsWith('~'))) continue;
        let shared = 0;
        let union = 0;
        for (const word of new Set([...phrasing, ...query])) {
          const weight = functionWordWeight(word);
          union += weight;
          if (query.has(word) && phrasing.includes(word)) shared += weight;
        }
        const similarity = shared / union;
        if (!best || similarity > best.similarity) best = { entry: indexed.entry, similarity };
      }
    }
    return best;
  }

  /** IDF of a term the knowledge base uses; undefined otherwise. */
  idfOf(term: string): number | undefined {
    return this.#idf.get(term);
  }

  /** Entries sharing at least one term with the query, best first (only the best `limit`). */
  search(
    query: readonly QueryTerm[],
    type: QuestionType | null,
    functionWords: readonly string[] = [],
    limit = 25,
  ): ScoredEntry[] {
    if (query.length === 0) return [];
    const weights = this.weigh(query);
    const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0);
    const shapeWeights = new Map<string, number>([
      ...weights,
      ...functionWords.map((w): [string, number] => [w, functionWordWeight(w)]),
    ]);
    const shapeTotal = [...shapeWeights.values()].reduce((a, b) => a + b, 0);
    const functionTotal = functionWords.reduce((s, w) => s + functionWordWeight(w), 0);
    const queryNames = query.filter((t) => this.#names.has(t.term)).map((t) => t.term);
    const candidates = new Set<number>();
    for (const { term } of query)
      for (const position of this.#postings.get(term) ?? []) candidates.add(position);
    const { coverageWeight, typeMismatchPenalty, otherNamePenalty } = this.#options;

    // Stage 1 (cheap): coverage, and an upper bound on the score. Phrase similarity is at most the
    // query's weight the entry's phrasing terms can share, over the query's shape weight.
    const stage: {
      indexed: IndexedEntry;
      coverage: number;
      matchedWeight: number;
      typeFits: boolean;
      penalty: number;
      bound: number;
    }[] = [];
    for (const position of candidates) {
      const indexed = this.#entries[position];
      if (!indexed) continue;
      let covered = 0;
      let matchedWeight = 0;
      let sharable = functionTotal;
      for (const [term, weight] of weights) {
        if (indexed.terms.has(term)) {
          covered += weight;
          sharable += weight;
        } else if (indexed.answerTerms.has(term))
          covered += weight * this.#options.answerTermCredit;
        else continue;
        // A bare number ("2", "10") says nothing on its own.
        if (!/^\d+$/.test(term)) matchedWeight += weight;
      }
      const coverage = covered / totalWeight;
      const typeFits = indexed.typeFits.get(type) ?? answerFitsType(indexed.entry.answer, type);
      let penalty = typeFits ? 1 : typeMismatchPenalty;
      if (queryNames.some((name) => !indexed.terms.has(name))) penalty *= otherNamePenalty;
      const bound =
        penalty *
        (coverageWeight * coverage + (1 - coverageWeight) * Math.min(1, sharable / shapeTotal));
      stage.push({ indexed, coverage, matchedWeight, typeFits, penalty, bound });
    }
    stage.sort((a, b) => b.bound - a.bound);

    // Stage 2 (exact): phrase similarity, best bound first, until no bound can reach the top `limit`.
    const scored: ScoredEntry[] = [];
    const best: number[] = []; // the top `limit` scores so far, descending
    for (const s of stage) {
      if (best.length >= limit && s.bound < (best[limit - 1] ?? 0)) break;
      let phraseSimilarity = 0;
      for (const phrasing of s.indexed.weightedPhrasings) {
        let shared = 0;
        let union = shapeTotal;
        for (let i = 0; i < phrasing.terms.length; i++) {
          const weight = shapeWeights.get(phrasing.terms[i] as string);
          if (weight !== undefined) shared += weight;
          else union += phrasing.weights[i] as number;
        }
        const similarity = shared / union;
        if (similarity > phraseSimilarity) phraseSimilarity = similarity;
      }
      let matchedWeight = s.matchedWeight;
      // A phrasing matched word for word (typos repaired) stands even when its words are common.
      if (phraseSimilarity >= 0.999) matchedWeight = Number.POSITIVE_INFINITY;
      const score =
        s.penalty * (coverageWeight * s.coverage + (1 - coverageWeight) * phraseSimilarity);
      scored.push({
        entry: s.indexed.entry,
        score,
        coverage: s.coverage,
        phraseSimilarity,
        matchedWeight,
        typeFits: s.typeFits,
      });
      let at = best.length;
      while (at > 0 && (best[at - 1] ?? 0) < score) at--;
      best.splice(at, 0, score);
      if (best.length > limit) best.pop();
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
