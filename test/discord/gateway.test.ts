import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { ApplicationCommandOptionType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, COMMANDS_BY_NAME } from '../../src/commands.js';
import { createLogger } from '../../src/log.js';
import { MissesLog } from '../../src/missesLog.js';
import {
  askButtonId,
  limitViolations,
  renderDiscord,
  type DiscordMessage,
} from '../../src/render/discord.js';
import { STRINGS } from '../../src/strings.js';
import { Cooldown } from '../../src/transport/cooldown.js';
import { createGatewayBot, type GatewayBot } from '../../src/transport/gateway.js';
import { captureLog, contextFor, realKnowledgeEngine, runNow, silentLog } from '../helpers.js';
import { startStandIn, type StandIn } from './standIn.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAw.GsEcRt.stand-in-token-not-real-0123456789';
const engine = realKnowledgeEngine();
const context = contextFor(engine, () => 0);
const CALLBACK = /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/;
const STRING = ApplicationCommandOptionType.String;
const BOOLEAN = ApplicationCommandOptionType.Boolean;

let standIn: StandIn;
let bot: GatewayBot;
const captured = captureLog('debug', [TOKEN]);
const logLines = captured.lines;
const rawLog = captured.raw;
let user = 0;
const missesDir = mkdtempSync(path.join(tmpdir(), 'gateway-misses-'));
const misses = new MissesLog({ file: path.join(missesDir, 'misses.jsonl') });
/** A fresh user per interaction, so the cooldown only bites where a test wants it to. */
const nextUser = () => String(1_200_000_000_000_000_000n + BigInt(++user));

function expected(name: string, options: Record<string, string | boolean> = {}): DiscordMessage {
  return renderDiscord(runNow(name, options, context));
}

/** What discord.js sends for our message: the same JSON, plus its own defaults for two flags. */
function sent(message: DiscordMessage): Record<string, unknown> {
  return {
    ...(JSON.parse(JSON.stringify(message)) as Record<string, unknown>),
    tts: false,
    enforce_nonce: false,
  };
}

beforeAll(async () => {
  standIn = await startStandIn();
  bot = createGatewayBot({
    token: TOKEN,
    apiUrl: standIn.apiUrl,
    log: captured.log,
    commands: COMMANDS_BY_NAME,
    context,
    cooldown: new Cooldown(3),
    misses,
  });
  await bot.start();
});

afterAll(async () => {
  await bot.stop(1000);
  await standIn.close();
  rmSync(missesDir, { recursive: true, force: true });
});

afterEach(() => {
  for (const callback of standIn.callbacks) {
    if (callback.type === 4 || callback.type === 7)
      expect(callback.data.allowed_mentions).toEqual({ parse: [] });
  }
});

describe('slash commands through the real discord.js client', () => {
  it('answers /ask with the embed, link buttons and follow-up buttons, in public', async () => {
    const { id } = standIn.chatInput(
      'ask',
      [{ name: 'question', type: STRING, value: 'how many carriers were hacked' }],
      { userId: nextUser() },
    );
    const callback = await standIn.waitForCallback(id);
    expect(callback.type).toBe(4);
    expect(callback.data).toEqual(
      sent(expected('ask', { question: 'how many carriers were hacked' })),
    );
    expect(callback.data.flags).toBeUndefined();
    expect(limitViolations(callback.data as DiscordMessage)).toEqual([]);
  });

  it('makes /ask private:true ephemeral', async () => {
    const { id } = standIn.chatInput(
      'ask',
      [
        { name: 'question', type: STRING, value: 'who was behind it' },
        { name: 'private', type: BOOLEAN, value: true },
      ],
      { userId: nextUser() },
    );
    expect((await standIn.waitForCallback(id)).data.flags).toBe(MessageFlags.Ephemeral);
  });

  it('logs a question it could not answer for curators, without the user', async () => {
    const { id } = standIn.chatInput(
      'ask',
      [{ name: 'question', type: STRING, value: 'what is the weather in boston' }],
      { userId: nextUser() },
    );
    await standIn.waitForCallback(id);
    const lines = readFileSync(misses.file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.at(-1)).toMatchObject({
      question: 'what is the weather in boston',
      status: 'no_match',
    });
    expect(lines.at(-1)).not.toHaveProperty('user');
  });

  it('says "not in the reports" privately, with did-you-mean buttons', async () => {
    const { id } = standIn.chatInput(
      'ask',
      [{ name: 'question', type: STRING, value: 'who is the ceo of huawei' }],
      { userId: nextUser() },
    );
    const callback = await standIn.waitForCallback(id);
    expect(callback.data).toEqual(sent(expected('ask', { question: 'who is the ceo of huawei' })));
    expect(callback.data.flags).toBe(MessageFlags.Ephemeral);
  });

  it.each([
    ['quote', { speaker: 'geng' }],
    ['quote', { topic: 'shadow' }],
    ['quote', { speaker: 'nobody at all' }],
    ['quote', {}],
    ['sources', {}],
    ['help', {}],
  ] as const)('answers /%s %j exactly as rendered', async (name, options) => {
    const list = Object.entries(options).map(([key, value]) => ({
      name: key,
      type: STRING,
      value,
    }));
    const { id } = standIn.chatInput(name, list, { userId: nextUser() });
    const callback = await standIn.waitForCallback(id);
    expect(callback.type).toBe(4);
    expect(callback.data).toEqual(sent(expected(name, options)));
  });

  it('answers an unknown command instead of ignoring it', async () => {
    const { id } = standIn.chatInput('frobnicate', [], { userId: nextUser() });
    const callback = await standIn.waitForCallback(id);
    expect(callback.data).toMatchObject({
      content: STRINGS.unknownCommand('frobnicate'),
      flags: MessageFlags.Ephemeral,
    });
  });
});

