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
}

/** The question types an answer is checked against once, at build. */
const QUESTION_TYPES = [null, 'quantity', 'time', 'clock', 'duration', 'place', 'person'] as const;

/** Function words this light or lighter are kept as bits, not postings; room for 32 × LIGHT_WORDS of them. */
const LIGHT_WEIGHT = 0.15;
const LIGHT_WORDS = 4;

const EMPTY_POSTINGS = new Int32Array(0);

/** The `k`-th largest of `values[at[0..count)]`, or -Infinity when there are fewer. */
function kthLargest(values: Float64Array, at: Int32Array, count: number, k: number): number {
  if (count < k) return Number.NEGATIVE_INFINITY;
  const best: number[] = [];
  for (let i = 0; i < count; i++) {
    const value = values[at[i] as number] as number;
    if (best.length >= k && value <= (best[k - 1] as number)) continue;
    let j = best.length;
    while (j > 0 && (best[j - 1] as number) < value) j--;
    best.splice(j, 0, value);
    if (best.length > k) best.pop();
  }
  return best[k - 1] as number;
}

/** A bare number ("2", "10") says nothing on its own. */
const BARE_NUMBER = /^\d+$/;

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

/**
 * An inverted index of normalised terms over the Q&A entries, with IDF weights, at two levels:
 * entries (for coverage: which of the question's terms an entry knows) and single phrasings (for
 * phrasing similarity). A query walks only the postings of its own terms and accumulates into
 * typed arrays, so its cost grows with how common its words are, not with the number of entries.
 */
export class QaIndex {
  readonly #entries: IndexedEntry[];
  readonly #idf = new Map<string, number>();
  readonly #options: EngineOptions;
  readonly #names: ReadonlySet<string>;
  /** Entry-level postings: entries whose phrasings or tags use the term, and entries whose answer or excerpts alone do. */
  readonly #phrasingPostings = new Map<string, Int32Array>();
  readonly #answerPostings = new Map<string, Int32Array>();
  /** Phrasing-level postings (content terms and "~function" words) → phrasing numbers. */
  readonly #termPhrasings = new Map<string, Int32Array>();
  /** Per phrasing: its entry's position and the sum of its terms' own weights. */
  readonly #phrasingEntry: Int32Array;
  readonly #phrasingWeight: Float64Array;
  /** Each entry's phrasings are numbered `#firstPhrasing[position]` up to the next entry's first. */
  readonly #firstPhrasing: Int32Array;
  /**
   * Light function words ("the", "did": weight 0.15 or less) are too common for postings: each
   * phrasing keeps them as a bit set, `LIGHT_WORDS` 32-bit words per phrasing.
   */
  readonly #lightBit = new Map<string, number>();
  readonly #lightMasks: Uint32Array;
  /** Phrasings made of function words only ("who did it"), for `searchShape`. */
  readonly #shapeOnly: { readonly position: number; readonly words: readonly string[] }[] = [];
  readonly #typeFits = new Map<QuestionType | null, Uint8Array>();
  // Scratch accumulators, reused by every query (a query runs synchronously, start to end).
  readonly #covered: Float64Array;
  readonly #matched: Float64Array;
  readonly #namesHeld: Int32Array;
  readonly #similarity: Float64Array;
  readonly #shared: Float64Array;
  readonly #own: Float64Array;
  readonly #phrasingSimilarity: Float64Array;
  readonly #scores: Float64Array;
  readonly #candidates: Int32Array;
  readonly #touched: Int32Array;

