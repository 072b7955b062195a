/**
 * Load for the HTTP interactions endpoint, shared by `npm run test:load` and `npm run bench`:
 * signed interactions from many concurrent connections against one or more `start:http`
 * processes on this machine (loopback only).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { Agent, request } from 'node:http';
import { PROJECT_ROOT } from '../paths.js';

export interface LoadSigner {
  readonly publicKeyHex: string;
  readonly privateKey: KeyObject;
}

export function newLoadSigner(): LoadSigner {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return { publicKeyHex: der.subarray(der.length - 32).toString('hex'), privateKey };
}

export interface HttpProcess {
  readonly child: ChildProcess;
  readonly port: number;
  stop(): Promise<number | null>;
}

/** Starts `start:http` (as node runs it) on a free loopback port and waits for /healthz. */
export async function startHttpProcess(
  signer: LoadSigner,
  env: NodeJS.ProcessEnv = process.env,
): Promise<HttpProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/http.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...env,
      DISCORD_TOKEN: '',
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_CLIENT_ID: '1100000000000000001',
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: '0',
      COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString().slice(0, 10_000)));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 15_000;
  let port = 0;
  while (!port) {
    const ready = output.split('\n').find((line) => line.includes('"msg":"ready"'));
    const match = ready ? /"port":(\d+)/.exec(ready) : null;
    if (match) port = Number(match[1]);
    else if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`start:http did not get ready: ${output}`);
    else await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // Past the ready line, keep draining the pipes without keeping what they say.
  child.stdout?.removeAllListeners('data');
  child.stdout?.resume();
  return {
    child,
    port,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exit;
    },
  };
}

let counter = 0n;
function payload(i: number): string {
  counter += 1n;
  const base = {
    id: String(1_400_000_000_000_000_000n + counter),
    application_id: '1100000000000000001',
    guild_id: '1300000000000000000',
    channel_id: '1300000000000000002',
    member: { user: { id: String(1_500_000_000_000_000_000n + counter) }, permissions: '0' },
    token: `load-${counter}`,
    version: 1,
  };
  const kind = i % 4;
  if (kind === 3) {
    return JSON.stringify({
      ...base,
      type: 4,
      data: {
        id: '1',
        name: 'ask',
        type: 1,
        options: [{ name: 'question', type: 3, value: 'how m', focused: true }],
      },
    });
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
  return JSON.stringify({ ...base, type: 2, data: { id: '1', name, type: 1, options } });
}

function post(
  port: number,
  body: string,
  signer: LoadSigner,
  agent: Agent,
): Promise<{ status: number; body: string }> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), signer.privateKey).toString('hex');
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/interactions',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-signature-ed25519': signature,
          'x-signature-timestamp': timestamp,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export interface LoadResult {
  readonly total: number;
  readonly lost: number;
  /** Sorted, milliseconds. */
  readonly latencies: readonly number[];
  readonly seconds: number;
  readonly perSecond: number;
}

/** Sends `total` mixed interactions over `connections` keep-alive connections spread over `ports`. */
export async function runHttpLoad(
  ports: readonly number[],
  signer: LoadSigner,
  total = 1000,
  connections = 50,
): Promise<LoadResult> {
  const agents = ports.map(
    () => new Agent({ keepAlive: true, maxSockets: Math.ceil(connections / ports.length) }),
  );
  const latencies: number[] = [];
  let lost = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      for (;;) {
        const i = next++;
        if (i >= total) return;
        const target = (i + worker) % ports.length;
        const at = performance.now();
        try {
          const res = await post(
            ports[target] ?? 0,
            payload(i),
            signer,
            agents[target] ?? new Agent(),
          );
          const type = res.status === 200 ? (JSON.parse(res.body) as { type?: number }).type : 0;
          if (type !== 4 && type !== 8) lost += 1;
        } catch {
          lost += 1;
        }
        latencies.push(performance.now() - at);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const agent of agents) agent.destroy();
  latencies.sort((a, b) => a - b);
  return { total, lost, latencies, seconds, perSecond: total / seconds };
}

export function percentile(sorted: readonly number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
  );
}
