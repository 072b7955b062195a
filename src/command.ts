import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Engine } from './engine/engine.js';
import type { ReloadResult } from './knowledgeStore.js';
import type { Reply } from './reply.js';

/** Option values as every transport hands them over: absent, text or a boolean flag. */
export type CommandOptions = Readonly<Record<string, string | boolean | undefined>>;

export interface CommandContext {
  readonly engine: Engine;
  /** Every command the transport serves (for /help). */
  readonly commands: readonly Command[];
  /** Reloads the knowledge base (where the transport allows it: the bot and the console). */
  readonly reload?: () => ReloadResult;
  /** Source of randomness (for /quote with no arguments); injectable for tests. */
  readonly random?: () => number;
}

export interface AutocompleteChoice {
  readonly name: string;
  readonly value: string;
}

export interface Command {
  readonly data: {
    readonly name: string;
    toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
  };
  /** A short usage line for /help and the console. */
  readonly usage: string;
  /** May answer later (a promise): the transports defer the reply when an answer is slow. */
  execute(options: CommandOptions, context: CommandContext): Reply | Promise<Reply>;
  autocomplete?(
    focused: { name: string; value: string },
    context: CommandContext,
  ): AutocompleteChoice[];
}

export function isCommand(value: unknown): value is Command {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Command>;
  return (
    typeof candidate.data === 'object' &&
    candidate.data !== null &&
    typeof candidate.data.name === 'string' &&
    typeof candidate.data.toJSON === 'function' &&
    typeof candidate.execute === 'function' &&
    typeof candidate.usage === 'string'
  );
}

/** Reads a text option; undefined when absent or blank. */
export function textOption(options: CommandOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' && value.trim().length > 0 ? value : undefined;
}

/** Autocomplete choices must be 1–100 characters, at most 25 of them. */
export function toChoices(values: readonly string[]): AutocompleteChoice[] {
  return values
    .map((value) => value.trim())
    .filter((value) => value.length > 0)
    .slice(0, 25)
    .map((value) => {
      const short = value.length > 100 ? `${value.slice(0, 99)}…` : value;
      return { name: short, value: short };
    });
}
