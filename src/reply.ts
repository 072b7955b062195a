import type { Knowledge, QaEntry, Source } from './knowledge/schema.js';

/** The plain reply every command returns; renderers turn it into an embed or terminal text. */

export interface SourceRef {
  readonly id: string;
  readonly publisher: string;
  /** The headline, or "publisher, date" where the headline is unknown. */
  readonly title: string;
  readonly date: string;
  readonly url: string;
}

export interface EvidenceRef {
  readonly source: SourceRef;
  readonly excerpt: string;
}

export interface QuestionRef {
  readonly id: string;
  readonly question: string;
}

export interface AnswerReply {
  readonly kind: 'answer';
  /** The question as the user typed it. */
  readonly question: string;
  /** What the answer answers: the entry's own question, or a label for an excerpt. */
  readonly title: string;
  readonly answer: string;
  readonly confidence: number;
  /** The Q&A entry answered from; null for a passage (excerpt) answer. */
  readonly entryId: string | null;
  /** True when no curated answer fitted and the text is an excerpt of the article. */
  readonly excerpt: boolean;
  readonly evidence: readonly EvidenceRef[];
  readonly sources: readonly SourceRef[];
  readonly related: readonly QuestionRef[];
  readonly ephemeral: boolean;
}

export interface NoMatchReply {
  readonly kind: 'no_match';
  readonly question: string;
  readonly message: string;
  readonly confidence: number;
  readonly suggestions: readonly QuestionRef[];
  readonly ephemeral: true;
}

export interface QuoteReply {
  readonly kind: 'quote';
  readonly id: string;
  readonly text: string;
  readonly speaker: string;
  readonly role: string;
  readonly context: string;
  readonly source: SourceRef;
  readonly ephemeral: boolean;
}

export interface QuoteNotFoundReply {
  readonly kind: 'quote_not_found';
  readonly speaker: string | null;
  readonly topic: string | null;
  readonly message: string;
  readonly ephemeral: true;
}

export interface SourcesReply {
  readonly kind: 'sources';
  readonly sources: readonly (SourceRef & {
    readonly headline: string | null;
    readonly authors: readonly string[];
  })[];
  readonly ephemeral: boolean;
}

export interface HelpReply {
  readonly kind: 'help';
  readonly about: string;
  readonly commands: readonly {
    readonly name: string;
    readonly usage: string;
    readonly description: string;
  }[];
  readonly examples: readonly QuestionRef[];
  readonly ephemeral: boolean;
}

/** What a knowledge reload did: entries before and after, or the errors that stopped it. */
export interface ReloadReply {
  readonly kind: 'reload';
  readonly ok: boolean;
  readonly message: string;
  readonly errors: readonly string[];
  readonly ephemeral: true;
}

/** An expected user error (empty or over-long input, unknown command): shown only to the user. */
export interface InvalidReply {
  readonly kind: 'invalid';
  readonly message: string;
  readonly ephemeral: true;
}

export type Reply =
  | AnswerReply
  | NoMatchReply
  | QuoteReply
  | QuoteNotFoundReply
  | SourcesReply
  | HelpReply
  | ReloadReply
  | InvalidReply;

export function sourceRef(source: Source): SourceRef {
  return {
    id: source.id,
    publisher: source.publisher,
    title: source.headline ?? `${source.publisher}, ${source.date}`,
    date: source.date,
    url: source.url,
  };
}

export function questionRef(entry: QaEntry): QuestionRef {
  return { id: entry.id, question: entry.question };
}

/** The answer reply for one Q&A entry (used by /ask and by follow-up buttons). */
export function entryReply(
  knowledge: Knowledge,
  entry: QaEntry,
  question: string,
  confidence: number,
  ephemeral: boolean,
): AnswerReply {
  const evidence = entry.sources.flatMap((e) => {
    const source = knowledge.sourceById.get(e.source);
    return source ? [{ source: sourceRef(source), excerpt: e.excerpt }] : [];
  });
  const sources = [...new Map(evidence.map((e) => [e.source.id, e.source])).values()];
  const related = entry.related
    .map((id) => knowledge.qaById.get(id))
    .filter((e): e is QaEntry => e !== undefined)
    .map(questionRef);
  return {
    kind: 'answer',
    question,
    title: entry.question,
    answer: entry.answer,
    confidence,
    entryId: entry.id,
    excerpt: false,
    evidence,
    sources,
    related,
    ephemeral,
  };
}