describe('autocomplete and buttons', () => {
  it('autocompletes /ask with at most 25 known questions', async () => {
    const { id } = standIn.autocomplete(
      'ask',
      [{ name: 'question', type: STRING, value: 'how many', focused: true }],
      { userId: nextUser() },
    );
    const callback = await standIn.waitForCallback(id);
    expect(callback.type).toBe(8);
    const choices = callback.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.name)).toContain(
      engine.knowledge.qaById.get('how-many-carriers')?.question,
    );
  });

  it('autocompletes /ask with the core questions when nothing is typed', async () => {
    const { id } = standIn.autocomplete(
      'ask',
      [{ name: 'question', type: STRING, value: '', focused: true }],
      { userId: nextUser() },
    );
    expect(
      ((await standIn.waitForCallback(id)).data.choices as unknown[]).length,
    ).toBeGreaterThanOrEqual(5);
  });

  it('autocompletes /quote speakers', async () => {
    const { id } = standIn.autocomplete(
      'quote',
      [{ name: 'speaker', type: STRING, value: 'ge', focused: true }],
      { userId: nextUser() },
    );
    expect((await standIn.waitForCallback(id)).data.choices).toEqual([
      { name: 'Geng Shuang', value: 'Geng Shuang' },
    ]);
  });

  it('answers a follow-up button in place (update), from the id the button carries', async () => {
    const { id } = standIn.button(askButtonId('still-ongoing'), { userId: nextUser() });
    const callback = await standIn.waitForCallback(id);
    expect(callback.type).toBe(7);
    const answer = engine.knowledge.qaById.get('still-ongoing');
    expect(callback.data.embeds[0].description).toBe(answer?.answer);
  });

  it('answers an unknown button with a private note', async () => {
    const { id } = standIn.button('something:old', { userId: nextUser() });
    const callback = await standIn.waitForCallback(id);
    expect(callback.type).toBe(4);
    expect(callback.data).toMatchObject({
      content: STRINGS.unknownButton,
      flags: MessageFlags.Ephemeral,
    });
  });
});

describe('cooldown', () => {
  it('tells a user who asks again too soon when to retry, and leaves other users alone', async () => {
    const eager = nextUser();
    const first = standIn.chatInput('help', [], { userId: eager });
    await standIn.waitForCallback(first.id);
    const second = standIn.chatInput('help', [], { userId: eager });
    const slowed = await standIn.waitForCallback(second.id);
    expect(slowed.data.content).toMatch(/^Slow down a little: you can ask again in [1-3] s\.$/);
    expect(slowed.data.flags).toBe(MessageFlags.Ephemeral);
    const other = standIn.chatInput('help', [], { userId: nextUser() });
    expect((await standIn.waitForCallback(other.id)).data.embeds).toHaveLength(1);
  });
});