  /**
   * `termize` turns a phrasing into terms the way a question is analysed (typos in alternates are
   * repaired like typos in questions, so "chineese" in an alternate still means China).
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
        ...new Set([...(phrasingTerms[i] ?? []), ...functionWordsOf(text)]),
      ]);
      const answerTerms = new Set(
        [entry.answer, ...entry.sources.map((s) => s.excerpt)]
          .flatMap(termsOf)
          .filter((t) => !terms.has(t)),
      );
      return { entry, terms, answerTerms, phrasings };
    });
    const phrasingLists = new Map<string, number[]>();
    const answerLists = new Map<string, number[]>();
    const add = (lists: Map<string, number[]>, term: string, position: number) => {
      const list = lists.get(term);
      if (list) list.push(position);
      else lists.set(term, [position]);
    };
    this.#entries.forEach((indexed, position) => {
      for (const term of indexed.terms) add(phrasingLists, term, position);
      for (const term of indexed.answerTerms) add(answerLists, term, position);
    });
    const total = this.#entries.length;
    for (const term of new Set([...phrasingLists.keys(), ...answerLists.keys()])) {
      const count = (phrasingLists.get(term)?.length ?? 0) + (answerLists.get(term)?.length ?? 0);
      this.#idf.set(term, Math.log((total + 1) / (count + 0.5)));
    }
    for (const [term, list] of phrasingLists)
      this.#phrasingPostings.set(term, Int32Array.from(list));
    for (const [term, list] of answerLists) this.#answerPostings.set(term, Int32Array.from(list));

    const phrasingCount = this.#entries.reduce((sum, e) => sum + e.phrasings.length, 0);
    this.#phrasingEntry = new Int32Array(phrasingCount);
    this.#phrasingWeight = new Float64Array(phrasingCount);
    this.#firstPhrasing = new Int32Array(total + 1);
    this.#lightMasks = new Uint32Array(phrasingCount * LIGHT_WORDS);
    const termPhrasings = new Map<string, number[]>();
    let next = 0;
    this.#entries.forEach((indexed, position) => {
      this.#firstPhrasing[position] = next;
      for (const phrasing of indexed.phrasings) {
        const number = next++;
        this.#phrasingEntry[number] = position;
        let weight = 0;
        for (const term of phrasing) {
          weight += this.#ownWeight(term);
          const bit = this.#lightBitOf(term, true);
          if (bit === undefined) add(termPhrasings, term, number);
          else {
            const at = number * LIGHT_WORDS + (bit >>> 5);
            this.#lightMasks[at] = (this.#lightMasks[at] as number) | (1 << (bit & 31));
          }
        }
        this.#phrasingWeight[number] = weight;
        if (phrasing.length > 0 && phrasing.every((term) => term.startsWith('~')))
          this.#shapeOnly.push({ position, words: phrasing });
      }
    });
    this.#firstPhrasing[total] = next;
    for (const [term, list] of termPhrasings) this.#termPhrasings.set(term, Int32Array.from(list));
    for (const type of QUESTION_TYPES) {
      this.#typeFits.set(
        type,
        Uint8Array.from(this.#entries, (indexed) =>
          answerFitsType(indexed.entry.answer, type) ? 1 : 0,
        ),
      );
    }
    this.#covered = new Float64Array(total);
    this.#matched = new Float64Array(total);
    this.#namesHeld = new Int32Array(total);
    this.#similarity = new Float64Array(total).fill(-1);
    this.#shared = new Float64Array(phrasingCount);
    this.#own = new Float64Array(phrasingCount);
    this.#phrasingSimilarity = new Float64Array(phrasingCount).fill(-1);
    this.#scores = new Float64Array(total);
    this.#candidates = new Int32Array(total);
    this.#touched = new Int32Array(phrasingCount);
  }

  /** The bit of a light function word (given one when `assign` and there is room); undefined otherwise. */
  #lightBitOf(term: string, assign = false): number | undefined {
    if (!term.startsWith('~') || functionWordWeight(term) > LIGHT_WEIGHT) return undefined;
    const bit = this.#lightBit.get(term);
    if (bit !== undefined || !assign || this.#lightBit.size >= LIGHT_WORDS * 32) return bit;
    this.#lightBit.set(term, this.#lightBit.size);
    return this.#lightBit.size - 1;
  }

  /** A phrasing term's own weight: its IDF (at least 0.1), or a function word's fixed weight. */
  #ownWeight(term: string): number {
    return term.startsWith('~')
      ? functionWordWeight(term)
      : Math.max(this.#idf.get(term) ?? 0, 0.1);
  }

