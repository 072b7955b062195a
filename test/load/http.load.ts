import { Agent } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import {
  children,
  get,
  interaction,
  newSigner,
  post,
  startHttp,
  waitForPort,
} from '../http/signing.js';

/**
 * 1,000 signed interactions from 50 concurrent connections against one `start:http` process,
 * then against two processes on two ports: latency, throughput, none lost.
 */
const TOTAL = 1000;
const CONNECTIONS = 50;
const signer = newSigner();

afterAll(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
});

async function launch(): Promise<number> {
  const server = startHttp({
    DISCORD_PUBLIC_KEY: signer.publicKeyHex,
    DISCORD_CLIENT_ID: '1100000000000000001',
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: '0',
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'info',
  });
  const port = await waitForPort(server.output);
  expect((await get(port, '/healthz')).status).toBe(200);
  return port;
}

const bodies = Array.from({ length: TOTAL }, (_, i) => {
  const kind = i % 4;
  if (kind === 3) {
    return JSON.stringify(
      interaction(4, {
        id: '1',
        name: 'ask',
        type: 1,
        options: [{ name: 'question', type: 3, value: 'how m', focused: true }],
      }),
    );
  }
  const name = ['ask', 'quote', 'help'][kind] ?? 'help';
  const options =
    name === 'ask'
      ? [
          {
            name: 'question',
            type: 3,
            value: ['who was behind it', 'what did they steal', 'is it still going on'][i % 3],
          },
        ]
      : [];
  return JSON.stringify(interaction(2, { id: '1', name, type: 1, options }));
});

async function run(
  ports: readonly number[],
): Promise<{ latencies: number[]; failures: number; seconds: number }> {
  const agents = ports.map(
    () => new Agent({ keepAlive: true, maxSockets: Math.ceil(CONNECTIONS / ports.length) }),
  );
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, worker) => {
      for (;;) {
        const i = next++;
        if (i >= TOTAL) return;
        const target = (i + worker) % ports.length;
        const at = performance.now();
        const res = await post(ports[target] ?? 0, bodies[i] ?? '', signer, {
          agent: agents[target],
        });
        latencies.push(performance.now() - at);
        const type = res.status === 200 ? (JSON.parse(res.body) as { type: number }).type : 0;
        if (type !== 4 && type !== 8) failures += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const agent of agents) agent.destroy();
  latencies.sort((a, b) => a - b);
  return { latencies, failures, seconds };
}

const pct = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

describe('HTTP endpoint under load', () => {
  it('answers 1,000 signed interactions from 50 connections on one and on two processes, none lost', async () => {
    const first = await launch();
    await run([first]); // warm-up
    const one = await run([first]);
    const second = await launch();
    await run([second]);
    const two = await run([first, second]);
    for (const [label, result] of [
      ['http-1-process', one],
      ['http-2-processes', two],
    ] as const) {
      console.log(
        `${label}: ${TOTAL} signed interactions, ${CONNECTIONS} connections: lost ${result.failures}; ` +
          `p50 ${pct(result.latencies, 50).toFixed(1)} ms, p99 ${pct(result.latencies, 99).toFixed(1)} ms, max ${(result.latencies.at(-1) ?? 0).toFixed(1)} ms; ` +
          `${Math.round(TOTAL / result.seconds)} interactions/s`,
      );
      expect(result.failures).toBe(0);
      expect(result.latencies).toHaveLength(TOTAL);
    }
  }, 120_000);
});
