import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command, CommandContext } from '../command.js';
import type { QuestionRef } from '../reply.js';
import { answerEntry } from '../../commands/ask.js';
import { renderText } from '../render/text.js';
import { optionNamesOf, runCommand } from './dispatch.js';
import { parseCommandLine } from './parseCommandLine.js';

export interface ConsoleOptions {
  readonly input: Readable;
  readonly output: Writable;
  readonly commands: ReadonlyMap<string, Command>;
  readonly context: CommandContext;
  /** Show a prompt (true for a terminal). */
  readonly prompt?: boolean;
}

export const CONSOLE_BANNER = [
  'Soft Cell desk bot — offline console (no DISCORD_TOKEN set).',
  'Type /help, /ask <question>, /quote [speaker:NAME] [topic:WORDS], /sources — or just a question.',
  'A number asks the numbered follow-up. /exit or Ctrl+D quits.',
].join('\n');

/** The interactive console: the same commands and replies as Discord, rendered as text. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output, commands, context } = options;
  const write = (text: string) => output.write(`${text}\n`);
  const rl = createInterface({ input, output, terminal: false });
  let choices: readonly QuestionRef[] = [];
  const prompt = () => {
    if (options.prompt) output.write('\n> ');
  };

  write(CONSOLE_BANNER);
  prompt();
  for await (const line of rl) {
    const trimmed = line.trim();
    if (trimmed === '/exit' || trimmed === '/quit') break;
    const choice = /^\d{1,2}$/.test(trimmed) ? choices[Number(trimmed) - 1] : undefined;
    const parsed = choice
      ? null
      : parseCommandLine(trimmed, (name) => optionNamesOf(commands.get(name)));
    if (!choice && parsed && !commands.has(parsed.name)) {
      // An unknown command gets its own message, then the help.
      write(`\n${renderText(await runCommand(commands, parsed.name, {}, context)).text}`);
    }
    const name = parsed && commands.has(parsed.name) ? parsed.name : 'help';
    const reply = choice
      ? answerEntry(choice.id, context)
      : await runCommand(commands, name, name === 'help' ? {} : (parsed?.options ?? {}), context);
    const rendered = renderText(reply);
    choices = rendered.choices;
    write(`\n${rendered.text}`);
    prompt();
  }
  rl.close();
}
