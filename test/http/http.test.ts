import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { ApplicationCommandOptionType, InteractionType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS_BY_NAME } from '../../src/commands.js';
import { createLogger } from '../../src/log.js';
import { Metrics } from '../../src/metrics.js';
import {
  askButtonId,
  limitViolations,
  renderDiscord,
  type DiscordMessage,
} from '../../src/render/discord.js';
import { STRINGS } from '../../src/strings.js';
import { Cooldown } from '../../src/transport/cooldown.js';
import { createGatewayBot, type GatewayBot } from '../../src/transport/gateway.js';
import {
  MAX_BODY_BYTES,
  callbackData,
  createHttpServer,
  type HttpServer,
} from '../../src/transport/http.js';
import { startStandIn, type StandIn } from '../discord/standIn.js';
import { contextFor, realKnowledgeEngine, runNow } from '../helpers.js';
import { get, interaction, newSigner, post, signature } from './signing.js';

const STRING = ApplicationCommandOptionType.String;
const engine = realKnowledgeEngine();
const context = contextFor(engine, () => 0);
const signer = newSigner();
const logLines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(chunk.toString());
    done();
  },
});

let http: HttpServer;
let port: number;
let standIn: StandIn;
let users = 0;
const nextUser = () => String(1_210_000_000_000_000_000n + BigInt(++users));

function start(
  extra: { deferAfterMs?: number; commands?: typeof COMMANDS_BY_NAME; apiUrl?: string } = {},
): Promise<{ http: HttpServer; port: number }> {
  const server = createHttpServer({
    publicKey: signer.publicKeyHex,
    clientId: '1100000000000000001',
    apiUrl: extra.apiUrl,
    log: createLogger({ level: 'info', stream: sink }),
    metrics: new Metrics(),
    ready: () => true,
    commands: extra.commands ?? COMMANDS_BY_NAME,
    context,
    cooldown: new Cooldown(3),
    ...(extra.deferAfterMs !== undefined ? { deferAfterMs: extra.deferAfterMs } : {}),
  });
  return new Promise((resolve) =>
    server.server.listen(0, '127.0.0.1', () =>
      resolve({ http: server, port: (server.server.address() as AddressInfo).port }),
    ),
  );
}

const command = (
  name: string,
  options: { name: string; type: number; value: unknown; focused?: boolean }[] = [],
  userId = nextUser(),
) =>
  JSON.stringify(
    interaction(InteractionType.ApplicationCommand, { id: '1', name, type: 1, options }, userId),
  );

beforeAll(async () => {
  ({ http, port } = await start());
  standIn = await startStandIn();
});

afterAll(async () => {
  await http.stop(500);
  await standIn.close();
});

describe('POST /interactions', () => {
  it('answers PING with PONG', async () => {
    const res = await post(
      port,
      JSON.stringify({ id: '1', type: 1, token: 't', version: 1 }),
      signer,
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ type: 1 });
  });

  it.each([
    ['ask', { question: 'how many carriers were hacked' }],
    ['ask', { question: 'who is the ceo of huawei' }],
    ['ask', { question: 'who was behind it', private: true }],
    ['quote', { speaker: 'geng' }],
    ['quote', {}],
    ['sources', {}],
    ['help', {}],
  ] as const)('answers /%s %j in the response, as rendered', async (name, options) => {
    const list = Object.entries(options as Record<string, string | boolean>).map(
      ([key, value]) => ({
        name: key,
        type: typeof value === 'boolean' ? 5 : STRING,
        value,
      }),
    );
    const res = await post(port, command(name, list), signer);
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { type: number; data: DiscordMessage };
    expect(body.type).toBe(4);
    expect(body.data).toEqual(callbackData(renderDiscord(runNow(name, options, context))));
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(limitViolations(body.data)).toEqual([]);
  });

  it('autocompletes with at most 25 choices of at most 100 characters', async () => {
    const res = await post(
      port,
      JSON.stringify(
        interaction(InteractionType.ApplicationCommandAutocomplete, {
          id: '1',
          name: 'ask',
          type: 1,
          options: [{ name: 'question', type: STRING, value: 'how m', focused: true }],
        }),
      ),
      signer,
    );
    const body = JSON.parse(res.body) as { type: number; data: { choices: { name: string }[] } };
    expect(body.type).toBe(8);
    expect(body.data.choices.length).toBeGreaterThan(0);
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
    for (const choice of body.data.choices) expect(choice.name.length).toBeLessThanOrEqual(100);
  });

  it('answers a follow-up button in place and an unknown button privately', async () => {
    const button = (customId: string) =>
      JSON.stringify({
        ...interaction(
          InteractionType.MessageComponent,
          { custom_id: customId, component_type: 2 },
          nextUser(),
        ),
        message: { id: '5' },
      });
    const followUp = JSON.parse(
      (await post(port, button(askButtonId('still-ongoing')), signer)).body,
    ) as { type: number; data: { embeds: { description: string }[] } };
    expect(followUp.type).toBe(7);
    expect(followUp.data.embeds[0]?.description).toBe(
      engine.knowledge.qaById.get('still-ongoing')?.answer,
    );
    const unknown = JSON.parse((await post(port, button('nope:1'), signer)).body) as {
      type: number;
      data: { content: string; flags: number };
    };
    expect(unknown).toMatchObject({ type: 4, data: { content: STRINGS.unknownButton, flags: 64 } });
  });

  it('answers an unknown command with a short private note', async () => {
    const body = JSON.parse((await post(port, command('frobnicate'), signer)).body) as {
      data: { content: string; flags: number };
    };
    expect(body.data).toMatchObject({ content: STRINGS.unknownCommand('frobnicate'), flags: 64 });
  });
});

