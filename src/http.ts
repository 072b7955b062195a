/**
 * `npm run start:http`: the same bot served over HTTP (Discord's Interactions Endpoint URL):
 * POST /interactions, GET /healthz, GET /metrics. No bot token needed.
 */
import { createAppLogger } from './appLogger.js';
import { KnowledgeLoadError, analysisCacheOf, bootEngine } from './boot.js';
import type { CommandContext } from './command.js';
import { COMMANDS, COMMANDS_BY_NAME } from './commands.js';
import { ConfigError, loadDotEnv, readConfig, requireVariables } from './config.js';
import { KnowledgeStore } from './knowledgeStore.js';
import { scrub } from './log.js';
import { Metrics } from './metrics.js';
import { MissesLog } from './missesLog.js';
import { Cooldown } from './transport/cooldown.js';
import { createHttpServer } from './transport/http.js';

async function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  requireVariables(config, ['DISCORD_PUBLIC_KEY', 'DISCORD_CLIENT_ID']);
  const log = await createAppLogger(config, 1);
  // Listening starts before the knowledge base is loaded: /healthz says 503 until it is.
  const loaded: { store?: KnowledgeStore } = {};
  const storeOf = () => {
    if (!loaded.store) throw new Error('knowledge not loaded yet');
    return loaded.store;
  };
  const context: CommandContext = {
    get engine() {
      return storeOf().engine;
    },
    commands: COMMANDS,
    reload: () => storeOf().reload(),
  };
  const http = createHttpServer({
    publicKey: config.publicKey ?? '',
    clientId: config.clientId ?? '',
    apiUrl: config.apiUrl,
    log,
    metrics: new Metrics(),
    ready: () => loaded.store !== undefined,
    commands: COMMANDS_BY_NAME,
    context,
    cooldown: new Cooldown(config.cooldownSeconds),
    misses: new MissesLog({ file: config.missesFile, includeUser: config.missesIncludeUser, log }),
  });
  await new Promise<void>((resolve, reject) => {
    http.server.once('error', reject);
    http.server.listen(config.httpPort, config.httpHost, () => resolve());
  });
  const address = http.server.address();
  const port = typeof address === 'object' && address ? address.port : config.httpPort;
  log.info(
    { host: config.httpHost, port },
    'listening; /healthz answers 503 until the knowledge base is loaded',
  );
  const cache = analysisCacheOf(config, log);
  const store = new KnowledgeStore(config.knowledgeDir, bootEngine(config, cache), log, cache);
  loaded.store = store;
  store.watch();
  log.info({ entries: store.engine.knowledge.qa.length, port }, 'ready');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(0), 5000).unref();
    store.close();
    void http.stop(4000).then(() => {
      log.info('stopped');
      process.exit(0);
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

try {
  await main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const known = error instanceof KnowledgeLoadError || error instanceof ConfigError;
  process.stderr.write(
    `${known ? message : `Failed to start: ${scrub(message, [process.env['DISCORD_TOKEN']])}`}\n`,
  );
  process.exit(1);
}
