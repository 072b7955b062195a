import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileAnalysisCache } from '../../src/analysisCache.js';
import { buildEngine, type AnalysisCache, type Engine } from '../../src/engine/engine.js';
import { loadEvalSet } from '../../src/eval/evaluate.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../../src/paths.js';
import { FIXTURES, loadOrThrow } from '../helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'soft-cell-cache-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A cache that counts its writes. */
function counting(cache: AnalysisCache) {
  const counts = { writes: 0 };
  const wrapped: AnalysisCache = {
    read: (context) => cache.read(context),
    write: (context, tables) => {
      counts.writes++;
      cache.write(context, tables);
    },
  };
  return { cache: wrapped, counts };
}

const answers = (engine: Engine, questions: readonly string[]) =>
  questions.map((q) => {
    const r = engine.ask(q);
    return `${r.status} ${r.status === 'answered' && r.kind === 'entry' ? r.entry.id : ''} ${r.confidence}`;
  });

describe('the analysis cache', () => {
  it('gives a warm build exactly the answers of a build without it (real knowledge base)', () => {
    const knowledge = loadOrThrow(KNOWLEDGE_DIR);
    const questions = loadEvalSet(path.join(PROJECT_ROOT, 'test/eval/questions.yaml')).map(
      (i) => i.question,
    );
    const cache = fileAnalysisCache(dir);
    buildEngine(knowledge, {}, cache);
    const { cache: watched, counts } = counting(cache);
    const warm = buildEngine(knowledge, {}, watched);
    expect(counts.writes).toBe(0);
    expect(answers(warm, questions)).toEqual(answers(buildEngine(knowledge), questions));
  });

  it('is written by a cold build, not by a warm one, and again when a text changes', () => {
    const knowledge = loadOrThrow(path.join(FIXTURES, 'kb-valid'));
    const { cache, counts } = counting(fileAnalysisCache(dir));
    buildEngine(knowledge, {}, cache);
    expect(counts.writes).toBe(1);
    buildEngine(knowledge, {}, cache);
    expect(counts.writes).toBe(1);
    const more: Knowledge = {
      ...knowledge,
      examples: new Map([['which-carriers', ['did they say which telcos', 'carrier names pls']]]),
    };
    buildEngine(more, {}, cache);
    expect(counts.writes).toBe(2);
    // Back to the first: one example fewer, so the file is rewritten without it.
    buildEngine(knowledge, {}, cache);
    expect(counts.writes).toBe(3);
    expect(readFileSync(path.join(dir, 'analysis.json'), 'utf8')).not.toContain(
      'carrier names pls',
    );
  });

  it('reads nothing saved for another knowledge base, and nothing from a malformed file', () => {
    const cache = fileAnalysisCache(dir);
    cache.write('context-a', new Map([['terms', new Map([['who did it', ['who']]])]]));
    expect(cache.read('context-a').get('terms')?.get('who did it')).toEqual(['who']);
    expect(cache.read('context-b').size).toBe(0);
    const file = path.join(dir, 'analysis.json');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { key: string };
    for (const broken of [
      '{"key": "',
      JSON.stringify({ key: saved.key, tables: { terms: ['odd number of items'] } }),
      JSON.stringify({ key: saved.key, tables: { terms: ['text', 42] } }),
      JSON.stringify({ key: saved.key, tables: null }),
    ]) {
      writeFileSync(file, broken);
      expect(cache.read('context-a').size).toBe(0);
    }
  });

  it('keeps no value it could not read back as it was', () => {
    const cache = fileAnalysisCache(dir);
    cache.write(
      'c',
      new Map([
        [
          'key',
          new Map<string, readonly string[]>([
            ['plain', ['a', 'b']],
            ['spaced', ['a b']],
            ['empty word', ['']],
            ['none', []],
          ]),
        ],
      ]),
    );
    expect([...(cache.read('c').get('key') ?? [])]).toEqual([
      ['plain', ['a', 'b']],
      ['none', []],
    ]);
  });

  it('reports a write it cannot make, and the engine still builds', () => {
    const notADirectory = path.join(dir, 'file');
    writeFileSync(notADirectory, 'x');
    const errors: unknown[] = [];
    const cache = fileAnalysisCache(notADirectory, (error) => errors.push(error));
    const engine = buildEngine(loadOrThrow(path.join(FIXTURES, 'kb-valid')), {}, cache);
    expect(errors).toHaveLength(1);
    expect(engine.ask('which carriers were hacked').status).toBe('answered');
  });
});