describe('security', () => {
  const payload = () => command('help');

  it('refuses a missing or invalid signature with 401', async () => {
    expect((await post(port, payload(), null)).status).toBe(401);
    expect((await post(port, payload(), signer, { signature: 'ab'.repeat(64) })).status).toBe(401);
    expect((await post(port, payload(), signer, { signature: 'not hex' })).status).toBe(401);
    expect((await post(port, payload(), newSigner())).status).toBe(401);
  });

  it('refuses a body changed after signing', async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const original = payload();
    const sig = signature(signer, timestamp, original);
    const tampered = original.replace('"help"', '"sources"');
    expect((await post(port, tampered, signer, { timestamp, signature: sig })).status).toBe(401);
  });

  it('refuses a stale or future timestamp (replay) with 401', async () => {
    const old = String(Math.floor(Date.now() / 1000) - 301);
    expect((await post(port, payload(), signer, { timestamp: old })).status).toBe(401);
    const future = String(Math.floor(Date.now() / 1000) + 301);
    expect((await post(port, payload(), signer, { timestamp: future })).status).toBe(401);
  });

  it('refuses a body over 64 KiB with 413 without reading it whole', async () => {
    const big = JSON.stringify({ type: 2, padding: 'x'.repeat(MAX_BODY_BYTES) });
    const res = await post(port, big, signer);
    expect(res.status).toBe(413);
  });

  it('answers a signed body that is not JSON with 400', async () => {
    expect((await post(port, '{not json', signer)).status).toBe(400);
  });

  it('never logs bodies, signatures or interaction tokens', async () => {
    const body = payload();
    const token = (JSON.parse(body) as { token: string }).token;
    const timestamp = String(Math.floor(Date.now() / 1000));
    const sig = signature(signer, timestamp, body);
    await post(port, body, signer, { timestamp, signature: sig });
    const all = logLines.join('');
    expect(all).not.toContain(token);
    expect(all).not.toContain(sig);
    expect(all).not.toContain('"padding"');
    expect(
      logLines.some((l) => l.includes('"msg":"interaction"') && l.includes('"command":"help"')),
    ).toBe(true);
  });
});

