import Fuse from 'fuse.js';
import type { Quote } from '../knowledge/schema.js';
import type { QueryAnalyzer } from './analyzer.js';
import { foldText, termsOf } from './text.js';

export interface QuoteQuery {
  readonly speaker?: string | undefined;
  readonly topic?: string | undefined;
}

interface IndexedQuote {
  readonly quote: Quote;
  /** Terms of the quote itself. */
  readonly terms: ReadonlySet<string>;
  /** Terms only its topics use: they count a little less than the quote's own words. */
  readonly topicTerms: ReadonlySet<string>;
  /** Terms only its context line uses: they count half. */
  readonly contextTerms: ReadonlySet<string>;
}

/** Share of the topic's weight a quote must cover to be returned for it. */
const TOPIC_MIN_COVERAGE = 0.5;

/** Finds quotes by speaker (fuzzy, on name and role) and/or by topic (words of quote, topics, context). */
export class QuoteIndex {
  readonly #quotes: readonly IndexedQuote[];
  readonly #speakers: Fuse<Quote>;
  readonly #analyzer: QueryAnalyzer;

  constructor(quotes: readonly Quote[], analyzer: QueryAnalyzer) {
    this.#analyzer = analyzer;
    this.#quotes = quotes.map((quote) => {
      const terms = new Set(termsOf(quote.text));
      const topicTerms = new Set(quote.topics.flatMap(termsOf).filter((t) => !terms.has(t)));
      const contextTerms = new Set(
        termsOf(quote.context).filter((t) => !terms.has(t) && !topicTerms.has(t)),
      );
      return { quote, terms, topicTerms, contextTerms };
    });
    this.#speakers = new Fuse(quotes, {
      keys: [
        { name: 'speaker', weight: 2 },
        { name: 'role', weight: 1 },
      ],
      threshold: 0.34,
      ignoreLocation: true,
      includeScore: true,
    });
  }

  get all(): readonly Quote[] {
    return this.#quotes.map((q) => q.quote);
  }

  /** Quotes matching the query, best first; every quote when the query is empty. */
  find(query: QuoteQuery): Quote[] {
    let pool = this.#quotes;
    const speaker = query.speaker?.trim() ?? '';
    if (speaker) {
      const ids = new Set(this.matchSpeaker(speaker).map((q) => q.id));
      pool = pool.filter((q) => ids.has(q.quote.id));
    }
    const topic = query.topic?.trim() ?? '';
    if (!topic) return pool.map((q) => q.quote);
    const terms = this.#analyzer.analyze(topic);
    if (terms.length === 0) return [];
    const weight = (kind: string) => (kind === 'rare' ? 3 : 1);
    const total = terms.reduce((sum, t) => sum + weight(t.kind), 0);
    const credit = (q: IndexedQuote, term: string) =>
      q.terms.has(term) ? 1 : q.topicTerms.has(term) ? 0.9 : q.contextTerms.has(term) ? 0.5 : 0;
    return pool
      .map((q) => ({
        quote: q.quote,
        coverage: terms.reduce((sum, t) => sum + weight(t.kind) * credit(q, t.term), 0) / total,
      }))
      .filter((s) => s.coverage >= TOPIC_MIN_COVERAGE)
      .sort((a, b) => b.coverage - a.coverage)
      .map((s) => s.quote);
  }

  /** Quotes whose speaker or role matches: every word as a word prefix first, fuzzy (typos) second. */
  matchSpeaker(name: string): Quote[] {
    const words = foldText(name)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (words.length === 0) return [];
    const exact = this.#quotes
      .map((q) => q.quote)
      .filter((quote) => {
        const haystack = foldText(`${quote.speaker} ${quote.role}`).split(/[^\p{L}\p{N}]+/u);
        return words.every((word) => haystack.some((h) => h.startsWith(word)));
      });
    if (exact.length > 0) return exact;
    return this.#speakers.search(name).map((result) => result.item);
  }

  /** Distinct speaker names matching a partial name, for autocomplete. */
  speakers(partial: string, limit: number): string[] {
    const all = [...new Set(this.#quotes.map((q) => q.quote.speaker))];
    const trimmed = partial.trim();
    if (!trimmed) return all.slice(0, limit);
    return [...new Set(this.matchSpeaker(trimmed).map((q) => q.speaker))].slice(0, limit);
  }
}
