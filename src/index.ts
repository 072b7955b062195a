/** `npm start`: read config, load knowledge, build the engine, start a transport. */
import { createAppLogger, inviteUrl } from './appLogger.js';
import { KnowledgeLoadError, analysisCacheOf, bootEngine } from './boot.js';
import { COMMANDS, COMMANDS_BY_NAME } from './commands.js';
import { ConfigError, loadDotEnv, readConfig, requireVariables } from './config.js';
import { scrub } from './log.js';
import { runConsole } from './transport/console.js';
import { Cooldown } from './transport/cooldown.js';
import { createGatewayBot } from './transport/gateway.js';
import type { CommandContext } from './command.js';
import { KnowledgeStore } from './knowledgeStore.js';
import { MissesLog } from './missesLog.js';

/** The commands' view of the knowledge: always the engine the store serves now. */
function contextOf(store: KnowledgeStore): CommandContext {
  return {
    get engine() {
      return store.engine;
    },
    commands: COMMANDS,
    reload: () => store.reload(),
  };
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  const token = config.discordToken;
  if (!token) {
    const cache = analysisCacheOf(config);
    const store = new KnowledgeStore(
      config.knowledgeDir,
      bootEngine(config, cache),
      undefined,
      cache,
    );
    await runConsole({
      input: process.stdin,
      output: process.stdout,
      commands: COMMANDS_BY_NAME,
      context: contextOf(store),
      prompt: process.stdin.isTTY,
    });
    return;
  }

  requireVariables(config, ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID']);
  const log = await createAppLogger(config, 1);
  const cache = analysisCacheOf(config, log);
  const store = new KnowledgeStore(config.knowledgeDir, bootEngine(config, cache), log, cache);
  log.info(
    { entries: store.engine.knowledge.qa.length, quotes: store.engine.knowledge.quotes.length },
    'knowledge loaded',
  );
  store.watch();
  const bot = createGatewayBot({
    token,
    log,
    apiUrl: config.apiUrl,
    commands: COMMANDS_BY_NAME,
    context: contextOf(store),
    cooldown: new Cooldown(config.cooldownSeconds),
    misses: new MissesLog({ file: config.missesFile, includeUser: config.missesIncludeUser, log }),
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const hardStop = setTimeout(() => process.exit(0), 5000);
    hardStop.unref();
    store.close();
    void bot.stop(4000).then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  await bot.start();
  if (config.clientId && !process.env['SHARDS'])
    log.info({ invite: inviteUrl(config.clientId) }, 'invite the bot with this link');
}

try {
  await main();
} catch (error) {
  if (error instanceof KnowledgeLoadError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Failed to start: ${scrub(reason, [process.env['DISCORD_TOKEN']])}\n`);
    process.exit(1);
  }
}
