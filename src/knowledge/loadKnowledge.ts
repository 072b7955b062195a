import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import {
  knowledgeFileSchema,
  type Examples,
  type Knowledge,
  type QaEntry,
  type Quote,
  type Source,
} from './schema.js';
import { articleText, foldForVerbatim } from './verbatim.js';

export interface KnowledgeError {
  /** File path as given to the loader (relative to the working directory where possible). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Where in the file: `qa[3] (who-is-blamed).alternates`, or `YAML` for syntax errors. */
  readonly field: string;
  readonly message: string;
}

export type LoadResult =
  | { readonly ok: true; readonly knowledge: Knowledge; readonly files: readonly string[] }
  | { readonly ok: false; readonly errors: readonly KnowledgeError[] };

type PathPart = string | number;

interface ParsedFile {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

interface Located<T> {
  readonly value: T;
  readonly at: ParsedFile;
  readonly path: readonly PathPart[];
}

export function formatKnowledgeError(error: KnowledgeError): string {
  return `${error.file}:${error.line}:${error.column} ${error.field}: ${error.message}`;
}

/** Every .yaml/.yml file below `dir`, in a stable order. */
export function listKnowledgeFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      if (name.startsWith('.')) continue;
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/i.test(name)) found.push(full);
    }
  };
  walk(dir);
  return found;
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

function positionOf(at: ParsedFile, pathParts: readonly PathPart[]): { line: number; column: number } {
  // Walk up to the nearest node that exists (a missing field is reported at its parent).
  for (let depth = pathParts.length; depth >= 0; depth--) {
    const node: unknown = at.doc.getIn(pathParts.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const { line, col } = at.lines.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}

function keyPosition(at: ParsedFile, mapPath: readonly PathPart[], key: string) {
  const map: unknown = at.doc.getIn(mapPath, true);
  if (isMap(map)) {
    for (const pair of map.items) {
      if (isScalar(pair.key) && pair.key.value === key && pair.key.range) {
        const { line, col } = at.lines.linePos(pair.key.range[0]);
        return { line, column: col };
      }
    }
  }
  return positionOf(at, mapPath);
}

function describeField(at: ParsedFile, pathParts: readonly PathPart[]): string {
  let out = '';
  for (const [index, part] of pathParts.entries()) {
    if (typeof part === 'number') {
      out += `[${part}]`;
      if (index === 1) {
        const entryId: unknown =
          at.doc.getIn([...pathParts.slice(0, 2), 'id']) ??
          at.doc.getIn([...pathParts.slice(0, 2), 'entry']);
        if (typeof entryId === 'string') out += ` (${entryId})`;
      }
    } else {
      out += out ? `.${part}` : part;
    }
  }
  return out || '(file)';
}

function errorAt(
  at: ParsedFile,
  pathParts: readonly PathPart[],
  message: string,
  position = positionOf(at, pathParts),
): KnowledgeError {
  return {
    file: at.file,
    line: position.line,
    column: position.column,
    field: describeField(at, pathParts),
    message,
  };
}

function schemaErrors(at: ParsedFile, issues: readonly z.core.$ZodIssue[]): KnowledgeError[] {
  return issues.flatMap((issue) => {
    const issuePath = issue.path.filter(
      (part): part is PathPart => typeof part === 'string' || typeof part === 'number',
    );
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        errorAt(
          at,
          [...issuePath, key],
          `unknown field "${key}"`,
          keyPosition(at, issuePath, key),
        ),
      );
    }
    const present = at.doc.hasIn(issuePath);
    const message = !present && issue.code === 'invalid_type' ? 'is required' : issue.message;
    return [errorAt(at, issuePath, message)];
  });
}

function parseFile(file: string): { parsed: ParsedFile; errors: KnowledgeError[] } {
  const lines = new LineCounter();
  const shown = displayPath(file);
  const source = readFileSync(file, 'utf8');
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const parsed: ParsedFile = { file: shown, doc, lines };
  // Later syntax errors in a file are mostly echoes of the first: report the first only.
  const errors = doc.errors.slice(0, 1).map((error): KnowledgeError => {
    const position = error.linePos?.[0] ?? { line: 1, col: 1 };
    const message = (error.message.split('\n')[0] ?? error.code).replace(/ at line \d+, column \d+:?$/, '');
    return { file: shown, line: position.line, column: position.col, field: 'YAML', message };
  });
  return { parsed, errors };
}

/**
 * Reads, validates and cross-checks every knowledge file below `dir`. A knowledge base with any
 * error is not returned: the result lists every error instead, each with file, line and field.
 */
export function loadKnowledge(dir: string, options: LoadOptions = {}): LoadResult {
  return (options.exact ? null : loadQuickly(dir)) ?? loadExactly(dir);
}

export interface LoadOptions {
  /**
   * Parse with `yaml` only (kb:check does): the parser whose positions and messages every error
   * report uses. Otherwise js-yaml parses first, several times faster, and `yaml` is used only
   * when anything is wrong, to report it.
   */
  readonly exact?: boolean;
}

