import { describe, expect, it } from 'vitest';
import type { QaEntry } from '../../src/knowledge/schema.js';
import { DEFAULT_ENGINE_OPTIONS } from '../../src/engine/options.js';
import { QaIndex } from '../../src/engine/qaIndex.js';
import type { QueryTerm } from '../../src/engine/analyzer.js';
import { syntheticKnowledge } from '../../src/eval/synthetic.js';
import {
  answerFitsType,
  functionWordWeight,
  functionWordsOf,
  questionTypeOf,
  termsOf,
} from '../../src/engine/text.js';
import { realKnowledgeEngine } from '../helpers.js';

const options = DEFAULT_ENGINE_OPTIONS;
const real = realKnowledgeEngine().knowledge;

const queryOf = (text: string): QueryTerm[] =>
  termsOf(text).map((term) => ({ term, word: term, kind: 'known' }));

/** The index's ranking for `text`, read the plain way (no typo repair or phrase reading). */
const ask = (index: QaIndex, text: string) =>
  index.search(queryOf(text), questionTypeOf(text), functionWordsOf(text), 25);

/**
 * The scoring model written the plain way, entry by entry and phrasing by phrasing: the index's
 * postings, bit sets and blocks must compute exactly this.
 */
function reference(
  index: QaIndex,
  entries: readonly QaEntry[],
  names: ReadonlySet<string>,
  text: string,
  examples: ReadonlyMap<string, readonly string[]> = new Map(),
) {
  const query = queryOf(text);
  const weights = index.weigh(query);
  const functionWords = functionWordsOf(text);
  const type = questionTypeOf(text);
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const shape = new Map([
    ...weights,
    ...functionWords.map((w) => [w, functionWordWeight(w)] as const),
  ]);
  const shapeTotal = [...shape.values()].reduce((a, b) => a + b, 0);
  const own = (t: string) =>
    t.startsWith('~') ? functionWordWeight(t) : Math.max(index.idfOf(t) ?? 0, 0.1);
  const queryNames = query.filter((t) => names.has(t.term));
  const scored = [];
  for (const entry of entries) {
    const texts = [entry.question, ...entry.alternates];
    const terms = new Set([...texts.flatMap(termsOf), ...entry.tags.flatMap(termsOf)]);
    const answerTerms = new Set(
      [entry.answer, ...entry.sources.map((s) => s.excerpt)]
        .flatMap(termsOf)
        .filter((t) => !terms.has(t)),
    );
    if (!query.some((t) => terms.has(t.term) || answerTerms.has(t.term))) continue;
    let covered = 0;
    for (const [term, weight] of weights) {
      if (terms.has(term)) covered += weight;
      else if (answerTerms.has(term)) covered += weight * options.answerTermCredit;
    }
    let similarity = 0;
    // An entry's examples count for similarity only (the entry is a candidate by its own terms).
    for (const phrasingText of [...texts, ...(examples.get(entry.id) ?? [])]) {
      const phrasing = [...new Set([...termsOf(phrasingText), ...functionWordsOf(phrasingText)])];
      // Only a phrasing sharing a content term with the question is similar at all.
      if (!phrasing.some((t) => !t.startsWith('~') && weights.has(t))) continue;
      let sharedWeight = 0;
      let union = shapeTotal;
      for (const t of phrasing) {
        const w = shape.get(t);
        if (w !== undefined) sharedWeight += w;
        else union += own(t);
      }
      similarity = Math.max(similarity, sharedWeight / union);
    }
    let penalty = answerFitsType(entry.answer, type) ? 1 : options.typeMismatchPenalty;
    if (queryNames.some((n) => !terms.has(n.term))) penalty *= options.otherNamePenalty;
    const score =
      penalty *
      (options.coverageWeight * (covered / total) + (1 - options.coverageWeight) * similarity);
    scored.push({ id: entry.id, score });
  }
  return scored.sort((a, b) => b.score - a.score);
}

const QUERIES = [
  'who hacked the phone companies',
  'how many carriers were breached',
  'what did china say about the report',
  'is lior div the ceo of cybereason',
  'what is the deal with huawei in all of this',
  'when was it published and by whom',
  'did they steal call records and locations from the telecom networks',
  'apt10 tools',
  'where is cybereason based',
];

