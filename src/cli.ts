/** Entry point of `npm run cli`: the scripting interface (see src/transport/cli.ts). */
import { KnowledgeLoadError, analysisCacheOf, bootEngine } from './boot.js';
import { COMMANDS } from './commands.js';
import { ConfigError, loadDotEnv, readConfig } from './config.js';
import { runCli } from './transport/cli.js';

try {
  loadDotEnv();
  const config = readConfig();
  process.exitCode = await runCli(process.argv.slice(2), process, () => ({
    engine: bootEngine(config, analysisCacheOf(config)),
    commands: COMMANDS,
  }));
} catch (error) {
  if (error instanceof KnowledgeLoadError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
