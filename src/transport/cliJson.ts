import type { AnswerReply, NoMatchReply, Reply, SourceRef } from '../reply.js';

/** The scripting contract of `npm run cli -- ask --json`: keep these shapes exactly; extend only. */
export interface AskJson {
  question: string;
  status: 'answered' | 'no_match';
  answer: string | null;
  confidence: number;
  entry: string | null;
  sources: SourceRef[];
  evidence: { source: string; excerpt: string }[];
  suggestions: string[];
  /** Extension: true when the answer is an article excerpt (passage fallback). */
  excerpt: boolean;
  /** Extension: why there is no answer when the input itself was rejected (empty, too long). */
  message?: string;
}

export interface QuoteJson {
  status: 'found' | 'not_found';
  quote: {
    id: string;
    text: string;
    speaker: string;
    role: string;
    context: string;
    source: SourceRef;
  } | null;
}

const plainSource = (s: SourceRef): SourceRef => ({
  id: s.id,
  publisher: s.publisher,
  title: s.title,
  date: s.date,
  url: s.url,
});

export function askJson(question: string, reply: Reply): AskJson {
  if (reply.kind === 'answer') return answeredJson(reply);
  if (reply.kind === 'no_match') return noMatchJson(reply);
  const message = 'message' in reply ? reply.message : undefined;
  return {
    question,
    status: 'no_match',
    answer: null,
    confidence: 0,
    entry: null,
    sources: [],
    evidence: [],
    suggestions: [],
    excerpt: false,
    ...(message !== undefined ? { message } : {}),
  };
}

function answeredJson(reply: AnswerReply): AskJson {
  return {
    question: reply.question,
    status: 'answered',
    answer: reply.answer,
    confidence: reply.confidence,
    entry: reply.entryId,
    sources: reply.sources.map(plainSource),
    evidence: reply.evidence.map((e) => ({ source: e.source.id, excerpt: e.excerpt })),
    suggestions: reply.excerpt ? reply.related.map((q) => q.question) : [],
    excerpt: reply.excerpt,
  };
}

function noMatchJson(reply: NoMatchReply): AskJson {
  return {
    question: reply.question,
    status: 'no_match',
    answer: null,
    confidence: reply.confidence,
    entry: null,
    sources: [],
    evidence: [],
    suggestions: reply.suggestions.map((q) => q.question),
    excerpt: false,
  };
}

export function quoteJson(reply: Reply): QuoteJson {
  if (reply.kind !== 'quote') return { status: 'not_found', quote: null };
  return {
    status: 'found',
    quote: {
      id: reply.id,
      text: reply.text,
      speaker: reply.speaker,
      role: reply.role,
      context: reply.context,
      source: plainSource(reply.source),
    },
  };
}

export function sourcesJson(reply: Reply): SourceRef[] {
  return reply.kind === 'sources' ? reply.sources.map(plainSource) : [];
}
