import { spawn, type ChildProcess } from 'node:child_process';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { guardedChildEnv } from '../helpers.js';
import { startStandIn, type StandIn } from './standIn.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAw.GsEcRt.stand-in-token-not-real-0123456789';
const CLIENT_ID = '1100000000000000001';
const GUILD_ID = '1300000000000000000';

interface Run {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

const running: ChildProcess[] = [];
let standIn: StandIn | undefined;

afterEach(async () => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await standIn?.close();
  standIn = undefined;
});

const ENTRY: Readonly<Record<string, string>> = {
  start: 'src/index.ts',
  'start:sharded': 'src/shard.ts',
  'deploy-commands': 'scripts/deploy-commands.ts',
};

/** Runs what the npm script runs (node with tsx), so signals reach the bot itself, not npm. */
function run(script: string, env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY[script] ?? script], {
    cwd: PROJECT_ROOT,
    env: guardedChildEnv({ NODE_ENV: 'production', LOG_LEVEL: 'info', ...env }),
    detached: false,
  });
  running.push(child);
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exit };
}

async function until(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function botEnv(api: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: CLIENT_ID,
    DISCORD_API_URL: api,
    COOLDOWN_SECONDS: '0',
    ...extra,
  };
}

describe('npm run deploy-commands', () => {
  it('registers every command in the guild in one bulk overwrite', async () => {
    standIn = await startStandIn({ applicationId: CLIENT_ID });
    const { exit, output } = run(
      'deploy-commands',
      botEnv(standIn.apiUrl, { DISCORD_GUILD_ID: GUILD_ID }),
    );
    expect(await exit, output()).toBe(0);
    const puts = standIn.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([
      `/api/v10/applications/${CLIENT_ID}/guilds/${GUILD_ID}/commands`,
    ]);
    expect(puts[0]?.body).toEqual(COMMANDS.map((c) => c.data.toJSON()));
    expect(output()).toContain('Registered 5 commands in guild');
  });

  it('registers globally without a guild, and names a missing variable', async () => {
    standIn = await startStandIn({ applicationId: CLIENT_ID });
    const global = run('deploy-commands', botEnv(standIn.apiUrl));
    expect(await global.exit).toBe(0);
    expect(standIn.requests.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual([
      `/api/v10/applications/${CLIENT_ID}/commands`,
    ]);
    const missing = run('deploy-commands', {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: standIn.apiUrl,
    });
    expect(await missing.exit).toBe(1);
    expect(missing.output()).toMatch(/DISCORD_CLIENT_ID: is required here; set it in \.env/);
  });
});

describe('npm start with a token', () => {
  it('answers over the gateway, and on SIGTERM finishes the reply in flight and exits 0 within 5 s', async () => {
    standIn = await startStandIn({ applicationId: CLIENT_ID });
    const bot = run('start', botEnv(standIn.apiUrl));
    await standIn.waitForReady(1, 15_000);
    await until(() => bot.output().includes('"msg":"ready"'), 5000, 'the ready log line');

    // Slow the reply down (429, Retry-After 1 s), then ask to stop while it is in flight.
    standIn.failNext({ method: 'POST', path: /\/callback$/ }, 429, 1, { retryAfterSeconds: 1 });
    const { id } = standIn.chatInput('ask', [
      { name: 'question', type: ApplicationCommandOptionType.String, value: 'who was behind it' },
    ]);
    await until(
      () => standIn?.requests.some((r) => r.path.includes(`/interactions/${id}/`)) ?? false,
      5000,
      'the first reply attempt',
    );
    const stopAsked = Date.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exit).toBe(0);
    expect(Date.now() - stopAsked).toBeLessThan(5000);
    expect(standIn.callbacks.filter((c) => c.interactionId === id)).toHaveLength(1);
    expect(bot.output()).toContain('client destroyed');
    expect(bot.output()).not.toContain(TOKEN);
  });

  it('exits 1 with a clear message, and without the token, when Discord rejects the token', async () => {
    standIn = await startStandIn({ applicationId: CLIENT_ID });
    standIn.failNext({ method: 'GET', path: /\/gateway\/bot$/ }, 401, 5, {
      body: { message: '401: Unauthorized', code: 0 },
    });
    const bot = run('start', botEnv(standIn.apiUrl));
    expect(await bot.exit).toBe(1);
    expect(bot.output()).toMatch(/Failed to start: /);
    expect(bot.output()).not.toContain(TOKEN);
  });

  it('names a malformed variable and exits non-zero', async () => {
    const bot = run('start', { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: 'not-an-id' });
    expect(await bot.exit).toBe(1);
    expect(bot.output()).toMatch(/DISCORD_CLIENT_ID: must be a Discord id/);
  });
});

describe('npm run start:sharded', () => {
  it('runs two shards under the ShardingManager, each answering its own guilds', async () => {
    standIn = await startStandIn({ applicationId: CLIENT_ID, shards: 2 });
    const manager = run('start:sharded', botEnv(standIn.apiUrl, { SHARD_COUNT: '2' }));
    await standIn.waitForReady(2, 30_000);
    const shardsIdentified = standIn.identifies.map((d) => (d as { shard?: number[] }).shard);
    expect(shardsIdentified).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
      ]),
    );
    // Guild ids routed to shard 0 and shard 1: (id >> 22) % 2.
    for (const guildId of ['4194304', '8388608'].map((low) => String(BigInt(low) + (1n << 40n)))) {
      const { id } = standIn.chatInput('help', [], { guildId });
      expect((await standIn.waitForCallback(id, 10_000)).type).toBe(4);
    }
    manager.child.kill('SIGTERM');
    expect(await manager.exit).toBe(0);
  }, 60_000);
});
