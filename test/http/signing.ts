import { sign } from 'node:crypto';
import { newLoadSigner, type LoadSigner } from '../../src/eval/httpLoad.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { request, type Agent } from 'node:http';
import { PROJECT_ROOT } from '../../src/paths.js';
import { guardedChildEnv } from '../helpers.js';

/** A key pair like a Discord application's, and requests signed the way Discord signs them. */
export type Signer = LoadSigner;
export const newSigner = newLoadSigner;

export interface HttpResult {
  readonly status: number;
  readonly body: string;
  readonly headers: Record<string, string | string[] | undefined>;
}

export function signature(signer: Signer, timestamp: string, body: string | Buffer): string {
  return sign(
    null,
    Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]),
    signer.privateKey,
  ).toString('hex');
}

/** POSTs `body` to /interactions, signed (unless told otherwise), and returns status and body. */
export function post(
  port: number,
  body: string | Buffer,
  signer: Signer | null,
  options: {
    timestamp?: string;
    signature?: string;
    path?: string;
    agent?: Agent | undefined;
  } = {},
): Promise<HttpResult> {
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
  };
  if (signer) {
    headers['x-signature-ed25519'] = options.signature ?? signature(signer, timestamp, body);
    headers['x-signature-timestamp'] = timestamp;
  }
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: options.path ?? '/interactions',
        headers,
        agent: options.agent,
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function get(port: number, path: string): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'GET', path }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

let counter = 0n;
/** A raw interaction payload as Discord posts it. */
export function interaction(
  type: number,
  data: Record<string, unknown>,
  userId = '1200000000000000001',
): Record<string, unknown> {
  counter += 1n;
  return {
    id: String(1_300_000_000_000_000_000n + counter),
    application_id: '1100000000000000001',
    type,
    data,
    guild_id: '1300000000000000000',
    channel_id: '1300000000000000002',
    member: { user: { id: userId, username: 'someone' }, permissions: '0' },
    token: `token-${counter}`,
    version: 1,
  };
}

/** Child processes started here, for tests to clean up. */
export const children: ChildProcess[] = [];

/** `npm run start:http` as node runs it, so signals reach the server itself. */
export function startHttp(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/http.ts'], {
    cwd: PROJECT_ROOT,
    env: guardedChildEnv({ NODE_ENV: 'production', LOG_LEVEL: 'info', ...env }),
  });
  children.push(child);
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { child, output: () => text, exit: new Promise((resolve) => child.on('exit', resolve)) };
}

export async function waitForPort(output: () => string, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = /"msg":"ready"/.test(output())
      ? /"port":(\d+)/.exec(
          output()
            .split('\n')
            .find((l) => l.includes('"msg":"ready"')) ?? '',
        )
      : null;
    if (match) return Number(match[1]);
    if (Date.now() > deadline) throw new Error(`not ready: ${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
