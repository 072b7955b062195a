import { createHash } from 'node:crypto';
import type { Knowledge, QaEntry, Quote, Source } from '../knowledge/schema.js';
import {
  QueryAnalyzer,
  buildVocabulary,
  checkedNumbers,
  countedThingsOf,
  laterThanReports,
  vocabularyWordsOf,
  withoutUnknownAlternative,
  type QueryTerm,
} from './analyzer.js';
import { QuestionCompleter } from './completer.js';
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from './options.js';
import { PassageIndex, type Passage } from './passages.js';
import { QaIndex, type ScoredEntry } from './qaIndex.js';
import { QuoteIndex, type QuoteQuery } from './quotes.js';
import { LogisticOpinion, type Reading } from './logisticOpinion.js';
import { SecondOpinion } from './secondOpinion.js';
import {
  RESERVED_TERMS,
  SYNONYM_WORDS,
  answerFitsType,
  asksAdviceOf,
  asksHowTo,
  definitionSubject,
  foldText,
  statementSubject,
  functionWordsOf,
  isVagueQuestion,
  namesIn,
  phrasingKey,
  questionTypeOf,
  rawWords,
  termsOf,
  withPhraseMemo,
} from './text.js';
import { englishCount } from './vocabulary.js';

export type { Passage } from './passages.js';
export type { QuoteQuery } from './quotes.js';

export type AskResult =
  | {
      readonly status: 'answered';
      readonly kind: 'entry';
      readonly entry: QaEntry;
      readonly confidence: number;
      readonly related: readonly QaEntry[];
    }
  | {
      readonly status: 'answered';
      readonly kind: 'passage';
      readonly passages: readonly Passage[];
      readonly confidence: number;
      readonly suggestions: readonly QaEntry[];
    }
  | {
      readonly status: 'no_match';
      readonly confidence: number;
      readonly suggestions: readonly QaEntry[];
      /** The closest entry, answered or not (for curators' logs). */
      readonly best: QaEntry | null;
    };

export interface Engine {
  readonly knowledge: Knowledge;
  readonly options: EngineOptions;
  ask(question: string): AskResult;
  /** The ranked candidates behind an answer, for evaluation and debugging. */
  explain(question: string): { terms: readonly QueryTerm[]; ranked: readonly ScoredEntry[] };
  findQuotes(query: QuoteQuery): Quote[];
  randomQuote(random?: () => number): Quote | null;
  /** Known questions for a partial question (autocomplete); core questions when empty. */
  suggestQuestions(partial: string, limit?: number): QaEntry[];
  suggestSpeakers(partial: string, limit?: number): string[];
  sourceOf(id: string): Source | undefined;
}

const CLAUSE_BREAK = /[,;:.!?]+\s|\s[-–—]+\s|\b(?:but|anyway|so|and\s+so)\b/;
const QUESTION_START =
  /^(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|did|do|does|can|could|has|have|had)\b/;

/** A sentence that asks: it ends with a question mark or opens with a question word or auxiliary. */
const ASKING =
  /\?\s*$|^\W*(?:who|whom|whose|what|whats|when|where|why|how|which|is|are|was|were|did|do|does|can|could|has|have|had)\b/;

/**
 * Where a trailing question may start: a question word anywhere ("…, how long were they inside"),
 * an auxiliary only where a clause starts ("…, is there proof", not "…proof it was china").
 */
const QUESTION_WORD =
  /\b(?:who|whom|whose|what|when|where|why|how|which)\b|(?<=^|[,;:.!?]\s*|\b(?:but|so|and|or|like|ok|okay|wait|ngl|tbh)\s+)(?:is\s+there|are\s+there|did|does|was|were|is|are|has|have|can|could)\b/gi;

/** Words after which "who"/"which" opens an indirect question ("i wonder who found it"). */
const ASKING_LEAD = new Set(
  'know knows knew wonder wondering wondered ask asking asked tell telling told sure idea clue explain remember find out see say says said about on me us and or but so like of to is was'.split(
    ' ',
  ),
);

/**
 * "The reuters reporter who covered it": a "who" or "which" right after a noun opens a relative
 * clause, which describes the subject rather than asking a question of its own.
 */
