import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MissesLog } from '../../src/missesLog.js';
import { parseMisses, summariseMisses } from '../../src/missesReport.js';
import { contextFor, realKnowledgeEngine, runNow } from '../helpers.js';

const engine = realKnowledgeEngine();
const context = contextFor(engine);
const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'misses-'));
  dirs.push(dir);
  return path.join(dir, 'nested', 'misses.jsonl');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('misses log', () => {
  it('records unanswered questions with time, status, confidence and closest entry, and no user by default', () => {
    const file = tempFile();
    const log = new MissesLog({ file });
    log.record(runNow('ask', { question: 'who is the ceo of huawei' }, context), '1234');
    log.record(runNow('ask', { question: 'who was behind operation soft cell' }, context), '1234');
    const records = parseMisses(readFileSync(file, 'utf8'));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ question: 'who is the ceo of huawei', status: 'no_match' });
    expect(Object.keys(records[0] ?? {}).sort()).toEqual([
      'best',
      'confidence',
      'question',
      'status',
      'time',
    ]);
  });

  it('records the user only when told to', () => {
    const file = tempFile();
    new MissesLog({ file, includeUser: true }).record(
      runNow('ask', { question: 'is lior div married' }, context),
      '42',
    );
    expect(parseMisses(readFileSync(file, 'utf8'))[0]?.user).toBe('42');
  });

  it('rotates so it never grows past its cap', () => {
    const file = tempFile();
    const log = new MissesLog({ file, maxBytes: 2000 });
    for (let i = 0; i < 100; i++)
      log.record(runNow('ask', { question: `who won the world cup in ${1900 + i}` }, context));
    expect(statSync(file).size).toBeLessThanOrEqual(2000);
    expect(statSync(`${file}.1`).size).toBeLessThanOrEqual(2000);
  });

  it('never throws when it cannot write', () => {
    // A path under a regular file: the directory can never be made.
    const blocker = tempFile().replace('nested/misses.jsonl', 'a-file');
    writeFileSync(blocker, 'x');
    const log = new MissesLog({ file: path.join(blocker, 'misses.jsonl') });
    expect(() =>
      log.record(runNow('ask', { question: 'who is the ceo of huawei' }, context)),
    ).not.toThrow();
  });
});

describe('misses summary', () => {
  it('groups near duplicates, most frequent first, with the closest entry', () => {
    const record = (question: string) => ({
      time: '2026-11-23T00:00:00.000Z',
      question,
      status: 'no_match' as const,
      confidence: 0.2,
      best: null,
    });
    const groups = summariseMisses(
      [
        record('who is the ceo of huawei'),
        record('who is huawei ceo'),
        record('Who is the CEO of Huawei?'),
        record('what is the weather'),
      ],
      engine,
    );
    expect(groups.map((g) => [g.count, g.question])).toEqual([
      [3, 'who is the ceo of huawei'],
      [1, 'what is the weather'],
    ]);
    expect(groups[0]?.variants).toHaveLength(3);
  });

  it('skips lines that are not records', () => {
    expect(parseMisses('{"time":"t","question":"q"}\nnot json\n{"other":1}\n')).toHaveLength(1);
  });
});
