import type { Command, CommandContext, CommandOptions } from '../command.js';
import type { Reply } from '../reply.js';
import { STRINGS } from '../strings.js';

/** Runs a command by name; an unknown name gets a reply, never silence. */
export async function runCommand(
  commands: ReadonlyMap<string, Command>,
  name: string,
  options: CommandOptions,
  context: CommandContext,
): Promise<Reply> {
  const command = commands.get(name);
  if (!command) return { kind: 'invalid', message: STRINGS.unknownCommand(name), ephemeral: true };
  return command.execute(options, context);
}

/** Option names a command declares (for parsing `name:value` in the console). */
export function optionNamesOf(command: Command | undefined): string[] {
  const options = command?.data.toJSON().options ?? [];
  return options.map((option) => option.name);
}