/**
 * The fast path: js-yaml (YAML 1.2 core schema, duplicate keys rejected) and the same schema and
 * cross-checks. Null at the first problem of any kind: the exact path then reports every error
 * with its file, line and field, exactly as it would have alone.
 */
export function loadQuickly(dir: string): LoadResult | null {
  let files: string[];
  try {
    files = listKnowledgeFiles(dir);
  } catch {
    return null;
  }
  if (files.length === 0) return null;
  const found = emptyFound();
  for (const file of files) {
    let value: unknown;
    try {
      value = jsYaml.load(readFileSync(file, 'utf8'), { schema: jsYaml.CORE_SCHEMA });
    } catch {
      return null;
    }
    const result = knowledgeFileSchema.safeParse(value ?? {});
    if (!result.success) return null;
    // Positions are needed only to report errors, which this path never does.
    collect(found, result.data, { file: displayPath(file) } as ParsedFile);
  }
  if (found.sources.length === 0) return null;
  try {
    if (crossCheck(found).length > 0) return null;
  } catch {
    return null;
  }
  return loaded(found, files);
}

/** Everything the files hold, each item with where it was found. */
interface Found {
  readonly sources: Located<Source>[];
  readonly qa: Located<QaEntry>[];
  readonly quotes: Located<Quote>[];
  readonly examples: Located<Examples>[];
  readonly outOfScope: Located<string>[];
}

function emptyFound(): Found {
  return { sources: [], qa: [], quotes: [], examples: [], outOfScope: [] };
}

function collect(found: Found, data: z.infer<typeof knowledgeFileSchema>, at: ParsedFile): void {
  data.sources?.forEach((value, i) => found.sources.push({ value, at, path: ['sources', i] }));
  data.qa?.forEach((value, i) => found.qa.push({ value, at, path: ['qa', i] }));
  data.quotes?.forEach((value, i) => found.quotes.push({ value, at, path: ['quotes', i] }));
  data.examples?.forEach((value, i) => found.examples.push({ value, at, path: ['examples', i] }));
  data.out_of_scope?.forEach((value, i) =>
    found.outOfScope.push({ value, at, path: ['out_of_scope', i] }),
  );
}

function loaded({ sources, qa, quotes, examples, outOfScope }: Found, files: readonly string[]): LoadResult {
  const byEntry = new Map<string, string[]>();
  for (const { value } of examples) {
    const list = byEntry.get(value.entry);
    if (list) list.push(...value.questions);
    else byEntry.set(value.entry, [...value.questions]);
  }
  const knowledge: Knowledge = {
    sources: sources.map((s) => s.value),
    qa: qa.map((q) => q.value),
    quotes: quotes.map((q) => q.value),
    sourceById: new Map(sources.map((s) => [s.value.id, s.value])),
    qaById: new Map(qa.map((q) => [q.value.id, q.value])),
    examples: byEntry,
    outOfScope: outOfScope.map((q) => q.value),
  };
  return { ok: true, knowledge, files: files.map(displayPath) };
}

