/**
 * `npm run deploy-commands`: registers every slash command in one idempotent bulk overwrite —
 * in one guild when DISCORD_GUILD_ID is set (instant, for development), otherwise globally.
 * Run it when commands change, not on every start (Discord limits command creation per day).
 */
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { COMMANDS } from '../src/commands.js';
import { ConfigError, loadDotEnv, readConfig, requireVariables } from '../src/config.js';
import { scrub } from '../src/log.js';

export function commandDefinitions() {
  return COMMANDS.map((command) => command.data.toJSON());
}

try {
  loadDotEnv();
  const config = readConfig();
  requireVariables(config, ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID']);
  const { discordToken = '', clientId = '', guildId, apiUrl } = config;
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(discordToken);
  const route = guildId
    ? Routes.applicationGuildCommands(clientId, guildId)
    : Routes.applicationCommands(clientId);
  const body = commandDefinitions();
  const saved = (await rest.put(route, { body })) as unknown[];
  console.log(
    `Registered ${saved.length} commands ${guildId ? `in guild ${guildId}` : 'globally (may take up to an hour to appear)'}: ${body.map((c) => `/${c.name}`).join(' ')}`,
  );
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    error instanceof ConfigError
      ? message
      : `Could not register commands: ${scrub(message, [process.env['DISCORD_TOKEN']])}`,
  );
  process.exit(1);
}
