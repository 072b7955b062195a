import { Writable } from 'node:stream';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS_BY_NAME } from '../../src/commands.js';
import { createLogger } from '../../src/log.js';
import { askButtonId, limitViolations, type DiscordMessage } from '../../src/render/discord.js';
import { Cooldown } from '../../src/transport/cooldown.js';
import { createGatewayBot, type GatewayBot } from '../../src/transport/gateway.js';
import { startStandIn, type StandIn } from '../discord/standIn.js';
import { contextFor, realKnowledgeEngine } from '../helpers.js';

/**
 * `npm run test:load`: a burst of 1,000 interactions mixed across every command, autocomplete and
 * buttons, sent as fast as the stand-in can, through the real discord.js client. Every one must
 * get exactly one valid callback. Prints latency percentiles and memory.
 */
const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAw.GsEcRt.stand-in-token-not-real-0123456789';
const BURST = 1000;
const STRING = ApplicationCommandOptionType.String;
const QUESTIONS = [
  'who was behind it',
  'how many telcos got hacked',
  'what did they steal',
  'is it still going on',
  'who is the ceo of huawei',
  'what is apt10',
  'did china deny it',
  'what should carriers do',
];

let standIn: StandIn;
let bot: GatewayBot;
const engine = realKnowledgeEngine();

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

beforeAll(async () => {
  standIn = await startStandIn();
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  bot = createGatewayBot({
    token: TOKEN,
    apiUrl: standIn.apiUrl,
    log: createLogger({ level: 'info', stream: sink, secrets: [TOKEN] }),
    commands: COMMANDS_BY_NAME,
    context: contextFor(engine),
    cooldown: new Cooldown(3),
  });
  await bot.start();
});

afterAll(async () => {
  await bot.stop(2000);
  await standIn.close();
});

describe('1,000 interactions one after another', () => {
  it('reports interaction → reply latency without queueing', async () => {
    const latencies: number[] = [];
    for (let i = 0; i < BURST; i++) {
      const userId = String(1_400_000_000_000_000_000n + BigInt(i));
      const question = QUESTIONS[i % QUESTIONS.length] ?? '';
      const at = performance.now();
      const { id } = standIn.chatInput(
        'ask',
        [{ name: 'question', type: STRING, value: question }],
        { userId },
      );
      await standIn.waitForCallback(id, 5000);
      latencies.push(performance.now() - at);
    }
    latencies.sort((a, b) => a - b);
    const ms = (x: number) => x.toFixed(2);
    console.log(
      `sequential: ${BURST} /ask interactions, interaction → reply latency p50 ${ms(percentile(latencies, 50))} ms, ` +
        `p99 ${ms(percentile(latencies, 99))} ms, max ${ms(latencies.at(-1) ?? 0)} ms`,
    );
    expect(latencies).toHaveLength(BURST);
  }, 120_000);
});

describe('burst of 1,000 interactions', () => {
  it('answers every one exactly once, validly', async () => {
    const rssBefore = process.memoryUsage().rss;
    const sent: { id: string; kind: string; at: number }[] = [];
    const entryIds = engine.knowledge.qa.map((e) => e.id);
    for (let i = 0; i < BURST; i++) {
      const userId = String(1_500_000_000_000_000_000n + BigInt(i)); // one user each: no cooldown
      const extra = { userId };
      const at = Date.now();
      let result: { id: string };
      let kind: string;
      switch (i % 8) {
        case 0:
        case 1:
        case 2:
          kind = 'ask';
          result = standIn.chatInput(
            'ask',
            [{ name: 'question', type: STRING, value: QUESTIONS[i % QUESTIONS.length] ?? '' }],
            extra,
          );
          break;
        case 3:
          kind = 'quote';
          result = standIn.chatInput(
            'quote',
            i % 16 === 3 ? [] : [{ name: 'speaker', type: STRING, value: 'div' }],
            extra,
          );
          break;
        case 4:
          kind = i % 16 === 4 ? 'sources' : 'help';
          result = standIn.chatInput(kind, [], extra);
          break;
        case 5:
          kind = 'autocomplete';
          result = standIn.autocomplete(
            'ask',
            [
              {
                name: 'question',
                type: STRING,
                value: 'how m'.slice(0, 1 + (i % 5)),
                focused: true,
              },
            ],
            extra,
          );
          break;
        default:
          kind = 'button';
          result = standIn.button(askButtonId(entryIds[i % entryIds.length] ?? ''), extra);
      }
      sent.push({ id: result.id, kind, at });
    }

    const deadline = Date.now() + 60_000;
    while (
      standIn.callbacks.filter((c) => sent.some((s) => s.id === c.interactionId)).length < BURST &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 500)); // late duplicates would show up here

    const byId = new Map<string, (typeof standIn.callbacks)[number][]>();
    for (const callback of standIn.callbacks)
      byId.set(callback.interactionId, [...(byId.get(callback.interactionId) ?? []), callback]);
    const lost = sent.filter((s) => !byId.has(s.id));
    const duplicated = sent.filter((s) => (byId.get(s.id)?.length ?? 0) > 1);
    const invalid = sent.filter((s) => {
      const callback = byId.get(s.id)?.[0];
      if (!callback) return false;
      if (s.kind === 'autocomplete')
        return (
          callback.type !== 8 ||
          !Array.isArray(callback.data.choices) ||
          callback.data.choices.length > 25
        );
      if (s.kind === 'button')
        return callback.type !== 7 || limitViolations(callback.data as DiscordMessage).length > 0;
      return callback.type !== 4 || limitViolations(callback.data as DiscordMessage).length > 0;
    });
    const latencies = sent
      .map((s) => (byId.get(s.id)?.[0]?.at ?? s.at) - s.at)
      .sort((a, b) => a - b);
    const rssAfter = process.memoryUsage().rss;
    console.log(
      `burst: ${BURST} interactions, lost ${lost.length}, duplicated ${duplicated.length}, invalid ${invalid.length}; ` +
        `interaction → reply latency p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms, max ${latencies.at(-1) ?? 0} ms; ` +
        `RSS ${mb(rssBefore)} → ${mb(rssAfter)}`,
    );
    expect(lost).toEqual([]);
    expect(duplicated).toEqual([]);
    expect(invalid).toEqual([]);
  }, 120_000);
});