function loadExactly(dir: string): LoadResult {
  const errors: KnowledgeError[] = [];
  const found = emptyFound();

  let files: string[];
  try {
    files = listKnowledgeFiles(dir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ file: dir, line: 1, column: 1, field: '(directory)', message: reason }],
    };
  }

  for (const file of files) {
    const { parsed, errors: syntaxErrors } = parseFile(file);
    if (syntaxErrors.length > 0) {
      errors.push(...syntaxErrors);
      continue;
    }
    const result = knowledgeFileSchema.safeParse(parsed.doc.toJS() ?? {});
    if (!result.success) {
      errors.push(...schemaErrors(parsed, result.error.issues));
      continue;
    }
    collect(found, result.data, parsed);
  }

  // With a file rejected, its entries are unknown: their examples are not reported as orphans.
  errors.push(...crossCheck(found, errors.length === 0));
  if (files.length === 0) {
    errors.push({
      file: displayPath(dir),
      line: 1,
      column: 1,
      field: '(directory)',
      message: 'no .yaml files found',
    });
  } else if (found.sources.length === 0 && errors.length === 0) {
    errors.push({
      file: displayPath(dir),
      line: 1,
      column: 1,
      field: 'sources',
      message: 'no sources defined: add a file with a `sources:` list',
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return loaded(found, files);
}

function crossCheck(
  { sources, qa, quotes, examples, outOfScope }: Found,
  complete = true,
): KnowledgeError[] {
  const errors: KnowledgeError[] = [];
  const sourceById = new Map(sources.map((s) => [s.value.id, s.value]));
  // Each article is folded once; every excerpt and quote is looked up in the folded text.
  const foldedArticles = new Map(sources.map((s) => [s.value, foldForVerbatim(articleText(s.value))]));
  const inArticle = (source: Source, span: string) => {
    const folded = foldForVerbatim(span);
    return folded.length > 0 && (foldedArticles.get(source) ?? '').includes(folded);
  };
  const qaIds = new Set(qa.map((q) => q.value.id));

  const seenIds = new Map<string, Located<unknown>>();
  for (const item of [...sources, ...qa, ...quotes] as Located<{ id: string }>[]) {
    const first = seenIds.get(item.value.id);
    if (first) {
      const where = `${first.at.file}:${positionOf(first.at, first.path).line}`;
      errors.push(
        errorAt(item.at, [...item.path, 'id'], `duplicate id "${item.value.id}" (first at ${where})`),
      );
    } else {
      seenIds.set(item.value.id, item);
    }
  }

  const checkExcerpt = (item: Located<unknown>, field: PathPart[], sourceId: string, span: string) => {
    const source = sourceById.get(sourceId);
    if (!source) {
      errors.push(errorAt(item.at, [...item.path, ...field.slice(0, -1), 'source'], `unknown source "${sourceId}"`));
    } else if (!inArticle(source, span)) {
      errors.push(
        errorAt(item.at, [...item.path, ...field], `not found verbatim in source "${sourceId}": "${shorten(span)}"`),
      );
    }
  };

  // Every phrasing, example and out-of-scope question once: whose it is, and as what.
  const phrasingOwner = new Map<string, { id: string; as: string }>();
  const claim = (item: Located<unknown>, field: PathPart[], phrasing: string, id: string, as: string) => {
    const key = phrasingKeyOf(phrasing);
    const owner = phrasingOwner.get(key);
    if (owner === undefined) {
      phrasingOwner.set(key, { id, as });
      return;
    }
    const whose = owner.id === OUT_OF_SCOPE ? 'an out-of-scope question' : `${owner.as} of ${owner.id === id ? 'this entry' : `entry "${owner.id}"`}`;
    errors.push(errorAt(item.at, [...item.path, ...field], `"${shorten(phrasing)}" is already ${whose}`));
  };
  for (const item of qa) {
    const entry = item.value;
    entry.sources.forEach((evidence, i) => checkExcerpt(item, ['sources', i, 'excerpt'], evidence.source, evidence.excerpt));
    // Words an answer puts in quotation marks are the articles' words: they must be verbatim too.
    const cited = entry.sources.map((e) => sourceById.get(e.source)).filter((x): x is Source => x !== undefined);
    for (const match of entry.answer.matchAll(/["\u201C]([^"\u201C\u201D]+)["\u201D]/g)) {
      // Quoting style may end the phrase with its own punctuation or capitalise its first letter.
      const phrase = (match[1] ?? '').replace(/[.,;:!?]+$/, '');
      const variants = [phrase, phrase.charAt(0).toUpperCase() + phrase.slice(1), phrase.charAt(0).toLowerCase() + phrase.slice(1)];
      if (cited.length > 0 && !cited.some((source) => variants.some((v) => inArticle(source, v)))) {
        errors.push(errorAt(item.at, [...item.path, 'answer'], `quoted words not found verbatim in its sources: "${shorten(phrase)}"`));
      }
    }
    entry.related.forEach((relatedId, i) => {
      if (!qaIds.has(relatedId)) {
        errors.push(errorAt(item.at, [...item.path, 'related', i], `unknown Q&A id "${relatedId}"`));
      } else if (relatedId === entry.id) {
        errors.push(errorAt(item.at, [...item.path, 'related', i], 'an entry cannot be related to itself'));
      }
    });
    const phrasings: [PathPart[], string][] = [
      [['question'], entry.question],
      ...entry.alternates.map((alt, i): [PathPart[], string] => [['alternates', i], alt]),
    ];
    for (const [field, phrasing] of phrasings) claim(item, field, phrasing, entry.id, 'a phrasing');
  }
  for (const item of examples) {
    if (!qaIds.has(item.value.entry)) {
      if (complete) errors.push(errorAt(item.at, [...item.path, 'entry'], `unknown Q&A id "${item.value.entry}"`));
      continue;
    }
    item.value.questions.forEach((question, i) => claim(item, ['questions', i], question, item.value.entry, 'an example'));
  }
  for (const item of outOfScope) claim(item, [], item.value, OUT_OF_SCOPE, 'out of scope');

  for (const item of quotes) {
    checkExcerpt(item, ['text'], item.value.source, item.value.text);
  }
  return errors;
}

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/** The owner of an `out_of_scope:` question (not an id: ids are kebab-case). */
const OUT_OF_SCOPE = '(out of scope)';

/** Two phrasings are the same when they differ only in case, punctuation and spacing. */
function phrasingKeyOf(phrasing: string): string {
  // Printable ASCII needs no Unicode folding (most phrasings: this check runs on thousands).
  if (PRINTABLE_ASCII.test(phrasing))
    return phrasing.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return foldForVerbatim(phrasing).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function shorten(value: string, max = 80): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