function isRelativeClause(message: string, at: number, word: string): boolean {
  // "…still in there when the articles came out": a "when" not followed by an auxiliary dates the
  // clause before it.
  const dating =
    /^when$/i.test(word) &&
    !/^when\s+(?:did|does|do|was|were|is|are|will|would|had|has|have|can|could)\b/i.test(
      message.slice(at),
    );
  if (!dating && !/^(?:who|whom|whose|which)$/i.test(word)) return false;
  const before = /([\p{L}\p{N}']+)\s+$/u.exec(message.slice(0, at));
  return before !== null && !ASKING_LEAD.has((before[1] ?? '').toLowerCase());
}

/**
 * The parts of a long message that may carry its question: every clause that reads like one, and
 * the tail from the last question word on ("…blah blah, how long were they inside?").
 */
export function focusClauses(message: string): string[] {
  const trimmed = message.trim();
  // Several sentences ("I heard about X on the radio. What is it?"): each one on its own.
  const split = trimmed
    .split(/(?<=[.?!])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 2);
  // A short sentence that does not ask ("reporter here.", "quick one.") introduces the question.
  const sentences =
    split.length > 1
      ? split.filter((s) => s.split(/\s+/).length >= 4 || ASKING.test(s.toLowerCase()))
      : split;
  const words = trimmed.split(/\s+/);
  if (words.length < 10) return split.length > 1 ? sentences : [];
  const clauses = trimmed
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter((c) => c.split(/\s+/).length >= 3 && QUESTION_START.test(c.toLowerCase()));
  const starts = [...trimmed.matchAll(QUESTION_WORD)]
    .filter((m) => !isRelativeClause(trimmed, m.index, m[0]))
    .map((m) => m.index);
  const tails = starts
    .slice(-2)
    .map((start) => trimmed.slice(start).split(/[?!.]/)[0]?.trim() ?? '');
  return [...new Set([...(split.length > 1 ? sentences : []), ...clauses, ...tails])].filter(
    (c) => c.split(/\s+/).length >= 2 && c.length < trimmed.length,
  );
}

/**
 * The ranking to answer from, given the rankings of the clauses that pass: each clause votes for
 * its top entry with its score, the entry with the most votes wins (then the higher single score,
 * then the earlier clause), and its best clause answers. "Not saying it wasn't china. Is there any
 * proof china did it, or is it a vendor's opinion?" is about proof, though its first clause alone
 * matches "who did it" better.
 */
export function voteOfClauses<T extends { readonly ranked: readonly ScoredEntry[] }>(
  rankings: readonly T[],
): T | null {
  const votes = new Map<QaEntry, { total: number; best: T; score: number }>();
  for (const ranking of rankings) {
    const top = ranking.ranked[0];
    if (!top) continue;
    const vote = votes.get(top.entry);
    if (!vote) votes.set(top.entry, { total: top.score, best: ranking, score: top.score });
    else {
      vote.total += top.score;
      if (top.score > vote.score) {
        vote.best = ranking;
        vote.score = top.score;
      }
    }
  }
  let winner: { total: number; best: T; score: number } | null = null;
  for (const vote of votes.values()) {
    const tie = winner !== null && Math.abs(vote.total - winner.total) <= 1e-9;
    if (!winner || (!tie && vote.total > winner.total) || (tie && vote.score > winner.score))
      winner = vote;
  }
  return winner?.best ?? null;
}

/** A question ending by pointing back at what the message names ("…, what is it actually?"). */
const POINTS_BACK =
  /(?:^|[\s,.;:!?])(?:(?:what|whats|wat)\s*(?:is|was|s|are)?\s+(?:it|this|that)|(?:who|whos)\s*(?:is|was|s|are)?\s+(?:he|she|that|this|they|him|her|them))(?:\s+(?:thing|about|actually|really|exactly|here|then|again|even|all|in\s+this\s+context))*\W*$/i;

/** Who an answer reports as speaking: "Div said", "Geng Shuang told reporters". */
const REPORTED_SPEAKER =
  /\b((?:[A-Z][\p{L}]+\s+){0,2}[A-Z][\p{L}]+)\s+(?:said|says|told|added|warned|stated)\b/gu;

/** A phrase in quotation marks ("what does 'likeliest candidate' mean"). */
const QUOTED_PHRASE =
  /(?:^|[\s(])["“‘']([^"“”‘’'\s][^"“”‘’']*\s[^"“”‘’']*[^"“”‘’'\s])["”’'](?=$|[\s?!.,:;)])/u;

/** A capitalised word this common in everyday English (China, Boston, Peter) is no telling name. */
const COMMON_NAME_COUNT = 1000;

/** `make`'s result, made on the first call (start-up time is budgeted; few sessions need it). */
function lazy<T>(make: () => T): () => T {
  let value: { readonly made: T } | null = null;
  return () => (value ??= { made: make() }).made;
}

/**
 * "What is the ministry of state security", "who is x", "what apt3": a question asking only what a
 * thing is. "What countries were involved" asks which: its verb comes after the noun.
 */
const DEFINITION_SHAPE =
  /^(?:(?:(?:what|who)\s+(?:is|are|s|was)|whats|whos)\s+(?:(?:the|a|an)\s+)?[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+){0,4}|(?:what|who)\s+[\p{L}\p{N}]+)$/u;

/** A figure a question gives: a number on its own ("45", "10"), not a year ("2019") or "apt10". */
const FIGURE = /(?<![\p{L}\p{N}])(?!(?:19|20)\d\d(?![\p{L}\p{N}]))\d+(?![\p{L}\p{N}])/gu;

/** How many of the best-ranked entries the logistic second opinion may pick from. */
const LOGISTIC_CANDIDATES = 4;

/** A question with this many terms or more is long: it says much around what it asks. */
const LONG_QUESTION_TERMS = 6;

/** A text's first word as typed, lower case ("What's…" → "what"). */
const firstWordOf = (text: string) => /[\p{L}\p{N}]+/u.exec(text.toLowerCase())?.[0] ?? '';

const round = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;

/**
 * Where a build finds the terms of texts an earlier build analysed (phrasings and examples) and
 * leaves its own for the next: analysing them is most of a build's time. The terms depend on the
 * curated text the analyser learns from, which `context` names, and on the engine's code, which
 * the cache itself must tell apart: a cache returns nothing saved under another context or code.
 */
export interface AnalysisCache {
  read(context: string): AnalysisTables;
  write(context: string, tables: AnalysisTables): void;
}

/** Analyses by kind ("terms", "words", "key"), each by text. */
export type AnalysisTables = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

type Cached = (
  kind: string,
  analyse: (text: string) => readonly string[],
) => (text: string) => readonly string[];

/**
 * Runs `use` with `cached(kind, analyse)`: `analyse` memoised per text, starting from what an
 * earlier build saved under `context`. Writes the cache when anything changed; only what this
 * build used is kept, so texts since edited or removed drop out.
 */
function withAnalyses<T>(
  cache: AnalysisCache | undefined,
  context: string,
  use: (cached: Cached) => T,
): T {
  const saved: AnalysisTables = cache?.read(context) ?? new Map();
  const analysed = new Map<string, Map<string, readonly string[]>>();
  let fresh = 0;
  let reused = 0;
  const cached: Cached = (kind, analyse) => {
    if (analysed.has(kind)) throw new Error(`analysis kind "${kind}" is cached twice`);
    const before = saved.get(kind);
    const now = new Map<string, readonly string[]>();
    analysed.set(kind, now);
    return (text) => {
      let value = now.get(text);
      if (value !== undefined) return value;
      value = before?.get(text);
      if (value === undefined) {
        value = analyse(text);
        fresh++;
      } else reused++;
      now.set(text, value);
      return value;
    };
  };
  const result = use(cached);
  const savedCount = [...saved.values()].reduce((sum, table) => sum + table.size, 0);
  if (cache && (fresh > 0 || reused !== savedCount)) cache.write(context, analysed);
  return result;
}

/** The two second opinions, learnt from the same labelled questions. */
interface Opinions {
  readonly naive: SecondOpinion;
  readonly logistic: LogisticOpinion;
}

/**
 * The second opinions, learnt from `labelled` on first use. Made here, outside the build's scope,
 * so that its closure holds the labelled phrasings and not the build's analysis tables.
 */
function lazyOpinions(
  labelled: [phrasing: readonly string[], text: string, label: number][],
  labelCount: number,
): () => Opinions {
  return lazy(() => {
    const naive = new SecondOpinion(labelCount);
    const logistic = new LogisticOpinion(labelCount);
    for (const [phrasing, text, label] of labelled) {
      naive.learn(phrasing, firstWordOf(text), label);
      logistic.learn(phrasing, firstWordOf(text), label);
    }
    labelled.length = 0;
    naive.ready();
    logistic.ready();
    return { naive, logistic };
  });
}

/** Builds every index once; the returned engine is a pure function of (knowledge, query). */
export function buildEngine(
  knowledge: Knowledge,
  overrides: Partial<EngineOptions> = {},
  cache?: AnalysisCache,
): Engine {
  return withPhraseMemo(() => build(knowledge, overrides, cache));
}

function build(
  knowledge: Knowledge,
  overrides: Partial<EngineOptions>,
  cache: AnalysisCache | undefined,
): Engine {
  const options: EngineOptions = Object.freeze({ ...DEFAULT_ENGINE_OPTIONS, ...overrides });
  // Typo repair learns its words from the curated text (questions, answers, articles, synonym
  // lists), not from the alternates, which are typed the way users type, typos included.
  const cleanTexts = [
    ...knowledge.qa.flatMap((e) => [
      e.question,
      e.answer,
      ...e.tags,
      ...e.sources.map((s) => s.excerpt),
    ]),
    ...knowledge.quotes.flatMap((q) => [q.text, q.speaker, q.role, q.context, ...q.topics]),
    ...knowledge.sources.flatMap((s) => [
      s.publisher,
      s.headline ?? '',
      s.dek ?? '',
      s.body,
      ...s.authors,
    ]),
    SYNONYM_WORDS.join(' '),
  ];
  const people = [
    ...knowledge.sources.flatMap((s) => [...s.authors, ...(s.contributors ?? [])]),
    ...knowledge.quotes.map((q) => q.speaker),
  ];
  // Everything the analyser's answers depend on besides the code: what it learnt its words from.
  const context = createHash('sha256')
    .update(JSON.stringify([cleanTexts, people]))
    .digest('hex');
  // The analyses are looked up and kept only while the indexes are built: nothing the engine
  // keeps holds them afterwards (at 10,000 entries they are tens of megabytes).
  const { analyzer, names, qaIndex, exactPhrasings, opinions } = withAnalyses(
    cache,
    context,
    (cached) => {
      const cleanTerms = cached('clean', termsOf);
      const analyzer = new QueryAnalyzer(
        buildVocabulary(cleanTexts, cached('vocabulary', vocabularyWordsOf)),
        new Set(cleanTexts.flatMap(cleanTerms)),
        people,
      );
      // Proper names of the articles and answers, minus words common in everyday English (judged
      // on the word as written: "operation", not its stem). A headline quoted in an answer is title
      // case throughout ("… Linked to Global Hack of 10 Telcos"), so it is left out.
      const headlines = knowledge.sources.flatMap((s) => (s.headline ? [s.headline] : []));
      const names = new Set(
        [...knowledge.sources.map((s) => s.body), ...knowledge.qa.map((e) => e.answer)].flatMap(
          (text) =>
            namesIn(
              headlines.reduce((rest, headline) => rest.replaceAll(headline, ' '), text),
              (word) => englishCount(word) < COMMON_NAME_COUNT,
            ).filter((term) => englishCount(term) < COMMON_NAME_COUNT),
        ),
      );
      const termize = (text: string) => analyzer.analyze(text).map((t) => t.term);
      const phrasingOf = cached('phrasing', (text) => [
        ...new Set([...termize(text), ...functionWordsOf(text)]),
      ]);
      const qaIndex = new QaIndex(knowledge.qa, options, termize, names, {
        examples: knowledge.examples,
        outOfScope: knowledge.outOfScope,
        phrasingOf,
        termsOf: cleanTerms,
      });
      // The second opinions learn from every labelled question the knowledge base holds: each
      // entry's phrasings and examples, and the out-of-scope examples under a label of their own.
      // They learn on the first question ranked, not at start (start-up time is budgeted): until
      // then only each question's phrasing is kept.
      const labelled: [phrasing: readonly string[], text: string, label: number][] = [];
      const keep = (text: string, label: number) => labelled.push([phrasingOf(text), text, label]);
      knowledge.qa.forEach((entry, label) => {
        for (const text of [entry.question, ...entry.alternates]) keep(text, label);
        for (const text of knowledge.examples?.get(entry.id) ?? []) keep(text, label);
      });
      for (const text of knowledge.outOfScope ?? []) keep(text, knowledge.qa.length);
      const opinions = lazyOpinions(labelled, knowledge.qa.length + 1);
      // A question typed exactly as one of an entry's phrasings (stop words and all) is that entry,
      // even when it has no content words left ("who did it").
      // A key two entries share ("explain soft cell", "tl;dr soft cell" both read "what softcell")
      // names neither: such a question is ranked like any other.
      // A phrasing's key is its words joined by spaces (`phrasingKey`).
      const wordsOfKey = cached('key', (text) => phrasingKey(text).split(' '));
      const exactPhrasings = new Map<string, QaEntry | null>();
      for (const entry of knowledge.qa) {
        for (const phrasing of [entry.question, ...entry.alternates]) {
          const key = wordsOfKey(phrasing).join(' ');
          const known = exactPhrasings.get(key);
          exactPhrasings.set(key, known === undefined || known === entry ? entry : null);
        }
      }
      return { analyzer, names, qaIndex, exactPhrasings, opinions };
    },
  );
  const labelOf = new Map(knowledge.qa.map((entry, label) => [entry, label]));
  analyzer.setKnownTerms(qaIndex.terms);
  const passages = new PassageIndex(knowledge.sources);
  const quotes = new QuoteIndex(knowledge.quotes, analyzer);
  // Autocomplete completes what has been typed so far against the questions it can offer.
  const completer = new QuestionCompleter(knowledge.qa);
  const core = knowledge.qa.filter((e) => e.core === true);
  const coreQuestions = core.length > 0 ? core : knowledge.qa.slice(0, 10);

  // What each entry defines: the subjects of its "what is X" / "who is X" phrasings.
  const subjectTermsOf = (text: string) => {
    const subject = definitionSubject(text);
    return subject ? analyzer.analyze(subject.join(' ')).map((t) => t.term) : [];
  };
  const sayerTermsOf = (text: string) => {
    const subject = statementSubject(text);
    return subject ? analyzer.analyze(subject.join(' ')).map((t) => t.term) : [];
  };
  // For each entry, the terms `termsOf` finds in its phrasings, built on the first question that
  // needs them, not at start: few sessions ask one, and start-up time is budgeted.
  const lazyPhrasingTable = (termsOf: (text: string) => string[]) =>
    lazy(() =>
      withPhraseMemo(
        () =>
          new Map(
            knowledge.qa.map((entry) => [
              entry,
              new Set([entry.question, ...entry.alternates].flatMap(termsOf)),
            ]),
          ),
      ),
    );
  // Whose statements each entry reports (the parties of its "what did X say" phrasings), and
  // what it defines (the subjects of its "what is X" / "who is X" phrasings).
  const reportsStatementsOf = lazyPhrasingTable(sayerTermsOf);
  // Whose words each answer reports ("Div said operators should…").
  const answerSpeakers = lazy(
    () =>
      new Map(
        knowledge.qa.map((entry) => [
          entry,
          new Set(
            [...entry.answer.matchAll(REPORTED_SPEAKER)].flatMap((m) =>
              analyzer.analyze(m[1] ?? '').map((t) => t.term),
            ),
          ),
        ]),
      ),
  );
  const defines = lazyPhrasingTable(subjectTermsOf);
  const definedSubjects = lazy(
    () => new Set([...defines().values()].flatMap((terms) => [...terms])),
  );
  // Which entries are asked as instructions ("how do i know if i was affected").
  const HOW_TO = 'howto';
  const givesInstructions = lazyPhrasingTable((text) => (asksHowTo(text) ? [HOW_TO] : []));

  // Every "<number> <thing>" the knowledge base uses ("10 telcos", "45 companies"), built on the
  // first question that checks a figure.
  const countedThings = lazy(() =>
    countedThingsOf([...cleanTexts, ...knowledge.qa.flatMap((e) => e.alternates)]),
  );
  // The year of the latest article: a later year cannot be in the reports.
  const lastYear = Math.max(...knowledge.sources.map((s) => Number(s.date.slice(0, 4))));
  /** A text's terms, question type and function words: everything its ranking depends on. */
  const analyse = (text: string, quotes = false) => {
    const checked = checkedNumbers(
      laterThanReports(
        withoutUnknownAlternative(analyzer.analyze(text), text, (term) => names.has(term)),
        text,
        lastYear,
      ),
      text,
      lastYear,
      countedThings,
    );
    const terms = checked.terms;
    const type = questionTypeOf(text) ?? checked.type;
    const functionWords = [...functionWordsOf(text), ...checked.functionWords];
    // "What does 'likeliest candidate' mean" asks what a phrase of the articles means there: any
    // entry that uses the phrase answers it, not only one that defines it.
    const subject = quotes ? [] : subjectTermsOf(text);
    const sayer = sayerTermsOf(text);
    const howTo = asksHowTo(text);
    const advice = sayer.length > 0 && asksAdviceOf(text);
    const key = JSON.stringify([
      terms.map((t) => `${t.term}:${t.word}:${t.kind}`),
      type,
      functionWords,
      subject,
      sayer,
      howTo,
      advice,
    ]);
    return { terms, type, functionWords, subject, sayer, howTo, advice, key };
  };
  // Each article's publisher as index terms ("bgr", "bloomberg"), and the entries whose own
  // question names exactly one of them: those are about that article.
  const publisherTerms = knowledge.sources.map(
    (s) => new Set([...termsOf(s.publisher), ...termsOf(s.id)]),
  );
  const publishersIn = (terms: readonly string[]) =>
    publisherTerms.flatMap((own, i) => (terms.some((t) => own.has(t)) ? [i] : []));
  const entryPublisher = lazy(() => {
    const out = new Map<QaEntry, number>();
    for (const entry of knowledge.qa) {
      const named = publishersIn(termsOf(entry.question));
      if (named.length === 1) out.set(entry, named[0] as number);
    }
    return out;
  });
  const rank = ({
    terms,
    type,
    functionWords,
    subject,
    sayer,
    howTo,
    advice,
  }: ReturnType<typeof analyse>) => {
    const found = qaIndex.search(terms, type, functionWords);
    let ranked = found.entries;
    // A question more like a known out-of-scope question than like any phrasing of the entries
    // is one the articles do not answer.
    const closest = ranked[0]?.phraseSimilarity ?? 0;
    if (
      found.outOfScope >= options.outOfScopeSimilarity &&
      found.outOfScope > closest + options.outOfScopeMargin
    )
      ranked = ranked.map((s) => ({ ...s, score: s.score * options.outOfScopePenalty }));
    /** Scores down every entry `fits` rejects, and ranks again. */
    const onlyWhere = (fits: (entry: QaEntry) => boolean) => {
      ranked = ranked
        .map((s) => (fits(s.entry) ? s : { ...s, score: s.score * options.typeMismatchPenalty }))
        .sort((a, b) => b.score - a.score);
    };
    // "How do i become a hacker" asks for instructions: only an entry asked that way answers it.
    if (howTo) onlyWhere((entry) => givesInstructions().get(entry)?.has(HOW_TO) === true);
    // "What did huawei say" is answered only by an entry that reports a statement of huawei's, not
    // by one that reports statements about huawei.
    if (sayer.length > 0)
      onlyWhere((entry) =>
        sayer.some(
          (term) =>
            reportsStatementsOf().get(entry)?.has(term) ||
            (advice && answerSpeakers().get(entry)?.has(term)),
        ),
      );
    // "Who is the spokesman bloomberg quotes" is not answered by an entry about BGR's spokesman
    // (unless the question also names someone or something else, "gwen ackerman", which then
    // says which article is meant).
    const named = publishersIn(terms.map((t) => t.term));
    if (
      named.length === 1 &&
      !terms.some((t) => names.has(t.term) && !publisherTerms.some((p) => p.has(t.term)))
    )
      onlyWhere((entry) => {
        const own = entryPublisher().get(entry);
        return own === undefined || own === named[0];
      });
    // "what is ransomware" is answered only by an entry that says what ransomware is, not by one
    // that merely mentions it.
    if (subject.length > 0)
      onlyWhere((entry) => subject.some((term) => defines().get(entry)?.has(term)));
    return { terms, ranked };
  };
  const passes = (s: ScoredEntry | undefined): boolean =>
    s !== undefined &&
    s.score >= options.answerThreshold &&
    s.coverage >= options.minCoverage &&
    s.matchedWeight >= options.minMatchedWeight;

  // The articles' words, folded, for recognising a phrase quoted from them (built when needed).
  const articleText = lazy(() =>
    knowledge.sources.map((s) => foldText(s.body).replace(/\s+/g, ' ')).join('\n'),
  );

  const opensWithUnknownSubject = (message: string) => {
    const opening = message.split(/\s+and\s+|[,;:.!?]/)[0] ?? '';
    const subject = definitionSubject(opening);
    return subject !== null && analyzer.analyze(subject.join(' ')).some((t) => t.kind !== 'known');
  };

  /**
   * A long, rambling message usually asks its question in one clause ("..., how long were they
   * inside"): when the whole message is not answerable, its last question clause is tried alone.
   */
  const explain = (message: string) => {
    // The question's type and function words are read after typo repair, like its terms
    // ("summerize" asks "what", as "summarize" does).
    const question = analyzer.repairText(message);
    const quoted = QUOTED_PHRASE.exec(message)?.[1];
    const quotes =
      quoted !== undefined &&
      articleText().includes(foldText(quoted).replace(/\s+/g, ' ')) &&
      analyzer.analyze(quoted).length >= 2;
    const analysis = analyse(question, quotes);
    const whole = rank(analysis);
    if (passes(whole.ranked[0])) return whole;
    // "What is an IMSI catcher and how does it work?": the later clauses are about a thing the
    // reports never name, so none of them may answer alone.
    if (opensWithUnknownSubject(question)) return whole;
    // "I keep seeing 'operation soft cell' on twitter, what is it?": a question pointing back at
    // the one thing the message names that an entry defines asks what that thing is.
    if (POINTS_BACK.test(question)) {
      const named = [
        ...new Map(
          analysis.terms.filter((t) => definedSubjects().has(t.term)).map((t) => [t.term, t]),
        ).values(),
      ];
      if (named.length === 1) {
        const resolved = rank(analyse(`what is ${named[0]?.word ?? ''}`, quotes));
        if (passes(resolved.ranked[0])) return resolved;
      }
    }
    // Clauses that differ only in punctuation or stop words rank alike: each is ranked once.
    const seen = new Set<string>([analysis.key]);
    const passing: ReturnType<typeof rank>[] = [];
    for (const clause of focusClauses(question)) {
      const clauseAnalysis = analyse(clause, quotes);
      if (seen.has(clauseAnalysis.key)) continue;
      seen.add(clauseAnalysis.key);
      const ranked = rank(clauseAnalysis);
      if (passes(ranked.ranked[0])) passing.push(ranked);
    }
    return voteOfClauses(passing) ?? whole;
  };

  /**
   * The entry of a near miss the second opinion is all but sure of: the best or the runner-up,
   * scored at least `secondOpinionFloor` (the best of a long message, which scores low for all it
   * says around its question, down to `secondOpinionLongFloor` at a surer belief). Never where
   * the question names something the knowledge base has never seen ("who hacked yahoo": the
   * classifier cannot weigh an unknown word) or asks what the reports cannot know (a reserved
   * term: after the reports, the bot, a price…), asks what a thing is, or asks a kind of fact the
   * answer lacks.
   */
  const secondOpinionPick = (
    ranked: readonly ScoredEntry[],
    terms: readonly QueryTerm[],
    question: string,
  ): ScoredEntry | undefined => {
    if (!mayGuess(terms, question)) return undefined;
    const long = terms.length >= LONG_QUESTION_TERMS;
    const belief = beliefOf(terms, question);
    return ranked.slice(0, 2).find((scored, rank) => {
      if (!scored.typeFits) return false;
      if (scored.score >= options.secondOpinionFloor)
        return belief(scored) >= options.secondOpinionBelief;
      return (
        long &&
        rank === 0 &&
        scored.score >= options.secondOpinionLongFloor &&
        belief(scored) >= options.secondOpinionLongBelief
      );
    });
  };
  /**
   * Whether a second opinion may answer a near miss at all: not where the question names
   * something the knowledge base has never seen or a reserved term, nor asks what a thing is.
   */
  const mayGuess = (terms: readonly QueryTerm[], question: string) =>
    !terms.some((t) => t.kind === 'rare' || RESERVED_TERMS.has(t.term)) &&
    !(terms.length < 5 && terms.some((t) => t.kind !== 'known')) &&
    // "What is (the) X": an X no entry defines was left unanswered on purpose.
    !DEFINITION_SHAPE.test(rawWords(question).join(' '));
  /** A question as the second opinions read it: its terms in order, then its function words. */
  const phrasingOfQuestion = (terms: readonly QueryTerm[], question: string) => [
    ...terms.map((t) => t.term),
    ...functionWordsOf(question),
  ];
  /** The naive second opinion's belief in each entry for one question (its phrasing made once). */
  const beliefOf = (terms: readonly QueryTerm[], question: string) => {
    const phrasing = phrasingOfQuestion(terms, question);
    const first = firstWordOf(question);
    return (scored: ScoredEntry) =>
      opinions().naive.belief(phrasing, first, labelOf.get(scored.entry) ?? -1);
  };
  /** The logistic second opinion's reading of one question (null for a knowledge base too big). */
  const readingOf = (terms: readonly QueryTerm[], question: string): Reading | null => {
    const { logistic } = opinions();
    return logistic.usable
      ? logistic.read(phrasingOfQuestion(terms, question), firstWordOf(question))
      : null;
  };
  /**
   * Of the best few entries, the one `reading` finds likeliest, if it scores at least
   * `logisticFloor`, fits the kind of fact asked and holds every figure the question gives
   * ("geng shuang is 45?" is not answered by who Geng Shuang is); with its belief.
   */
  const likeliest = (ranked: readonly ScoredEntry[], question: string, reading: Reading | null) => {
    if (!reading) return undefined;
    const scored = ranked
      .slice(0, LOGISTIC_CANDIDATES)
      .find((s) => labelOf.get(s.entry) === reading.label);
    if (!scored || !scored.typeFits || scored.score < options.logisticFloor) return undefined;
    const figures = question.match(FIGURE) ?? [];
    if (figures.some((figure) => !new RegExp(`\\b${figure}\\b`).test(scored.entry.answer)))
      return undefined;
    return { scored, belief: reading.beliefs[reading.label] ?? 0 };
  };
  /**
   * The chosen entry, unless the logistic second opinion all but rules it out (a belief of at
   * most `logisticDoubt`) and is sure (`logisticOverrule`) of another of the best few that
   * `likeliest` allows: that one answers instead.
   */
  const overruled = (
    ranked: readonly ScoredEntry[],
    chosen: ScoredEntry,
    question: string,
    reading: Reading | null,
  ): ScoredEntry => {
    const label = labelOf.get(chosen.entry);
    if (!reading || label === undefined || (reading.beliefs[label] ?? 0) > options.logisticDoubt)
      return chosen;
    const other = likeliest(ranked, question, reading);
    return other && other.belief >= options.logisticOverrule ? other.scored : chosen;
  };
  /**
   * A near miss the naive second opinion left: the entry the logistic one is surest of
   * (`logisticNearMiss`), if `likeliest` allows it. The same questions as for the naive one are
   * never guessed.
   */
  const logisticPick = (
    ranked: readonly ScoredEntry[],
    terms: readonly QueryTerm[],
    question: string,
    reading: () => Reading | null,
  ): ScoredEntry | undefined => {
    if (!mayGuess(terms, question)) return undefined;
    const pick = likeliest(ranked, question, reading());
    return pick && pick.belief >= options.logisticNearMiss ? pick.scored : undefined;
  };
  /**
   * Whether the logistic second opinion is sure (`logisticOutOfScope`) that a question is one the
   * articles do not answer, its answer having scored under `logisticOutOfScopeScore`: it reads
   * the question like the out-of-scope examples, and the answer is withheld.
   */
  const ruledOutOfScope = (chosen: ScoredEntry, reading: () => Reading | null) =>
    chosen.score < options.logisticOutOfScopeScore &&
    (reading()?.beliefs[knowledge.qa.length] ?? 0) >= options.logisticOutOfScope;
  /**
   * Of two answerable entries scored within `secondOpinionMargin` of each other, the second when
   * the second opinion is all but sure of it: a near tie is decided by more than one phrasing.
   */
  const tieBroken = (
    ranked: readonly ScoredEntry[],
    terms: readonly QueryTerm[],
    question: string,
  ) => {
    const [first, second] = ranked;
    if (!first || !second || first.score - second.score > options.secondOpinionMargin) return first;
    return passes(second) && beliefOf(terms, question)(second) >= options.secondOpinionBelief
      ? second
      : first;
  };

  const related = (entry: QaEntry) =>
    entry.related
      .map((id) => knowledge.qaById.get(id))
      .filter((e): e is QaEntry => e !== undefined);

  return {
    knowledge,
    options,
    explain,
    ask(question) {
      const exact = exactPhrasings.get(phrasingKey(question));
      if (exact)
        return {
          status: 'answered',
          kind: 'entry',
          entry: exact,
          confidence: 1,
          related: related(exact),
        };
      const { terms, ranked } = explain(question);
      // A question of function words only ("who did it") is answered by an entry phrased the same
      // way, unless it names nothing at all ("what is it") or asks for a kind of fact ("what time
      // is it") the entry does not hold.
      if (terms.length === 0 && !isVagueQuestion(question)) {
        const shaped = qaIndex.searchShape(functionWordsOf(question));
        if (
          shaped &&
          shaped.similarity >= options.shapeOnlyThreshold &&
          answerFitsType(shaped.entry.answer, questionTypeOf(question))
        ) {
          return {
            status: 'answered',
            kind: 'entry',
            entry: shaped.entry,
            confidence: round(shaped.similarity),
            related: related(shaped.entry),
          };
        }
      }
      const best = ranked[0];
      const reading = lazy(() => readingOf(terms, question));
      const chosen =
        best && passes(best)
          ? overruled(ranked, tieBroken(ranked, terms, question) ?? best, question, reading())
          : (secondOpinionPick(ranked, terms, question) ??
            logisticPick(ranked, terms, question, reading));
      if (chosen && !ruledOutOfScope(chosen, reading)) {
        return {
          status: 'answered',
          kind: 'entry',
          entry: chosen.entry,
          confidence: round(chosen.score),
          related: related(chosen.entry),
        };
      }
      const suggestions = ranked
        .filter((s) => s.score >= options.suggestionThreshold)
        .slice(0, options.maxSuggestions)
        .map((s) => s.entry);
      const found = passages.search(terms, qaIndex.weigh(terms), options.passageThreshold);
      const top = found[0];
      if (top) {
        return {
          status: 'answered',
          kind: 'passage',
          passages: found,
          confidence: round(top.coverage * 0.6),
          suggestions,
        };
      }
      return {
        status: 'no_match',
        confidence: round(best?.score ?? 0),
        suggestions,
        best: best?.entry ?? null,
      };
    },
    findQuotes: (query) => quotes.find(query),
    randomQuote(random = Math.random) {
      const all = quotes.all;
      if (all.length === 0) return null;
      return all[Math.min(all.length - 1, Math.floor(random() * all.length))] ?? null;
    },
    suggestQuestions(partial, limit = 25) {
      const text = partial.trim();
      if (!text) return coreQuestions.slice(0, limit);
      const seen = new Set<string>();
      const out: QaEntry[] = [];
      const add = (entry: QaEntry) => {
        if (!seen.has(entry.id) && out.length < limit) {
          seen.add(entry.id);
          out.push(entry);
        }
      };
      for (const scored of explain(text).ranked.slice(0, limit))
        if (scored.score >= options.suggestionThreshold) add(scored.entry);
      for (const entry of completer.complete(text, limit)) add(entry);
      return out;
    },
    suggestSpeakers: (partial, limit = 25) => quotes.speakers(partial, limit),
    sourceOf: (id) => knowledge.sourceById.get(id),
  };
}