describe('Discord misbehaving', () => {
  it('retries a 500 on the callback and answers once', async () => {
    standIn.failNext({ method: 'POST', path: CALLBACK }, 500, 1);
    const { id } = standIn.chatInput('sources', [], { userId: nextUser() });
    await standIn.waitForCallback(id);
    expect(standIn.callbacks.filter((c) => c.interactionId === id)).toHaveLength(1);
  });

  it('waits out a 429 with Retry-After, then answers', async () => {
    standIn.failNext({ method: 'POST', path: CALLBACK }, 429, 1, { retryAfterSeconds: 1 });
    const started = Date.now();
    const { id } = standIn.chatInput('sources', [], { userId: nextUser() });
    await standIn.waitForCallback(id, 5000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('resumes after the gateway closes with 4000 and answers the next interaction', async () => {
    const resumesBefore = standIn.resumes;
    standIn.closeGateway(4000);
    const deadline = Date.now() + 5000;
    while (standIn.resumes === resumesBefore && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(standIn.resumes).toBe(resumesBefore + 1);
    const { id } = standIn.chatInput('help', [], { userId: nextUser() });
    expect((await standIn.waitForCallback(id)).type).toBe(4);
    expect(logLines.some((l) => l['msg'] === 'gateway resumed')).toBe(true);
  });
});

describe('logging', () => {
  it('writes one line per interaction with command, status, entry and latency', async () => {
    const { id } = standIn.chatInput(
      'ask',
      [{ name: 'question', type: STRING, value: 'is it still going on' }],
      { userId: nextUser() },
    );
    await standIn.waitForCallback(id);
    await new Promise((r) => setTimeout(r, 20));
    const lines = logLines.filter((l) => l['interaction'] === id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'interaction',
      command: 'ask',
      status: 'answered',
      entry: 'still-ongoing',
    });
    expect(typeof lines[0]?.['latencyMs']).toBe('number');
  });

  it('never writes the token', () => {
    expect(rawLog.length).toBeGreaterThan(5);
    for (const line of rawLog) expect(line).not.toContain(TOKEN);
  });
});

describe('command definitions', () => {
  it('are what every command builds', () => {
    expect(COMMANDS.map((c) => c.data.toJSON().name)).toEqual([
      'ask',
      'quote',
      'sources',
      'help',
      'reload',
    ]);
  });
});

describe('errors', () => {
  it('logs the real error and tells the user briefly, privately', async () => {
    const failing = {
      data: { name: 'explode', toJSON: () => ({ name: 'explode', description: 'fails' }) },
      usage: '/explode',
      execute: () => {
        throw new Error('boom: handler failed');
      },
    };
    const errorStandIn = await startStandIn();
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const errorBot = createGatewayBot({
      token: TOKEN,
      apiUrl: errorStandIn.apiUrl,
      log: createLogger({ level: 'info', stream, secrets: [TOKEN] }),
      commands: new Map([...COMMANDS_BY_NAME, ['explode', failing]]),
      context,
      cooldown: new Cooldown(0),
    });
    try {
      await errorBot.start();
      const { id } = errorStandIn.chatInput('explode', []);
      const callback = await errorStandIn.waitForCallback(id);
      expect(callback.data).toMatchObject({
        content: STRINGS.internalError,
        flags: MessageFlags.Ephemeral,
      });
      await new Promise((r) => setTimeout(r, 20));
      const line = lines.find((l) => l['interaction'] === id);
      expect(line).toMatchObject({
        level: 50,
        status: 'error',
        command: 'explode',
        msg: 'interaction failed',
      });
      expect(JSON.stringify(line)).toContain('boom: handler failed');
    } finally {
      await errorBot.stop(500);
      await errorStandIn.close();
    }
  });
});

describe('a slow answer', () => {
  it('is deferred at once and edited in when ready, so the 3-second window is never missed', async () => {
    const slow = {
      data: { name: 'slow', toJSON: () => ({ name: 'slow', description: 'slow' }) },
      usage: '/slow',
      execute: () =>
        new Promise<ReturnType<typeof runNow>>((resolve) =>
          setTimeout(() => resolve(runNow('sources', {}, context)), 300),
        ),
    };
    const slowStandIn = await startStandIn();
    const slowBot = createGatewayBot({
      token: TOKEN,
      apiUrl: slowStandIn.apiUrl,
      log: silentLog(),
      commands: new Map([...COMMANDS_BY_NAME, ['slow', slow]]),
      context,
      cooldown: new Cooldown(0),
      deferAfterMs: 50,
    });
    try {
      await slowBot.start();
      const started = Date.now();
      const { id, token } = slowStandIn.chatInput('slow', []);
      const first = await slowStandIn.waitForCallback(id);
      expect(first.type).toBe(5);
      expect(first.at - started).toBeLessThan(1000);
      const edit = await slowStandIn.waitForRequest(
        (r) => r.method === 'PATCH' && r.path.endsWith(`/${token}/messages/@original`),
        5000,
      );
      expect((edit.body as { embeds: unknown[] }).embeds).toEqual(
        renderDiscord(runNow('sources', {}, context)).embeds,
      );
    } finally {
      await slowBot.stop(500);
      await slowStandIn.close();
    }
  });
});

describe('malformed interactions', () => {
  it.each([
    ['/ask with no question', 'ask', [], STRINGS.emptyQuestion],
    [
      '/ask with a number for the question',
      'ask',
      [{ name: 'question', type: ApplicationCommandOptionType.Integer, value: 42 }],
      null,
    ],
    [
      '/ask with a string for the private flag',
      'ask',
      [
        { name: 'question', type: STRING, value: 'who was behind it' },
        { name: 'private', type: STRING, value: 'yes' },
      ],
      null,
    ],
    [
      '/quote with an unknown option',
      'quote',
      [{ name: 'colour', type: STRING, value: 'blue' }],
      null,
    ],
  ] as const)('answers %s without crashing', async (_label, name, options, content) => {
    const { id } = standIn.chatInput(name, [...options], { userId: nextUser() });
    const callback = await standIn.waitForCallback(id);
    expect(callback.type).toBe(4);
    if (content) expect(callback.data).toMatchObject({ content, flags: MessageFlags.Ephemeral });
    expect(limitViolations(callback.data as DiscordMessage)).toEqual([]);
  });

  it('answers a button whose custom id is garbage', async () => {
    const { id } = standIn.button('ask:../../etc/passwd', { userId: nextUser() });
    expect((await standIn.waitForCallback(id)).data).toMatchObject({
      content: STRINGS.unknownButton,
    });
  });
});