describe('health and metrics', () => {
  it('serves /healthz and Prometheus /metrics', async () => {
    expect(await get(port, '/healthz')).toMatchObject({ status: 200 });
    const metrics = await get(port, '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.body).toMatch(
      /softcell_interactions_total\{command="help",outcome="answered"\} \d+/,
    );
    expect(metrics.body).toContain('softcell_interaction_duration_seconds_bucket');
    expect(metrics.body).toMatch(/softcell_knowledge_entries \d+/);
    expect(metrics.body).toContain('process_cpu_user_seconds_total');
  });

  it('answers 503 on /healthz until the knowledge base is loaded', async () => {
    const loading = createHttpServer({
      publicKey: signer.publicKeyHex,
      clientId: '1',
      log: createLogger({ level: 'silent', stream: sink }),
      metrics: new Metrics(),
      ready: () => false,
      commands: COMMANDS_BY_NAME,
      context,
      cooldown: new Cooldown(0),
    });
    const loadingPort = await new Promise<number>((resolve) =>
      loading.server.listen(0, '127.0.0.1', () =>
        resolve((loading.server.address() as AddressInfo).port),
      ),
    );
    expect((await get(loadingPort, '/healthz')).status).toBe(503);
    await loading.stop(100);
  });
});

describe('a slow answer over HTTP', () => {
  it('is deferred in the response and edited in through the REST API', async () => {
    const slow = {
      data: { name: 'slow', toJSON: () => ({ name: 'slow', description: 'slow' }) },
      usage: '/slow',
      execute: () =>
        new Promise<ReturnType<typeof runNow>>((resolve) =>
          setTimeout(() => resolve(runNow('sources', {}, context)), 200),
        ),
    };
    const slowServer = await start({
      deferAfterMs: 50,
      apiUrl: standIn.apiUrl,
      commands: new Map([...COMMANDS_BY_NAME, ['slow', slow]]),
    });
    try {
      const body = command('slow');
      const token = (JSON.parse(body) as { token: string }).token;
      const res = await post(slowServer.port, body, signer);
      expect(JSON.parse(res.body)).toEqual({ type: 5 });
      const edit = await standIn.waitForRequest(
        (r) =>
          r.method === 'PATCH' &&
          r.path === `/api/v10/webhooks/1100000000000000001/${token}/messages/@original`,
        5000,
      );
      expect((edit.body as { embeds: unknown[] }).embeds).toEqual(
        renderDiscord(runNow('sources', {}, context)).embeds,
      );
    } finally {
      await slowServer.http.stop(500);
    }
  });
});

describe('the same reply over HTTP and over the gateway', () => {
  let bot: GatewayBot;
  beforeAll(async () => {
    bot = createGatewayBot({
      token: 'a.b.c',
      apiUrl: standIn.apiUrl,
      log: createLogger({ level: 'silent', stream: sink }),
      commands: COMMANDS_BY_NAME,
      context,
      cooldown: new Cooldown(0),
    });
    await bot.start();
  });
  afterAll(async () => {
    await bot.stop(500);
  });

  it.each([
    ['ask', [{ name: 'question', type: STRING, value: 'how many carriers were hacked' }]],
    ['ask', [{ name: 'question', type: STRING, value: 'who is the ceo of huawei' }]],
    [
      'ask',
      [
        { name: 'question', type: STRING, value: 'who was behind it' },
        { name: 'private', type: 5, value: true },
      ],
    ],
    ['quote', [{ name: 'speaker', type: STRING, value: 'div' }]],
    ['quote', [{ name: 'topic', type: STRING, value: 'bitcoin' }]],
    ['sources', []],
    ['help', []],
    ['reload', []],
  ] as const)('is byte for byte identical for /%s %j', async (name, options) => {
    const viaGateway = standIn.chatInput(name, [...options]);
    const gatewayCallback = await standIn.waitForRequest(
      (r) => r.path.includes(`/interactions/${viaGateway.id}/`),
      5000,
    );
    const viaHttp = await post(port, command(name, [...options]), signer);
    expect(viaHttp.body).toBe(JSON.stringify(gatewayCallback.body));
  });

  it('is byte for byte identical for a follow-up button', async () => {
    const viaGateway = standIn.button(askButtonId('who-is-blamed'));
    const gatewayCallback = await standIn.waitForRequest(
      (r) => r.path.includes(`/interactions/${viaGateway.id}/`),
      5000,
    );
    const viaHttp = await post(
      port,
      JSON.stringify({
        ...interaction(
          InteractionType.MessageComponent,
          { custom_id: askButtonId('who-is-blamed'), component_type: 2 },
          nextUser(),
        ),
        message: { id: '5' },
      }),
      signer,
    );
    expect(viaHttp.body).toBe(JSON.stringify(gatewayCallback.body));
  });
});
