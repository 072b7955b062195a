import ask from '../commands/ask.js';
import help from '../commands/help.js';
import quote from '../commands/quote.js';
import reload from '../commands/reload.js';
import sources from '../commands/sources.js';
import { isCommand, type Command } from './command.js';

/** Every slash command, looked up by name. */
export const COMMANDS: readonly Command[] = [ask, quote, sources, help, reload];

export const COMMANDS_BY_NAME: ReadonlyMap<string, Command> = new Map(
  COMMANDS.filter(isCommand).map((command) => [command.data.name, command]),
);
