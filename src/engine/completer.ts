import Fuse from 'fuse.js';
import type { QaEntry } from '../knowledge/schema.js';
import { foldText } from './text.js';

/** Fuse's bitap matches patterns of up to 32 characters: complete on the last 32 typed. */
const PATTERN_CHARS = 32;
/** Up to this many questions Fuse scans them all; beyond, a prefix index picks candidates first. */
export const FULL_SCAN_QUESTIONS = 500;
/** Candidates the prefix index hands to Fuse. */
const MAX_CANDIDATES = 64;
/** A word prefix whose questions number more than this is too unspecific to drive the search. */
const MAX_DRIVER_POSTINGS = 4000;

const FUSE_OPTIONS = { keys: ['question'], threshold: 0.4, ignoreLocation: true };

const WORD = /[\p{L}\p{N}]+/gu;
const normalise = (text: string) => (foldText(text).match(WORD) ?? []).join(' ');

/** The first index of `sorted` whose value is not below `value` (binary search). */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The range of `sorted` starting with `prefix`. */
function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  return [lowerBound(sorted, prefix), lowerBound(sorted, `${prefix}\uffff`)];
}

/**
 * Completes a partly typed question against the known questions with Fuse.js. On a small
 * knowledge base Fuse scans every question; on a large one a prefix index first picks the
 * questions that begin with what was typed, or that have a word starting with each typed word,
 * and Fuse ranks only those (a scan of 10,000 questions per keystroke is too slow).
 */
export class QuestionCompleter {
  readonly #entries: readonly QaEntry[];
  readonly #all: Fuse<QaEntry> | null;
  /** Normalised questions, sorted, with the entry of each. */
  readonly #questions: string[] = [];
  readonly #questionEntry: number[] = [];
  /** The questions' distinct words, sorted; the entries using each; running totals of those. */
  readonly #words: string[] = [];
  readonly #wordEntries: Int32Array[] = [];
  readonly #postingsBefore: Int32Array;
  readonly #entryWords: (readonly string[])[];

  /** `fullScanUpTo`: the most questions Fuse scans whole (tests lower it to try the index). */
  constructor(entries: readonly QaEntry[], fullScanUpTo = FULL_SCAN_QUESTIONS) {
    this.#entries = entries;
    this.#all = entries.length <= fullScanUpTo ? new Fuse(entries, FUSE_OPTIONS) : null;
    const normalised = entries.map((entry) => normalise(entry.question));
    this.#entryWords = normalised.map((question) => question.split(' '));
    const order = normalised
      .map((_, i) => i)
      .sort((a, b) => {
        const x = normalised[a] as string;
        const y = normalised[b] as string;
        return x < y ? -1 : x > y ? 1 : a - b;
      });
    for (const i of order) {
      this.#questions.push(normalised[i] as string);
      this.#questionEntry.push(i);
    }
    const byWord = new Map<string, number[]>();
    this.#entryWords.forEach((words, i) => {
      for (const word of new Set(words)) {
        const list = byWord.get(word);
        if (list) list.push(i);
        else byWord.set(word, [i]);
      }
    });
    this.#words.push(...[...byWord.keys()].sort());
    this.#postingsBefore = new Int32Array(this.#words.length + 1);
    this.#words.forEach((word, i) => {
      const list = byWord.get(word) ?? [];
      this.#wordEntries.push(Int32Array.from(list));
      this.#postingsBefore[i + 1] = (this.#postingsBefore[i] as number) + list.length;
    });
  }

  /** Known questions completing `typed`, best first. */
  complete(typed: string, limit: number): QaEntry[] {
    const pattern = typed.slice(-PATTERN_CHARS);
    if (this.#all) return this.#all.search(pattern, { limit }).map((result) => result.item);
    const candidates = this.#candidates(normalise(typed));
    if (candidates.length === 0) return [];
    const ranked = new Fuse(candidates, FUSE_OPTIONS)
      .search(pattern, { limit })
      .map((result) => result.item);
    // Candidates Fuse does not rank still begin with, or contain, what was typed.
    const seen = new Set(ranked);
    for (const entry of candidates) {
      if (ranked.length >= limit) break;
      if (!seen.has(entry)) ranked.push(entry);
    }
    return ranked;
  }

  #candidates(typed: string): QaEntry[] {
    if (!typed) return [];
    const picked = new Set<number>();
    // Questions that begin with what was typed, in alphabetical order.
    const [from, to] = prefixRange(this.#questions, typed);
    for (let i = from; i < to && picked.size < MAX_CANDIDATES; i++)
      picked.add(this.#questionEntry[i] as number);
    // Questions with a word starting with each typed word, driven by the most specific one.
    const typedWords = typed.split(' ');
    const ranges = typedWords.map((word) => prefixRange(this.#words, word));
    const size = ([from, to]: [number, number]) =>
      (this.#postingsBefore[to] as number) - (this.#postingsBefore[from] as number);
    const driver = ranges.reduce((best, range) => (size(range) < size(best) ? range : best));
    if (picked.size < MAX_CANDIDATES && size(driver) <= MAX_DRIVER_POSTINGS) {
      const entries = new Set<number>();
      for (let w = driver[0]; w < driver[1]; w++)
        for (const entry of this.#wordEntries[w] ?? []) entries.add(entry);
      for (const entry of [...entries].sort((a, b) => a - b)) {
        if (picked.size >= MAX_CANDIDATES) break;
        const words = this.#entryWords[entry] ?? [];
        if (typedWords.every((typedWord) => words.some((word) => word.startsWith(typedWord))))
          picked.add(entry);
      }
    }
    return [...picked].map((i) => this.#entries[i] as QaEntry);
  }
}
