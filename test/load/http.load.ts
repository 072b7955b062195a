import { afterAll, describe, expect, it } from 'vitest';
import {
  newLoadSigner,
  percentile,
  runHttpLoad,
  startHttpProcess,
  type HttpProcess,
} from '../../src/eval/httpLoad.js';
import { guardedChildEnv } from '../helpers.js';

/**
 * 1,000 signed interactions from 50 concurrent connections against one `start:http` process,
 * then against two processes on two ports: latency, throughput, none lost.
 */
const signer = newLoadSigner();
const processes: HttpProcess[] = [];

afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
});

describe('HTTP endpoint under load', () => {
  it('answers 1,000 signed interactions from 50 connections on one and on two processes, none lost', async () => {
    const env = guardedChildEnv();
    processes.push(await startHttpProcess(signer, env));
    const first = processes[0]?.port ?? 0;
    await runHttpLoad([first], signer); // warm-up
    const one = await runHttpLoad([first], signer);
    processes.push(await startHttpProcess(signer, env));
    const second = processes[1]?.port ?? 0;
    await runHttpLoad([second], signer);
    const two = await runHttpLoad([first, second], signer);
    for (const [label, result] of [
      ['http-1-process', one],
      ['http-2-processes', two],
    ] as const) {
      console.log(
        `${label}: ${result.total} signed interactions, 50 connections: lost ${result.lost}; ` +
          `p50 ${percentile(result.latencies, 50).toFixed(1)} ms, p99 ${percentile(result.latencies, 99).toFixed(1)} ms, ` +
          `max ${(result.latencies.at(-1) ?? 0).toFixed(1)} ms; ${Math.round(result.perSecond)} interactions/s`,
      );
      expect(result.lost).toBe(0);
      expect(result.latencies).toHaveLength(result.total);
    }
  }, 120_000);
});