  get terms(): ReadonlySet<string> {
    return new Set(this.#idf.keys());
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
    for (const { position, words } of this.#shapeOnly) {
      let shared = 0;
      let union = 0;
      for (const word of new Set([...words, ...query])) {
        const weight = functionWordWeight(word);
        union += weight;
        if (query.has(word) && words.includes(word)) shared += weight;
      }
      const similarity = shared / union;
      const entry = this.#entries[position]?.entry;
      if (entry && (!best || similarity > best.similarity)) best = { entry, similarity };
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
    let totalWeight = 0;
    for (const weight of weights.values()) totalWeight += weight;
    const shapeWeights = new Map<string, number>([
      ...weights,
      ...functionWords.map((w): [string, number] => [w, functionWordWeight(w)]),
    ]);
    let shapeTotal = 0;
    for (const weight of shapeWeights.values()) shapeTotal += weight;
    const queryNames = query.filter((t) => this.#names.has(t.term)).length;
    const { coverageWeight, typeMismatchPenalty, otherNamePenalty, answerTermCredit } =
      this.#options;
    const covered = this.#covered;
    const matched = this.#matched;
    const namesHeld = this.#namesHeld;
    const similarity = this.#similarity;
    const empty = EMPTY_POSTINGS;

    // Coverage: every entry that knows one of the question's terms is a candidate.
    const candidates = this.#candidates;
    let candidateCount = 0;
    for (const [term, weight] of weights) {
      const counts = !BARE_NUMBER.test(term);
      const isName = this.#names.has(term);
      const direct = this.#phrasingPostings.get(term) ?? empty;
      for (let i = 0; i < direct.length; i++) {
        const position = direct[i] as number;
        if (similarity[position] === -1) {
          similarity[position] = 0;
          candidates[candidateCount++] = position;
        }
        covered[position] = (covered[position] as number) + weight;
        if (counts) matched[position] = (matched[position] as number) + weight;
        if (isName) namesHeld[position] = (namesHeld[position] as number) + 1;
      }
      const credited = weight * answerTermCredit;
      const viaAnswer = this.#answerPostings.get(term) ?? empty;
      for (let i = 0; i < viaAnswer.length; i++) {
        const position = viaAnswer[i] as number;
        if (similarity[position] === -1) {
          similarity[position] = 0;
          candidates[candidateCount++] = position;
        }
        covered[position] = (covered[position] as number) + credited;
        if (counts) matched[position] = (matched[position] as number) + weight;
      }
    }

    // Phrasing similarity: weighted Jaccard of the question's terms and function words with each
    // phrasing; an entry's is its best phrasing's. Content terms and question words walk their
    // phrasing postings; light function words are added from each phrasing's bit set.
    const shared = this.#shared;
    const own = this.#own;
    const phrasingSimilarity = this.#phrasingSimilarity;
    const lightMask = new Uint32Array(LIGHT_WORDS);
    const lightWeight: number[] = [];
    const lightWord: number[] = [];
    const lightBit: number[] = [];
    let lightTotal = 0;
    const touched = this.#touched;
    let touchedCount = 0;
    for (const [term, weight] of shapeWeights) {
      const bit = this.#lightBitOf(term);
      if (bit !== undefined) {
        lightMask[bit >>> 5] = (lightMask[bit >>> 5] as number) | (1 << (bit & 31));
        lightWord.push(bit >>> 5);
        lightBit.push(1 << (bit & 31));
        lightWeight.push(weight);
        lightTotal += weight;
        continue;
      }
      const postings = this.#termPhrasings.get(term);
      if (!postings) continue;
      const ownWeight = this.#ownWeight(term);
      for (let i = 0; i < postings.length; i++) {
        const phrasing = postings[i] as number;
        // Phrasings of entries that are not candidates (shared function words only) are skipped.
        if (similarity[this.#phrasingEntry[phrasing] as number] === -1) continue;
        if (shared[phrasing] === 0) touched[touchedCount++] = phrasing;
        shared[phrasing] = (shared[phrasing] as number) + weight;
        own[phrasing] = (own[phrasing] as number) + ownWeight;
      }
    }
    const masks = this.#lightMasks;
    const phrasingWeight = this.#phrasingWeight;
    const lightCount = lightWeight.length;
    /** Weight of the light words a phrasing shares with the question. */
    const lightShared = (phrasing: number) => {
      let sum = 0;
      const base = phrasing * LIGHT_WORDS;
      for (let j = 0; j < lightCount; j++) {
        if (((masks[base + (lightWord[j] as number)] as number) & (lightBit[j] as number)) !== 0)
          sum += lightWeight[j] as number;
      }
      return sum;
    };
    for (let i = 0; i < touchedCount; i++) {
      const phrasing = touched[i] as number;
      const position = this.#phrasingEntry[phrasing] as number;
      const light = lightCount === 0 ? 0 : lightShared(phrasing);
      const value =
        ((shared[phrasing] as number) + light) /
        (shapeTotal + (phrasingWeight[phrasing] as number) - (own[phrasing] as number) - light);
      phrasingSimilarity[phrasing] = value;
      if (value > (similarity[position] as number)) similarity[position] = value;
      shared[phrasing] = 0;
      own[phrasing] = 0;
    }

    // A phrasing sharing only light words with the question reaches at most `lightBound`; only
    // candidates that could still make the top `limit` with it have such phrasings looked at.
    const lightBound = lightTotal / shapeTotal;
    const fits = this.#typeFits.get(type);
    const scores = this.#scores;
    const scoreOf = (position: number, phraseSimilarity: number) => {
      const coverage = (covered[position] as number) / totalWeight;
      let penalty = fits && fits[position] !== 1 ? typeMismatchPenalty : 1;
      if ((namesHeld[position] as number) < queryNames) penalty *= otherNamePenalty;
      return penalty * (coverageWeight * coverage + (1 - coverageWeight) * phraseSimilarity);
    };
    for (let i = 0; i < candidateCount; i++) {
      const position = candidates[i] as number;
      scores[position] = scoreOf(position, similarity[position] as number);
    }
    if (lightTotal > 0) {
      // The `limit`-th best score with the phrasings seen so far: a floor under the final one.
      const floor = kthLargest(scores, candidates, candidateCount, limit);
      for (let i = 0; i < candidateCount; i++) {
        const position = candidates[i] as number;
        const seen = similarity[position] as number;
        if (seen >= lightBound || scoreOf(position, lightBound) < floor) continue;
        let value = seen;
        const end = this.#firstPhrasing[position + 1] as number;
        for (let phrasing = this.#firstPhrasing[position] as number; phrasing < end; phrasing++) {
          if (phrasingSimilarity[phrasing] !== -1) continue;
          const light = lightShared(phrasing);
          const lightOnly = light / (shapeTotal + (phrasingWeight[phrasing] as number) - light);
          if (lightOnly > value) value = lightOnly;
        }
        if (value > seen) {
          similarity[position] = value;
          scores[position] = scoreOf(position, value);
        }
      }
    }
    for (let i = 0; i < touchedCount; i++) phrasingSimilarity[touched[i] as number] = -1;

    // Keep the best `limit` (ties: the earlier entry first).
    const top: ScoredEntry[] = [];
    const topPositions: number[] = [];
    const before = (score: number, position: number, at: number) => {
      const other = top[at]?.score ?? 0;
      return score > other || (score === other && position < (topPositions[at] ?? 0));
    };
    for (let i = 0; i < candidateCount; i++) {
      const position = candidates[i] as number;
      const score = scores[position] as number;
      const phraseSimilarity = similarity[position] as number;
      const coverage = (covered[position] as number) / totalWeight;
      const matchedSoFar = matched[position] as number;
      covered[position] = 0;
      matched[position] = 0;
      namesHeld[position] = 0;
      similarity[position] = -1;
      if (top.length >= limit && !before(score, position, limit - 1)) continue;
      const entry = this.#entries[position]?.entry;
      if (!entry) continue;
      // A phrasing matched word for word (typos repaired) stands even when its words are common.
      const matchedWeight = phraseSimilarity >= 0.999 ? Number.POSITIVE_INFINITY : matchedSoFar;
      const typeFits = fits ? fits[position] === 1 : true;
      let at = top.length;
      while (at > 0 && before(score, position, at - 1)) at--;
      top.splice(at, 0, { entry, score, coverage, phraseSimilarity, matchedWeight, typeFits });
      topPositions.splice(at, 0, position);
      if (top.length > limit) {
        top.pop();
        topPositions.pop();
      }
    }
    return top;
  }
}
