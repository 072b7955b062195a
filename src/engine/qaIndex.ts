import type { QaEntry } from '../knowledge/schema.js';
import type { QueryTerm } from './analyzer.js';
import { englishCount } from './vocabulary.js';
import type { EngineOptions } from './options.js';
import {
  RESERVED_TERMS,
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
  /** Content terms and function words of each phrasing: its own first, then its examples'. */
  readonly phrasings: readonly (readonly string[])[];
  /** How many of `phrasings` are the entry's own (question and alternates). */
  readonly own: number;
}

/**
 * Labelled example questions (the knowledge base's `examples:` and `out_of_scope:` lists).
 * An example is matched like a phrasing of its entry but adds nothing to the entry's vocabulary:
 * an entry is a candidate, and covers a question's words, only by its own phrasings, tags and
 * answer. So an example sharpens the choice between entries that already fit a question, and
 * cannot make an entry answer words its own text never uses ("operation cloud hopper?" stays
 * unanswered though an example of code-name reads "operation soft cell?").
 */
export interface ExampleQuestions {
  /** By entry id. */
  readonly examples?: ReadonlyMap<string, readonly string[]> | undefined;
  readonly outOfScope?: readonly string[] | undefined;
}

/** What an index is built from besides its entries, and how it reads text (for a cache). */
export interface QaIndexInputs extends ExampleQuestions {
  /**
   * A phrasing's content terms and function words, each once (content terms first): what
   * `termize` and `functionWordsOf` give together. Supplied by a cache; computed when absent.
   */
  readonly phrasingOf?: (text: string) => readonly string[];
  /** Terms of a tag, answer or excerpt (`termsOf`). */
  readonly termsOf?: (text: string) => readonly string[];
}

export interface Ranking {
  /** Entries sharing at least one term with the query, best first. */
  readonly entries: ScoredEntry[];
  /** Similarity of the out-of-scope example most like the query (0: none shares a content term). */
  readonly outOfScope: number;
}

/** The question types an answer is checked against once, at build. */
const QUESTION_TYPES = [null, 'quantity', 'time', 'clock', 'duration', 'place', 'person'] as const;

/** Phrasing numbers are walked in blocks of this many (the accumulators fit in L1/L2 cache). */
const BLOCK = 2048;

const EMPTY_POSTINGS = new Int32Array(0);

/** A bare number ("2", "10") says nothing on its own; a year ("since 2017") does. */
const BARE_NUMBER = /^(?!(?:19|20)\d\d$)\d+$/;

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
 * phrasing similarity). A query walks only the postings of its own content terms and accumulates
 * into typed arrays, so its cost grows with how common its words are, not with the number of
 * entries. Function words ("who", "the", "did") are a bit set per phrasing: they refine the
 * similarity of a phrasing that shares a content term with the question, and a phrasing that
 * shares nothing but function words with it is not similar at all.
 */
export class QaIndex {
  /** The entries, by position; what the postings and bit sets were built from is not kept. */
  readonly #entries: readonly QaEntry[];
  readonly #idf = new Map<string, number>();
  readonly #options: EngineOptions;
  readonly #names: ReadonlySet<string>;
  /** Entry-level postings: entries whose phrasings or tags use the term, and entries whose answer or excerpts alone do. */
  readonly #phrasingPostings = new Map<string, Int32Array>();
  readonly #answerPostings = new Map<string, Int32Array>();
  /** Phrasing-level postings of content terms → phrasing numbers, ascending. */
  readonly #termPhrasings = new Map<string, Int32Array>();
  /** Per phrasing: its entry's position and the sum of its terms' own weights. */
  readonly #phrasingEntry: Int32Array;
  /** 1 for a phrasing that is an example (not the entry's own question or alternate). */
  readonly #isExample: Uint8Array;
  /** Whether any phrasing is an example (when none, an entry's best phrasing is its own). */
  readonly #hasExamples: boolean;
  /** The first out-of-scope phrasing's number (they come last; the count when there are none). */
  readonly #outOfScopeStart: number;
  readonly #phrasingWeight: Float64Array;
  /** Each function word's bit; each phrasing's function words, `#maskWords` 32-bit words per phrasing. */
  readonly #wordBit = new Map<string, number>();
  readonly #maskWords: number;
  readonly #wordMasks: Uint32Array;
  /** Phrasings made of function words only ("who did it"), for `searchShape`. */
  readonly #shapeOnly: { readonly position: number; readonly words: readonly string[] }[] = [];
  readonly #typeFits = new Map<QuestionType | null, Uint8Array>();
  // Scratch accumulators, reused by every query (a query runs synchronously, start to end).
  readonly #covered: Float64Array;
  readonly #matched: Float64Array;
  readonly #namesHeld: Int32Array;
  readonly #similarity: Float64Array;
  /** The best similarity of the entry's own phrasings alone (a word-for-word match must be one). */
  readonly #ownSimilarity: Float64Array;
  readonly #candidates: Int32Array;
  readonly #shared: Float64Array;
  readonly #own: Float64Array;
  /** Per phrasing of the block: how many of the query's terms it holds. */
  readonly #termsShared: Int32Array;
  /** Per out-of-scope phrasing: how many content terms it has (0 for the others). */
  readonly #contentCount: Int32Array;
  readonly #blockTouched: Int32Array;

