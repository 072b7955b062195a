import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS_BY_NAME } from '../../src/commands.js';
import { Cooldown } from '../../src/transport/cooldown.js';
import { createGatewayBot, type GatewayBot } from '../../src/transport/gateway.js';
import { startStandIn, type StandIn } from '../discord/standIn.js';
import { captureLog, contextFor, realKnowledgeEngine } from '../helpers.js';

/**
 * Faults while under load, and a soak. The stand-in's callback endpoint fails with 500 for a
 * while, then with 429 + Retry-After, then recovers; the gateway is closed with 4000 and with
 * 1006 mid-burst; some interactions have expired (10062). Every interaction Discord would still
 * accept must be answered exactly once; the expired ones logged and dropped.
 */
const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAw.GsEcRt.stand-in-token-not-real-0123456789';
const STRING = ApplicationCommandOptionType.String;
const CALLBACK = /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/;

let standIn: StandIn;
let bot: GatewayBot;
const captured = captureLog('info', [TOKEN]);
const lines = captured.lines;
let nextUser = 0;
const user = () => String(1_600_000_000_000_000_000n + BigInt(++nextUser));

beforeAll(async () => {
  standIn = await startStandIn();
  bot = createGatewayBot({
    token: TOKEN,
    apiUrl: standIn.apiUrl,
    log: captured.log,
    commands: COMMANDS_BY_NAME,
    context: contextFor(realKnowledgeEngine()),
    cooldown: new Cooldown(3),
  });
  await bot.start();
});

afterAll(async () => {
  await bot.stop(2000);
  await standIn.close();
});

async function settle(ids: readonly string[], expected: number, timeoutMs: number): Promise<void> {
  const wanted = new Set(ids);
  const deadline = Date.now() + timeoutMs;
  while (
    standIn.callbacks.filter((c) => wanted.has(c.interactionId)).length < expected &&
    Date.now() < deadline
  ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}

describe('faults under load', () => {
  it('answers every interaction Discord still accepts exactly once, and drops expired ones', async () => {
    const ids: string[] = [];
    const send = (n: number) => {
      for (let i = 0; i < n; i++) {
        ids.push(
          standIn.chatInput(
            i % 2 ? 'help' : 'ask',
            i % 2 ? [] : [{ name: 'question', type: STRING, value: 'who was behind it' }],
            { userId: user() },
          ).id,
        );
      }
    };
    standIn.failNext({ method: 'POST', path: CALLBACK }, 500, 120);
    send(100);
    await new Promise((resolve) => setTimeout(resolve, 300));
    standIn.failNext({ method: 'POST', path: CALLBACK }, 429, 20, { retryAfterSeconds: 1 });
    send(100);
    standIn.closeGateway(4000);
    send(100);
    await new Promise((resolve) => setTimeout(resolve, 700));
    standIn.closeGateway(1006);
    send(100);
    await new Promise((resolve) => setTimeout(resolve, 700));
    standIn.failNext({ method: 'POST', path: CALLBACK }, 404, 5, {
      body: { message: 'Unknown interaction', code: 10062 },
    });
    send(5);
    await settle(ids, ids.length - 5, 30_000);

    const perId = new Map<string, number>();
    for (const callback of standIn.callbacks)
      perId.set(callback.interactionId, (perId.get(callback.interactionId) ?? 0) + 1);
    const answered = ids.filter((id) => perId.get(id) === 1);
    const duplicated = ids.filter((id) => (perId.get(id) ?? 0) > 1);
    const unanswered = ids.filter((id) => !perId.has(id));
    const dropped = lines.filter((l) => l['status'] === 'dropped');
    const retried = lines.filter((l) => l['msg'] === 'Discord answered 5xx; retrying the reply');
    const resumed = lines.filter((l) => l['msg'] === 'gateway resumed');
    console.log(
      `faults: ${ids.length} interactions; answered once ${answered.length}, duplicated ${duplicated.length}, ` +
        `unanswered ${unanswered.length} (dropped as expired: ${dropped.length}); our 5xx retries ${retried.length}; gateway resumes ${resumed.length}`,
    );
    expect(duplicated).toEqual([]);
    expect(answered).toHaveLength(ids.length - 5);
    expect(dropped).toHaveLength(5);
    expect(resumed.length).toBeGreaterThanOrEqual(2);
  }, 120_000);
});

describe('soak', () => {
  it('keeps RSS flat over 10,000 interactions', async () => {
    const series: number[] = [];
    const heap: number[] = [];
    const batch = 500;
    for (let round = 0; round < 20; round++) {
      const ids: string[] = [];
      for (let i = 0; i < batch; i++) {
        const kind = i % 4;
        const extra = { userId: user() };
        ids.push(
          kind === 0
            ? standIn.chatInput(
                'ask',
                [{ name: 'question', type: STRING, value: `what did they steal ${i % 7}` }],
                extra,
              ).id
            : kind === 1
              ? standIn.autocomplete(
                  'ask',
                  [{ name: 'question', type: STRING, value: 'how ma', focused: true }],
                  extra,
                ).id
              : kind === 2
                ? standIn.button('ask:still-ongoing', extra).id
                : standIn.chatInput('quote', [], extra).id,
        );
      }
      await settle(ids, batch, 30_000);
      standIn.forget();
      lines.length = 0;
      global.gc?.();
      series.push(Math.round(process.memoryUsage().rss / 1024 / 1024));
      heap.push(Math.round(process.memoryUsage().heapUsed / 1024 / 1024));
    }
    console.log(`soak: RSS (MB) after each 500 of 10,000 interactions: ${series.join(' ')}`);
    console.log(`soak: heap used (MB, after gc) after each 500: ${heap.join(' ')}`);
    // After warm-up (the first quarter), a leak shows as steady growth: fail past +25 %.
    const warmHeap = heap[4] ?? 0;
    expect(heap.at(-1) ?? 0).toBeLessThan(warmHeap * 1.25);
    const warmRss = series[4] ?? 0;
    expect(series.at(-1) ?? 0).toBeLessThan(warmRss * 1.25);
  }, 300_000);
});
