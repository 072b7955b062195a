import { answerEntry } from '../../commands/ask.js';
import type { AutocompleteChoice, Command, CommandContext, CommandOptions } from '../command.js';
import type { Reply } from '../reply.js';
import { parseAskButtonId, renderDiscord, type DiscordMessage } from '../render/discord.js';
import { STRINGS } from '../strings.js';
import type { MissesLog } from '../missesLog.js';
import type { Cooldown } from './cooldown.js';
import { runCommand } from './dispatch.js';

/**
 * What any transport (gateway or HTTP) hands over for one interaction, and what it must send
 * back. Transport-neutral: no discord.js types here.
 */
export type InteractionRequest =
  | {
      readonly kind: 'command';
      readonly name: string;
      readonly options: CommandOptions;
      readonly userId: string;
    }
  | {
      readonly kind: 'autocomplete';
      readonly name: string;
      readonly focused: { name: string; value: string };
      readonly userId: string;
    }
  | { readonly kind: 'button'; readonly customId: string; readonly userId: string };

export type InteractionResponse =
  | { readonly type: 'message'; readonly message: DiscordMessage }
  | { readonly type: 'update'; readonly message: DiscordMessage }
  | { readonly type: 'autocomplete'; readonly choices: readonly AutocompleteChoice[] };

export type InteractionStatus =
  'answered' | 'no_match' | 'not_found' | 'invalid' | 'cooldown' | 'autocomplete' | 'error';

export interface InteractionOutcome {
  readonly response: InteractionResponse;
  readonly status: InteractionStatus;
  readonly entry: string | null;
  /** A short description of what was asked, for the one log line per interaction. */
  readonly summary: string;
}

export interface InteractionDeps {
  readonly commands: ReadonlyMap<string, Command>;
  readonly context: CommandContext;
  readonly cooldown: Cooldown;
  /** Where questions the bot could not answer well are logged for curators (optional). */
  readonly misses?: MissesLog | undefined;
}

function statusOf(reply: Reply): InteractionStatus {
  switch (reply.kind) {
    case 'answer':
    case 'quote':
    case 'sources':
    case 'help':
      return 'answered';
    case 'no_match':
      return 'no_match';
    case 'quote_not_found':
      return 'not_found';
    case 'invalid':
      return 'invalid';
    case 'reload':
      return reply.ok ? 'answered' : 'invalid';
  }
}

function entryOf(reply: Reply): string | null {
  if (reply.kind === 'answer') return reply.entryId;
  if (reply.kind === 'quote') return reply.id;
  return null;
}

function summarise(options: CommandOptions): string {
  return Object.entries(options)
    .filter(([, value]) => value !== undefined)
    .map(
      ([key, value]) =>
        `${key}=${JSON.stringify(typeof value === 'string' ? value.slice(0, 80) : value)}`,
    )
    .join(' ');
}

/** The marker `withDeadline` resolves to when the work is not done in time. */
export const SLOW = Symbol('slow');

/** Discord wants a first response within 3 s: past this, transports defer and edit later. */
export const DEFER_AFTER_MS = 2000;

/** The promise's value, or SLOW if it takes longer than `ms` (the work itself goes on). */
export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T | typeof SLOW> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof SLOW>((resolve) => {
    timer = setTimeout(() => resolve(SLOW), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Turns one interaction into its response: the same code for every transport. */
export async function handleInteraction(
  request: InteractionRequest,
  deps: InteractionDeps,
): Promise<InteractionOutcome> {
  if (request.kind === 'autocomplete') {
    const command = deps.commands.get(request.name);
    const choices = command?.autocomplete?.(request.focused, deps.context) ?? [];
    return {
      response: { type: 'autocomplete', choices },
      status: 'autocomplete',
      entry: null,
      summary: `${request.name} ${request.focused.name}=${JSON.stringify(request.focused.value.slice(0, 80))}`,
    };
  }

  const waitMs = deps.cooldown.take(request.userId);
  if (waitMs > 0) {
    const reply: Reply = {
      kind: 'invalid',
      message: STRINGS.slowDown(Math.ceil(waitMs / 1000)),
      ephemeral: true,
    };
    return {
      response: { type: 'message', message: renderDiscord(reply) },
      status: 'cooldown',
      entry: null,
      summary: '',
    };
  }

  if (request.kind === 'button') {
    const entryId = parseAskButtonId(request.customId);
    const reply: Reply = entryId
      ? answerEntry(entryId, deps.context)
      : { kind: 'invalid', message: STRINGS.unknownButton, ephemeral: true };
    // A follow-up answers in place; an unknown button gets a private note instead.
    const message = renderDiscord(reply);
    const response: InteractionResponse =
      reply.kind === 'answer' ? { type: 'update', message } : { type: 'message', message };
    return {
      response,
      status: statusOf(reply),
      entry: entryOf(reply),
      summary: `button ${request.customId.slice(0, 100)}`,
    };
  }

  const reply = await runCommand(deps.commands, request.name, request.options, deps.context);
  if (request.name === 'ask') deps.misses?.record(reply, request.userId);
  return {
    response: { type: 'message', message: renderDiscord(reply) },
    status: statusOf(reply),
    entry: entryOf(reply),
    summary: summarise(request.options),
  };
}