describe('QaIndex.search', () => {
  it('computes the plain scoring model exactly with the real examples', () => {
    const names = new Set(['div', 'cybereason', 'huawei', 'apt10']);
    const examples = real.examples ?? new Map();
    expect(examples.size).toBeGreaterThan(0);
    const index = new QaIndex(real.qa, options, termsOf, names, { examples });
    for (const text of QUERIES) {
      const expected = reference(index, real.qa, names, text, examples).slice(0, 25);
      const got = ask(index, text);
      expect(got.entries.map((s) => s.score.toFixed(9))).toEqual(
        expected.map((s) => s.score.toFixed(9)),
      );
    }
  });

  const entry = (id: string, question: string, alternates: string[] = []): QaEntry => ({
    id,
    question,
    alternates,
    answer: 'It is not said.',
    sources: [],
    tags: [],
    related: [],
  });

  it('lets an example lift its entry, but not make it a candidate for words it never uses', () => {
    const entries = [
      entry('stolen', 'what data was stolen'),
      entry('tools', 'what malware was used'),
    ];
    const plain = new QaIndex(entries, options);
    const taught = new QaIndex(entries, options, termsOf, new Set(), {
      examples: new Map([['tools', ['what data did the malware take', 'which ransomware gang']]]),
    });
    const before = ask(plain, 'what data did the malware take').entries;
    const after = ask(taught, 'what data did the malware take').entries;
    expect(after.find((s) => s.entry.id === 'tools')?.phraseSimilarity).toBeCloseTo(1, 9);
    expect(after.find((s) => s.entry.id === 'tools')?.phraseSimilarity).toBeGreaterThan(
      before.find((s) => s.entry.id === 'tools')?.phraseSimilarity ?? 1,
    );
    // "ransomware" and "gang" are only in an example: no entry knows them.
    expect(ask(taught, 'which ransomware gang').entries).toEqual([]);
    // A word-for-word example does not waive the floor on common words; an own phrasing does.
    expect(after.find((s) => s.entry.id === 'tools')?.matchedWeight).toBeLessThan(Infinity);
    expect(ask(taught, 'what malware was used').entries[0]?.matchedWeight).toBe(Infinity);
  });

  it('reports an out-of-scope example only when the question holds all its words', () => {
    const index = new QaIndex(
      [entry('div', 'what did lior div say')],
      options,
      termsOf,
      new Set(),
      {
        outOfScope: ['what did lior div say about iran'],
      },
    );
    expect(ask(index, 'what did lior div say about iran').outOfScope).toBeCloseTo(1, 9);
    expect(ask(index, 'what did lior div say about iran and its nukes').outOfScope).toBeGreaterThan(
      0.5,
    );
    // "iran" is what makes the example out of scope: a question without it is not like it.
    expect(ask(index, 'what did lior div say about the hackers').outOfScope).toBe(0);
    expect(ask(index, 'what did lior div say').outOfScope).toBe(0);
  });

  for (const [label, entries] of [
    ['the real knowledge base', real.qa],
    ['a synthetic one of 400 entries', syntheticKnowledge(real, { entries: 400, seed: 7 }).qa],
  ] as const) {
    it(`computes the plain scoring model exactly on ${label}`, () => {
      const names = new Set(['div', 'cybereason', 'huawei', 'apt10']);
      const index = new QaIndex(entries, options, termsOf, names);
      for (const text of QUERIES) {
        const expected = reference(index, entries, names, text).slice(0, 25);
        const got = ask(index, text).entries;
        expect(got.length, text).toBe(expected.length);
        got.forEach((s, i) => {
          expect(s.score, `${text} #${i}`).toBeCloseTo(expected[i]?.score ?? -1, 9);
        });
        // Same entries in the same order, up to exact ties.
        const key = (list: { id: string; score: number }[]) =>
          list.map((s) => `${s.score.toFixed(9)}`).join(' ');
        expect(key(got.map((s) => ({ id: s.entry.id, score: s.score })))).toBe(key(expected));
        expect(got.length).toBeGreaterThan(0);
      }
    });
  }

  it('gives no similarity to an entry whose phrasings share only function words', () => {
    const entry = (id: string, question: string, answer: string): QaEntry => ({
      id,
      question,
      alternates: [],
      answer,
      sources: [],
      tags: [],
      related: [],
    });
    const index = new QaIndex(
      [
        entry('a', 'what is the budget of the report', 'It is free.'),
        entry('b', 'who wrote it', 'The budget is not given.'),
      ],
      options,
    );
    const text = 'what is the budget';
    const got = ask(index, text).entries;
    // "b" knows "budget" from its answer only; its phrasing shares nothing but function words.
    expect(got.map((s) => s.entry.id)).toEqual(['a', 'b']);
    expect(got[0]?.phraseSimilarity).toBeGreaterThan(0.5);
    expect(got[1]?.phraseSimilarity).toBe(0);
  });

  it('is reusable: the same query twice gives the same ranking (scratch arrays are reset)', () => {
    const index = new QaIndex(real.qa, options);
    const run = (text: string) =>
      index
        .search(queryOf(text), questionTypeOf(text), functionWordsOf(text), 25)
        .entries.map((s) => `${s.entry.id}:${s.score}`);
    const first = run('who hacked the phone companies');
    run('how many carriers were breached');
    expect(run('who hacked the phone companies')).toEqual(first);
  });
});
