import { spawn } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { COMMANDS_BY_NAME } from '../../src/commands.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { STRINGS } from '../../src/strings.js';
import { CONSOLE_BANNER, runConsole } from '../../src/transport/console.js';
import { parseCommandLine } from '../../src/transport/parseCommandLine.js';
import { optionNamesOf } from '../../src/transport/dispatch.js';
import { contextFor, realKnowledgeEngine } from '../helpers.js';

const engine = realKnowledgeEngine();

async function session(lines: string[]): Promise<string> {
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  await runConsole({
    input: Readable.from([lines.join('\n') + '\n']),
    output,
    commands: COMMANDS_BY_NAME,
    context: contextFor(engine, () => 0),
  });
  return text;
}

const names = (command: string) => optionNamesOf(COMMANDS_BY_NAME.get(command));

describe('parseCommandLine', () => {
  it.each([
    ['/ask who did it', { name: 'ask', options: { question: 'who did it' } }],
    ['who did this', { name: 'ask', options: { question: 'who did this' } }],
    ['/quote shadow', { name: 'quote', options: { topic: 'shadow' } }],
    ['/quote speaker:geng', { name: 'quote', options: { speaker: 'geng' } }],
    [
      '/quote speaker:lior div topic:shadow it',
      { name: 'quote', options: { speaker: 'lior div', topic: 'shadow it' } },
    ],
    ['/QUOTE Speaker:geng', { name: 'quote', options: { speaker: 'geng' } }],
    ['/sources', { name: 'sources', options: {} }],
    [
      '/ask private:true who did it',
      { name: 'ask', options: { question: 'private:true who did it' } },
    ],
  ])('parses %j', (line, expected) => {
    expect(parseCommandLine(line, names)).toEqual(expected);
  });

  it('returns null for an empty line', () => {
    expect(parseCommandLine('   ', names)).toBeNull();
  });
});

describe('console', () => {
  it('answers /ask with the answer, the excerpt and its source', async () => {
    const text = await session(['/ask who did this']);
    expect(text).toContain(CONSOLE_BANNER);
    const entry = engine.knowledge.qaById.get('who-is-blamed');
    expect(text).toContain(entry?.answer.split(' ').slice(0, 4).join(' '));
    expect(text).toContain('https://');
    expect(text).toContain('entry who-is-blamed');
  });

  it('quotes by topic and by speaker', async () => {
    const text = await session(['/quote shadow', '/quote speaker:geng']);
    expect(text).toContain('They created a shadow IT department');
    expect(text).toContain('— Geng Shuang');
  });

  it('lists the sources and the help', async () => {
    const text = await session(['/sources', '/help']);
    expect(text).toContain('https://bgr.com/');
    expect(text).toContain('/quote [speaker] [topic]');
  });

  it('says "not in the reports" and numbers the suggestions; a number asks one', async () => {
    const text = await session(['who is the ceo of huawei', '1']);
    expect(text).toContain(STRINGS.notInReports.slice(0, 30));
    expect(text).toMatch(/\[1\] /);
    expect(text).toMatch(/confidence 1\.00 · entry /);
  });

  it('shows the help for empty input and for an unknown command', async () => {
    const text = await session(['', '/frobnicate']);
    expect(text).toContain(STRINGS.unknownCommand('frobnicate'));
    expect(text.split('Commands:').length - 1).toBe(2);
  });

  it('stops at /exit', async () => {
    const text = await session(['/exit', '/sources']);
    expect(text).not.toContain('https://bgr.com/');
  });
});

describe('npm start without a token', () => {
  it('opens the console and answers from stdin', async () => {
    const output = await new Promise<string>((resolve, reject) => {
      const env = { ...process.env, DISCORD_TOKEN: '' };
      const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['start', '--silent'], {
        cwd: PROJECT_ROOT,
        env,
      });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('error', reject);
      child.on('close', () => resolve(text));
      child.stdin.end('/ask is it still going on\n');
    });
    expect(output).toContain('offline console');
    expect(output).toContain('entry still-ongoing');
  });
});

describe('console /reload', () => {
  it('reloads through the context and says what changed', async () => {
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const entries = engine.knowledge.qa.length;
    await runConsole({
      input: Readable.from(['/reload\n']),
      output,
      commands: COMMANDS_BY_NAME,
      context: {
        ...contextFor(engine),
        reload: () => ({
          ok: true,
          before: { entries, quotes: 12, sources: 2 },
          after: { entries: entries + 1, quotes: 12, sources: 2 },
          ms: 7,
        }),
      },
    });
    expect(text).toContain(STRINGS.reloaded(entries, entries + 1, 7));
  });
});
