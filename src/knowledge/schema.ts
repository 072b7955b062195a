import { z } from 'zod';

/** One schema for every file under knowledge/. A file holds any of the three lists. */

const text = z.string().trim().min(1, 'must not be empty');
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and dashes');
const tag = z
  .string()
  .regex(/^[a-z0-9][a-z0-9 -]*$/, 'must be lowercase letters, digits, spaces or dashes');

export const MIN_ALTERNATES = 5;
export const MAX_ANSWER_CHARS = 900;

export const sourceSchema = z.strictObject({
  id,
  publisher: text,
  headline: text.nullable(),
  dek: text.optional(),
  authors: z.array(text),
  contributors: z.array(text).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, in quotes'),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
  note: text.optional(),
  body: text,
});

export const evidenceSchema = z.strictObject({
  source: id,
  excerpt: text,
});

export const qaSchema = z.strictObject({
  id,
  question: text,
  alternates: z
    .array(text)
    .min(MIN_ALTERNATES, `needs at least ${MIN_ALTERNATES} alternates, written the way people type`),
  answer: text.max(MAX_ANSWER_CHARS, `must be at most ${MAX_ANSWER_CHARS} characters (1–4 sentences)`),
  sources: z.array(evidenceSchema).min(1, 'needs at least one {source, excerpt}'),
  tags: z.array(tag).default([]),
  related: z.array(id).default([]),
  core: z.boolean().optional(),
});

export const quoteSchema = z.strictObject({
  id,
  text,
  speaker: text,
  role: text,
  source: id,
  context: text.refine((s) => !s.includes('\n'), 'must be one line'),
  topics: z.array(tag).default([]),
});

/**
 * Questions people asked, labelled with the entry that answers them: they teach the matcher how
 * people phrase a question, without being offered as its phrasings (see the README).
 */
export const examplesSchema = z.strictObject({
  entry: id,
  questions: z.array(text).min(1, 'needs at least one question'),
});

export const knowledgeFileSchema = z.strictObject({
  sources: z.array(sourceSchema).optional(),
  qa: z.array(qaSchema).optional(),
  quotes: z.array(quoteSchema).optional(),
  examples: z.array(examplesSchema).optional(),
  /** Questions people asked that the articles do not answer. */
  out_of_scope: z.array(text).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type QaEntry = z.infer<typeof qaSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Examples = z.infer<typeof examplesSchema>;

export interface Knowledge {
  readonly sources: readonly Source[];
  readonly qa: readonly QaEntry[];
  readonly quotes: readonly Quote[];
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly qaById: ReadonlyMap<string, QaEntry>;
  /** Example questions by entry id (`examples:` lists); none when absent. */
  readonly examples?: ReadonlyMap<string, readonly string[]>;
  /** Example questions the articles do not answer (`out_of_scope:` lists). */
  readonly outOfScope?: readonly string[];
}
