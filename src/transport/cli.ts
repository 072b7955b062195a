import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { CommandContext } from '../command.js';
import { COMMANDS_BY_NAME } from '../commands.js';
import { renderText } from '../render/text.js';
import { askJson, quoteJson, sourcesJson } from './cliJson.js';
import { runCommand } from './dispatch.js';

export const CLI_USAGE = `usage:
  npm run --silent cli -- ask [--json] [QUESTION...]     (no QUESTION: one question per stdin line)
  npm run --silent cli -- quote [--json] [--speaker NAME] [--topic WORDS]
  npm run --silent cli -- sources [--json]`;

export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const OPTIONS = {
  json: { type: 'boolean' },
  speaker: { type: 'string' },
  topic: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  ask: ['json'],
  quote: ['json', 'speaker', 'topic'],
  sources: ['json'],
};

/** Parses argv (without node and script); throws UsageError on anything off-contract. */
export function parseCliArgs(argv: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help) return { command: 'help' as const, values: parsed.values, rest };
  if (!command || !(command in ALLOWED)) {
    throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  }
  const allowed = ALLOWED[command] ?? [];
  for (const key of Object.keys(parsed.values)) {
    if (!allowed.includes(key)) throw new UsageError(`${command} does not take --${key}`);
  }
  if (command !== 'ask' && rest.length > 0)
    throw new UsageError(`${command} takes no positional arguments (got "${rest.join(' ')}")`);
  return { command: command as 'ask' | 'quote' | 'sources', values: parsed.values, rest };
}

/** The scripting interface. Returns the exit code: 0 for answers and no-match, 2 for usage errors. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  context: () => CommandContext,
): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`error: ${error.message}\n${CLI_USAGE}\n`);
    return 2;
  }
  if (args.command === 'help') {
    io.stdout.write(`${CLI_USAGE}\n`);
    return 0;
  }
  const ctx = context();
  const json = args.values.json === true;
  const out = (text: string) => io.stdout.write(`${text}\n`);

  if (args.command === 'ask') {
    const answer = async (question: string) => {
      const reply = await runCommand(COMMANDS_BY_NAME, 'ask', { question }, ctx);
      out(json ? JSON.stringify(askJson(question, reply)) : `${renderText(reply).text}\n`);
    };
    if (args.rest.length > 0) {
      await answer(args.rest.join(' '));
    } else {
      const rl = createInterface({ input: io.stdin, terminal: false, crlfDelay: Infinity });
      for await (const line of rl) await answer(line);
    }
    return 0;
  }
  if (args.command === 'quote') {
    const reply = await runCommand(
      COMMANDS_BY_NAME,
      'quote',
      { speaker: args.values.speaker, topic: args.values.topic },
      ctx,
    );
    out(json ? JSON.stringify(quoteJson(reply)) : renderText(reply).text);
    return 0;
  }
  const reply = await runCommand(COMMANDS_BY_NAME, 'sources', {}, ctx);
  out(json ? JSON.stringify(sourcesJson(reply)) : renderText(reply).text);
  return 0;
}
