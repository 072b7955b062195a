import { execFile, spawn } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/transport/cli.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { contextFor, realKnowledgeEngine } from '../helpers.js';

const context = contextFor(realKnowledgeEngine(), () => 0);

async function cli(args: string[], stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await runCli(args, { stdin: Readable.from([stdin]), stdout, stderr }, () => context);
  return { code, out, err };
}

const SOURCE_KEYS = ['date', 'id', 'publisher', 'title', 'url'];
const ASK_KEYS = [
  'answer',
  'confidence',
  'entry',
  'evidence',
  'excerpt',
  'question',
  'sources',
  'status',
  'suggestions',
];

describe('cli ask --json', () => {
  it('prints one JSON object with the contract fields for an answer', async () => {
    const { code, out, err } = await cli(['ask', '--json', 'who', 'was', 'behind', 'it?']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const json = JSON.parse(out) as Record<string, unknown> & {
      sources: Record<string, unknown>[];
      evidence: { source: string; excerpt: string }[];
    };
    expect(Object.keys(json).sort()).toEqual(ASK_KEYS);
    expect(json).toMatchObject({
      question: 'who was behind it?',
      status: 'answered',
      entry: 'who-is-blamed',
      excerpt: false,
    });
    expect(typeof json['answer']).toBe('string');
    expect(json['confidence']).toBeGreaterThan(0);
    for (const source of json.sources) expect(Object.keys(source).sort()).toEqual(SOURCE_KEYS);
    for (const evidence of json.evidence) expect(['bgr', 'bloomberg']).toContain(evidence.source);
  });

  it('prints no_match with suggestions, exit 0, for a question outside the articles', async () => {
    const { code, out } = await cli(['ask', '--json', 'who is the ceo of huawei']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(json).toMatchObject({
      status: 'no_match',
      answer: null,
      entry: null,
      sources: [],
      evidence: [],
    });
    expect(Array.isArray(json['suggestions'])).toBe(true);
    expect((json['suggestions'] as string[]).every((s) => typeof s === 'string')).toBe(true);
  });

  it('reads questions from stdin and prints one JSON line each, in order', async () => {
    const { code, out } = await cli(
      ['ask', '--json'],
      'who did this\nwhat is the weather\n\nhow many carriers were hacked\n',
    );
    expect(code).toBe(0);
    const lines = out
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { question: string; status: string });
    expect(lines.map((l) => [l.question, l.status])).toEqual([
      ['who did this', 'answered'],
      ['what is the weather', 'no_match'],
      ['', 'no_match'],
      ['how many carriers were hacked', 'answered'],
    ]);
  });
});

describe('cli quote and sources', () => {
  it('prints a found quote with its source', async () => {
    const { code, out } = await cli(['quote', '--json', '--speaker', 'geng']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      status: string;
      quote: Record<string, unknown> & { source: Record<string, unknown> };
    };
    expect(json.status).toBe('found');
    expect(json.quote).toMatchObject({
      speaker: 'Geng Shuang',
      source: { id: 'bloomberg', publisher: 'Bloomberg' },
    });
    expect(Object.keys(json.quote.source).sort()).toEqual(SOURCE_KEYS);
  });

  it('prints not_found with a null quote', async () => {
    const { out } = await cli(['quote', '--json', '--topic', 'bitcoin']);
    expect(JSON.parse(out)).toEqual({ status: 'not_found', quote: null });
  });

  it('prints the sources as a JSON array', async () => {
    const { out } = await cli(['sources', '--json']);
    const json = JSON.parse(out) as Record<string, unknown>[];
    expect(json.map((s) => s['id'])).toEqual(['bgr', 'bloomberg']);
    for (const source of json) expect(Object.keys(source).sort()).toEqual(SOURCE_KEYS);
  });

  it('prints readable text without --json', async () => {
    const { out } = await cli(['ask', 'who was behind it']);
    expect(out).toContain('confidence');
    expect(() => JSON.parse(out) as unknown).toThrow();
  });
});

describe('cli usage errors', () => {
  it.each([
    [[]],
    [['fly']],
    [['ask', '--nope']],
    [['sources', 'extra']],
    [['ask', '--speaker', 'x']],
  ])('exits 2 with a message on stderr for %j', async (args) => {
    const { code, out, err } = await cli(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^error: .+\nusage:/);
  });
});

describe('npm run cli (the real process)', () => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

  it('prints nothing but the JSON on stdout', async () => {
    const { stdout } = await promisify(execFile)(
      npm,
      ['run', '--silent', 'cli', '--', 'ask', '--json', 'is it still going on'],
      {
        cwd: PROJECT_ROOT,
      },
    );
    const json = JSON.parse(stdout) as { status: string; entry: string };
    expect(json).toMatchObject({ status: 'answered', entry: 'still-ongoing' });
  });

  it('exits 2 on a usage error', async () => {
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(npm, ['run', '--silent', 'cli', '--', 'bogus'], {
        cwd: PROJECT_ROOT,
        stdio: 'ignore',
      });
      child.on('close', resolve);
    });
    expect(code).toBe(2);
  });
});