  /**
   * `termize` turns a phrasing into terms the way a question is analysed (typos in alternates are
   * repaired like typos in questions, so "chineese" in an alternate still means China).
   * `names`: terms of proper names (people, organisations, groups). A question naming one is
   * about it, so an entry none of whose phrasings or tags name it is penalised.
   */
  constructor(
    entries: readonly QaEntry[],
    options: EngineOptions,
    termize: (text: string) => readonly string[] = termsOf,
    names: ReadonlySet<string> = new Set(),
    inputs: QaIndexInputs = {},
  ) {
    const {
      phrasingOf = (text: string) => [...new Set([...termize(text), ...functionWordsOf(text)])],
      termsOf: plainTerms = termsOf,
    } = inputs;
    this.#options = options;
    this.#names = names;
    this.#entries = entries;
    const indexedEntries: IndexedEntry[] = entries.map((entry) => {
      const texts = [entry.question, ...entry.alternates];
      const phrasings = texts.map(phrasingOf);
      const terms = new Set(entry.tags.flatMap(plainTerms));
      for (const phrasing of phrasings)
        for (const term of phrasing) if (!term.startsWith('~')) terms.add(term);
      for (const text of inputs.examples?.get(entry.id) ?? []) phrasings.push(phrasingOf(text));
      const answerTerms = new Set(
        [entry.answer, ...entry.sources.map((s) => s.excerpt)]
          .flatMap(plainTerms)
          .filter((t) => !terms.has(t) && !RESERVED_TERMS.has(t)),
      );
      return { entry, terms, answerTerms, phrasings, own: texts.length };
    });
    const phrasingLists = new Map<string, number[]>();
    const answerLists = new Map<string, number[]>();
    const add = (lists: Map<string, number[]>, term: string, position: number) => {
      const list = lists.get(term);
      if (list) list.push(position);
      else lists.set(term, [position]);
    };
    indexedEntries.forEach((indexed, position) => {
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

    // The out-of-scope examples are the phrasings of one more position, past the entries: they
    // take part in the similarity walk only (no postings at entry level, no IDF).
    const outOfScope = (inputs.outOfScope ?? []).map(phrasingOf);
    const phrasingCount =
      indexedEntries.reduce((sum, e) => sum + e.phrasings.length, 0) + outOfScope.length;
    for (const phrasing of [...indexedEntries.flatMap((e) => e.phrasings), ...outOfScope])
      for (const term of phrasing)
        if (term.startsWith('~') && !this.#wordBit.has(term))
          this.#wordBit.set(term, this.#wordBit.size);
    this.#maskWords = Math.max(1, Math.ceil(this.#wordBit.size / 32));
    this.#wordMasks = new Uint32Array(phrasingCount * this.#maskWords);
    this.#phrasingEntry = new Int32Array(phrasingCount);
    this.#phrasingWeight = new Float64Array(phrasingCount);
    this.#isExample = new Uint8Array(phrasingCount);
    this.#outOfScopeStart = phrasingCount - outOfScope.length;
    let hasExamples = false;
    this.#contentCount = new Int32Array(phrasingCount);
    const termPhrasings = new Map<string, number[]>();
    let next = 0;
    [...indexedEntries, { phrasings: outOfScope, own: 0 }].forEach((indexed, position) => {
      for (const [i, phrasing] of indexed.phrasings.entries()) {
        const number = next++;
        this.#phrasingEntry[number] = position;
        if (i >= indexed.own) {
          this.#isExample[number] = 1;
          if (position < entries.length) hasExamples = true;
        }
        let weight = 0;
        for (const term of phrasing) {
          weight += this.#ownWeight(term);
          const bit = this.#wordBit.get(term);
          if (bit === undefined) add(termPhrasings, term, number);
          else {
            const at = number * this.#maskWords + (bit >>> 5);
            this.#wordMasks[at] = (this.#wordMasks[at] as number) | (1 << (bit & 31));
          }
        }
        this.#phrasingWeight[number] = weight;
        if (position === entries.length)
          this.#contentCount[number] = phrasing.filter((term) => !term.startsWith('~')).length;
        if (
          i < indexed.own &&
          phrasing.length > 0 &&
          phrasing.every((term) => term.startsWith('~'))
        )
          this.#shapeOnly.push({ position, words: phrasing });
      }
    });
    for (const [term, list] of termPhrasings) this.#termPhrasings.set(term, Int32Array.from(list));
    this.#hasExamples = hasExamples;
    for (const type of QUESTION_TYPES) {
      this.#typeFits.set(
        type,
        Uint8Array.from(entries, (entry) => (answerFitsType(entry.answer, type) ? 1 : 0)),
      );
    }
    this.#covered = new Float64Array(total);
    this.#matched = new Float64Array(total);
    this.#namesHeld = new Int32Array(total);
    this.#similarity = new Float64Array(total).fill(-1);
    this.#ownSimilarity = new Float64Array(total);
    this.#candidates = new Int32Array(total);
    this.#shared = new Float64Array(BLOCK);
    this.#own = new Float64Array(BLOCK);
    this.#termsShared = new Int32Array(BLOCK);
    this.#blockTouched = new Int32Array(BLOCK);
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
      const entry = this.#entries[position];
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
  ): Ranking {
    if (query.length === 0) return { entries: [], outOfScope: 0 };
    const weights = this.weigh(query);
    let totalWeight = 0;
    for (const weight of weights.values()) totalWeight += weight;
    // The question's side of every phrasing's union: its terms and its function words.
    let shapeTotal = totalWeight;
    for (const word of new Set(functionWords)) shapeTotal += functionWordWeight(word);
    const queryNames = query.filter((t) => this.#names.has(t.term)).length;
    const {
      coverageWeight,
      typeMismatchPenalty,
      otherNamePenalty,
      answerTermCredit,
      nearExactSimilarity,
    } = this.#options;
    const covered = this.#covered;
    const matched = this.#matched;
    const namesHeld = this.#namesHeld;
    const similarity = this.#similarity;
    const ownSimilarity = this.#ownSimilarity;
    const isExample = this.#isExample;
    const hasExamples = this.#hasExamples;
    const outOfScopeStart = this.#outOfScopeStart;
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

    // Phrasing similarity: weighted Jaccard of the question's terms and function words with
    // each phrasing sharing a content term with it; an entry's is its best phrasing's.
    const wordAt: number[] = [];
    const wordBits: number[] = [];
    const wordWeights: number[] = [];
    for (const word of functionWords) {
      const bit = this.#wordBit.get(word);
      if (bit === undefined) continue;
      wordAt.push(bit >>> 5);
      wordBits.push(1 << (bit & 31));
      wordWeights.push(functionWordWeight(word));
    }
    const wordCount = wordAt.length;
    const content: { postings: Int32Array; weight: number; ownWeight: number }[] = [];
    for (const [term, weight] of weights) {
      const postings = this.#termPhrasings.get(term);
      if (postings) content.push({ postings, weight, ownWeight: this.#ownWeight(term) });
    }
    const masks = this.#wordMasks;
    const maskWords = this.#maskWords;
    const phrasingWeight = this.#phrasingWeight;
    const phrasingEntry = this.#phrasingEntry;
    const shared = this.#shared;
    const own = this.#own;
    const termsShared = this.#termsShared;
    const contentCount = this.#contentCount;
    const blockTouched = this.#blockTouched;
    // The postings are walked one block of phrasing numbers at a time, so that the accumulators
    // and the phrasings' data stay in cache; every posting list is read once, in order.
    const outOfScopePosition = this.#entries.length;
    let outOfScope = 0;
    const cursors = new Int32Array(content.length);
    for (let start = 0; start < phrasingEntry.length; start += BLOCK) {
      const end = start + BLOCK;
      // Words shared are counted only for out-of-scope phrasings, which come last.
      const countTerms = end > outOfScopeStart;
      let count = 0;
      for (let j = 0; j < content.length; j++) {
        const { postings, weight, ownWeight } = content[j] as (typeof content)[number];
        let at = cursors[j] as number;
        for (; at < postings.length; at++) {
          const phrasing = postings[at] as number;
          if (phrasing >= end) break;
          const local = phrasing - start;
          if (shared[local] === 0) blockTouched[count++] = local;
          shared[local] = (shared[local] as number) + weight;
          own[local] = (own[local] as number) + ownWeight;
          if (countTerms) termsShared[local] = (termsShared[local] as number) + 1;
        }
        cursors[j] = at;
      }
      for (let i = 0; i < count; i++) {
        const local = blockTouched[i] as number;
        const phrasing = start + local;
        // Function words shared weigh the same in the question and the phrasing.
        let common = 0;
        const base = phrasing * maskWords;
        for (let k = 0; k < wordCount; k++) {
          if (((masks[base + (wordAt[k] as number)] as number) & (wordBits[k] as number)) !== 0)
            common += wordWeights[k] as number;
        }
        const value =
          ((shared[local] as number) + common) /
          (shapeTotal + (phrasingWeight[phrasing] as number) - (own[local] as number) - common);
        const position = phrasingEntry[phrasing] as number;
        // An entry is a candidate by its own terms only (-1: not one), whatever its examples share.
        if (position === outOfScopePosition) {
          // An out-of-scope example stands for the question only when the question holds all its
          // words: "what did lior div say about iranian hackers" is out of scope for "iranian",
          // which "what did lior div say about the attackers" does not ask about.
          if (value > outOfScope && termsShared[local] === contentCount[phrasing])
            outOfScope = value;
        } else if ((similarity[position] as number) !== -1) {
          if (value > (similarity[position] as number)) similarity[position] = value;
          if (
            hasExamples &&
            isExample[phrasing] === 0 &&
            value > (ownSimilarity[position] as number)
          )
            ownSimilarity[position] = value;
        }
        shared[local] = 0;
        own[local] = 0;
        if (countTerms) termsShared[local] = 0;
      }
    }

    const fits = this.#typeFits.get(type);
    // Keep the best `limit` (ties: the earlier entry first).
    const top: ScoredEntry[] = [];
    const topPositions: number[] = [];
    const before = (score: number, position: number, at: number) => {
      const other = top[at]?.score ?? 0;
      return score > other || (score === other && position < (topPositions[at] ?? 0));
    };
    for (let i = 0; i < candidateCount; i++) {
      const position = candidates[i] as number;
      const phraseSimilarity = similarity[position] as number;
      const ownBest = hasExamples ? (ownSimilarity[position] as number) : phraseSimilarity;
      ownSimilarity[position] = 0;
      const coverage = (covered[position] as number) / totalWeight;
      const typeFits = fits ? fits[position] === 1 : true;
      let penalty = typeFits ? 1 : typeMismatchPenalty;
      if ((namesHeld[position] as number) < queryNames) penalty *= otherNamePenalty;
      const score = penalty * (coverageWeight * coverage + (1 - coverageWeight) * phraseSimilarity);
      const matchedSoFar = matched[position] as number;
      covered[position] = 0;
      matched[position] = 0;
      namesHeld[position] = 0;
      similarity[position] = -1;
      if (top.length >= limit && !before(score, position, limit - 1)) continue;
      const entry = this.#entries[position];
      if (!entry) continue;
      // A phrasing matched (nearly) word for word stands even when its words are common.
      // Nearly word for word, it stands only on a word that counts (not a bare number: "what's 2+2").
      const matchedWeight =
        ownBest >= 0.999 || (ownBest >= nearExactSimilarity && matchedSoFar > 0)
          ? Number.POSITIVE_INFINITY
          : matchedSoFar;
      let at = top.length;
      while (at > 0 && before(score, position, at - 1)) at--;
      top.splice(at, 0, { entry, score, coverage, phraseSimilarity, matchedWeight, typeFits });
      topPositions.splice(at, 0, position);
      if (top.length > limit) {
        top.pop();
        topPositions.pop();
      }
    }
    return { entries: top, outOfScope };
  }
}
