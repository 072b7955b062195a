import { eng as englishStopwords } from 'stopword';
import type { Knowledge, QaEntry } from '../knowledge/schema.js';

/**
 * Synthetic knowledge bases for the benchmark (`npm run bench`): thousands of Q&A entries built
 * deterministically from the real knowledge base's own words, so the engine's indexes see a
 * realistic vocabulary, word frequencies and phrasing lengths at sizes the curators have not
 * reached yet. Nothing here is ever served.
 */

/** mulberry32: a tiny, fast, seeded PRNG; the same seed gives the same sequence everywhere. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  /** Total Q&A entries of the result. */
  readonly entries: number;
  readonly seed?: number;
  /**
   * Keep the real entries (first) and add synthetic ones up to `entries` (default true), so real
   * questions still find their real answers among the generated crowd.
   */
  readonly includeReal?: boolean;
}

export const MIN_SYNTHETIC_ALTERNATES = 10;
export const MAX_SYNTHETIC_ALTERNATES = 25;
/** Share of a template's content words replaced by other words of the knowledge base. */
const REPLACE_SHARE = 0.6;
const MAX_ANSWER_CHARS = 900;

const STOPWORDS = new Set(englishStopwords);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const isContent = (word: string) => word.length >= 4 && !STOPWORDS.has(word.toLowerCase());

const pick = <T>(random: () => number, list: readonly T[]): T => {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};
const between = (random: () => number, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

/**
 * Rewrites a template, replacing each content word with probability `share` by a word drawn
 * from `pool` (a stream of the knowledge base's words, repeats included, so common words are
 * drawn more often: the frequency distribution stays realistic).
 */
function rewrite(
  random: () => number,
  template: string,
  pool: readonly string[],
  share: number,
): string {
  return template.replace(WORD, (word) => {
    if (!isContent(word) || random() >= share) return word;
    const next = pick(random, pool);
    return /^\p{Lu}/u.test(word) ? next.charAt(0).toUpperCase() + next.slice(1) : next;
  });
}

const keyOf = (phrasing: string) =>
  phrasing
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A knowledge base of `entries` Q&A entries: the real ones (unless `includeReal: false`) and
 * generated ones, each with a question, 10–25 alternates and an answer rewritten from real
 * templates with the real knowledge base's words, the evidence (real sources, real verbatim
 * excerpts), tags and a few `related` links of a real entry. Sources and quotes are the real ones.
 * The same (knowledge, options) always gives the same entries.
 */
export function syntheticKnowledge(real: Knowledge, options: SyntheticOptions): Knowledge {
  const random = mulberry32(options.seed ?? 1);
  const templates = real.qa;
  if (templates.length === 0) throw new Error('synthetic knowledge needs at least one real entry');
  const phrasings = templates.flatMap((e) => [e.question, ...e.alternates]);
  const questions = templates.map((e) => e.question);
  const phrasingPool = phrasings
    .flatMap((p) => p.toLowerCase().match(WORD) ?? [])
    .filter(isContent);
  const answerPool = templates.flatMap((e) => e.answer.match(WORD) ?? []).filter(isContent);
  const tags = [...new Set(templates.flatMap((e) => e.tags))];

  const kept = options.includeReal === false ? [] : templates.slice(0, options.entries);
  const seen = new Set(kept.flatMap((e) => [e.question, ...e.alternates]).map(keyOf));
  const unique = (make: () => string): string => {
    for (let attempt = 0; ; attempt++) {
      let phrasing = make();
      if (attempt >= 8) phrasing = `${phrasing} ${pick(random, phrasingPool)} ${attempt}`;
      const key = keyOf(phrasing);
      if (key && !seen.has(key)) {
        seen.add(key);
        return phrasing;
      }
    }
  };

  const generated: QaEntry[] = [];
  const count = Math.max(0, options.entries - kept.length);
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const template = pick(random, templates);
    const question = unique(() =>
      rewrite(random, pick(random, questions), phrasingPool, REPLACE_SHARE),
    );
    const alternateCount = between(random, MIN_SYNTHETIC_ALTERNATES, MAX_SYNTHETIC_ALTERNATES);
    const alternates = Array.from({ length: alternateCount }, () =>
      unique(() =>
        rewrite(random, pick(random, phrasings), phrasingPool, REPLACE_SHARE).toLowerCase(),
      ),
    );
    let answer = rewrite(random, template.answer, answerPool, REPLACE_SHARE / 2);
    if (answer.length > MAX_ANSWER_CHARS)
      answer = `${answer.slice(0, MAX_ANSWER_CHARS - 1).replace(/\s+\S*$/, '')}.`;
    const id = `syn-${String(i + 1).padStart(width, '0')}`;
    const related = [
      ...new Set(
        Array.from(
          { length: between(random, 0, Math.min(4, generated.length)) },
          () => pick(random, generated).id,
        ),
      ),
    ];
    generated.push({
      id,
      question,
      alternates,
      answer,
      sources: template.sources.map((s) => ({ ...s })),
      tags:
        tags.length === 0
          ? []
          : [...new Set(Array.from({ length: between(random, 1, 3) }, () => pick(random, tags)))],
      related,
    });
  }
  const qa = [...kept, ...generated];
  return {
    sources: real.sources,
    quotes: real.quotes,
    qa,
    sourceById: real.sourceById,
    qaById: new Map(qa.map((e) => [e.id, e])),
  };
}
