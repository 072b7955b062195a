/**
 * `npm run start:sharded`: the same bot under discord.js's ShardingManager, one process per group
 * of shards, the way bots past 2,500 guilds must run. SHARD_COUNT: "auto" (Discord's
 * recommendation) or a number.
 */
import { REST } from '@discordjs/rest';
import { Routes, type RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import { ShardingManager } from 'discord.js';
import { fileURLToPath } from 'node:url';
import { createAppLogger } from './appLogger.js';
import { ConfigError, loadDotEnv, readConfig, requireVariables } from './config.js';
import { scrub } from './log.js';

async function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  requireVariables(config, ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID']);
  const token = config.discordToken ?? '';
  const log = await createAppLogger(config, 1);
  let totalShards = config.shardCount;
  if (totalShards === 'auto' && config.apiUrl) {
    // discord.js's own "auto" always asks discord.com; honour DISCORD_API_URL instead.
    const rest = new REST({ api: config.apiUrl }).setToken(token);
    totalShards = ((await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult).shards;
  }
  const manager = new ShardingManager(fileURLToPath(new URL('./index.ts', import.meta.url)), {
    token,
    totalShards,
    execArgv: ['--import', 'tsx'],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    log.info({ shard: shard.id }, 'shard launched');
    shard.on('death', () => log.warn({ shard: shard.id }, 'shard process exited'));
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping shards');
    manager.respawn = false;
    // Each shard process gets the signal too (same process group) and shuts down on its own.
    for (const shard of manager.shards.values()) shard.process?.kill('SIGTERM');
    setTimeout(() => process.exit(0), 5000).unref();
    void Promise.all(
      [...manager.shards.values()].map(
        (s) =>
          new Promise((resolve) => (s.process ? s.process.once('exit', resolve) : resolve(null))),
      ),
    ).then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  await manager.spawn({ amount: totalShards, timeout: 30_000 });
  log.info({ shards: manager.totalShards }, 'all shards ready');
}

try {
  await main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `${error instanceof ConfigError ? message : `Failed to start shards: ${scrub(message, [process.env['DISCORD_TOKEN']])}`}\n`,
  );
  process.exit(1);
}
