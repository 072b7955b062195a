import {
  Client,
  DiscordAPIError,
  HTTPError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Options,
  RESTJSONErrorCodes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
} from 'discord.js';
import type { CommandOptions } from '../command.js';
import type { Logger } from '../log.js';
import type { DiscordMessage } from '../render/discord.js';
import { STRINGS } from '../strings.js';
import {
  DEFER_AFTER_MS,
  SLOW,
  handleInteraction,
  withDeadline,
  type InteractionDeps,
  type InteractionRequest,
  type InteractionStatus,
} from './interactions.js';

export interface GatewayOptions extends InteractionDeps {
  readonly token: string;
  readonly log: Logger;
  /** REST base override (tests, proxies), e.g. http://127.0.0.1:PORT/api. */
  readonly apiUrl?: string | undefined;
  /** REST retries of 5xx answers; discord.js's default is 3. */
  readonly restRetries?: number;
  /** Defer the reply when the answer takes longer than this (default DEFER_AFTER_MS). */
  readonly deferAfterMs?: number;
}

export interface GatewayBot {
  readonly client: Client;
  /** Resolves once the client is ready. */
  start(): Promise<void>;
  /** Stops taking interactions, waits for in-flight replies (up to `graceMs`), destroys the client. */
  stop(graceMs?: number): Promise<void>;
  /** Interactions being answered right now. */
  inFlight(): number;
}

/** discord.js wants camelCase allowedMentions; everything else in our API-form message passes as is. */
function toReplyOptions(message: DiscordMessage): InteractionReplyOptions {
  const { allowed_mentions: _mentions, flags, ...rest } = message;
  return { ...rest, ...(flags !== undefined ? { flags } : {}), allowedMentions: { parse: [] } };
}

function optionsOf(interaction: ChatInputCommandInteraction): CommandOptions {
  const options: Record<string, string | boolean> = {};
  for (const option of interaction.options.data) {
    const value = option.value;
    if (typeof value === 'string' || typeof value === 'boolean') options[option.name] = value;
    else if (typeof value === 'number') options[option.name] = String(value);
  }
  return options;
}

function requestOf(interaction: Interaction): InteractionRequest | null {
  const userId = interaction.user.id;
  if (interaction.isChatInputCommand())
    return {
      kind: 'command',
      name: interaction.commandName,
      options: optionsOf(interaction),
      userId,
    };
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return {
      kind: 'autocomplete',
      name: interaction.commandName,
      focused: { name: focused.name, value: String(focused.value) },
      userId,
    };
  }
  if (interaction.isButton()) return { kind: 'button', customId: interaction.customId, userId };
  return null;
}

/** Errors after which the interaction can no longer be answered: log and drop, never retry. */
function isUnanswerable(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.UnknownInteraction ||
      error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)
  );
}

/** A server error from Discord (5xx), worth another try while the interaction is still valid. */
function isServerError(error: unknown): boolean {
  return (error instanceof HTTPError || error instanceof DiscordAPIError) && error.status >= 500;
}

/** Pauses between our own retries of a reply that failed with 5xx (after discord.js's retries). */
const REPLY_RETRY_DELAYS_MS = [100, 250, 500, 1000];

/** Runs `send`, retrying on Discord server errors with growing pauses; other errors pass through. */
async function withServerRetries<T>(
  send: () => Promise<T>,
  onRetry: (attempt: number, error: unknown) => void,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const delay = REPLY_RETRY_DELAYS_MS[attempt];
      if (!isServerError(error) || delay === undefined) throw error;
      onRetry(attempt + 1, error);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** The bot over Discord's gateway: one discord.js client, Guilds intent only. */
export function createGatewayBot(options: GatewayOptions): GatewayBot {
  const { log } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // A slash-command bot needs no message, member or user caches: left unbounded they grow with
    // every new user who asks something (the soak test shows it).
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: 0,
      UserManager: 100,
      ReactionManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
    }),
    allowedMentions: { parse: [] },
    rest: {
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
      ...(options.restRetries !== undefined ? { retries: options.restRetries } : {}),
    },
  });
  const inFlight = new Set<Promise<void>>();
  let accepting = true;

  async function respond(
    interaction: Interaction,
    request: InteractionRequest,
  ): Promise<{
    status: InteractionStatus;
    entry: string | null;
    summary: string;
    deferred: boolean;
  }> {
    const working = handleInteraction(request, options);
    const early = await withDeadline(working, options.deferAfterMs ?? DEFER_AFTER_MS);
    let deferred = false;
    if (early === SLOW && interaction.isRepliable()) {
      // Discord's 3-second window: acknowledge now, edit the answer in when it is ready.
      deferred = true;
      if (interaction.isButton()) await interaction.deferUpdate();
      else if (!interaction.isAutocomplete()) {
        const ephemeral = request.kind === 'command' && request.options['private'] === true;
        await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
      }
    }
    const outcome = early === SLOW ? await working : early;
    const { response } = outcome;
    const retrying = (attempt: number, error: unknown) =>
      log.warn(
        { interaction: interaction.id, attempt, err: error },
        'Discord answered 5xx; retrying the reply',
      );
    await withServerRetries(async () => {
      if (response.type === 'autocomplete') {
        await (interaction as AutocompleteInteraction).respond([...response.choices]);
      } else if (deferred) {
        const { flags: _flags, ...message } = toReplyOptions(response.message);
        await (interaction as ChatInputCommandInteraction | ButtonInteraction).editReply(message);
      } else if (response.type === 'update') {
        const { flags: _flags, ...message } = toReplyOptions(response.message);
        await (interaction as ButtonInteraction).update(message);
      } else {
        await (interaction as ChatInputCommandInteraction | ButtonInteraction).reply(
          toReplyOptions(response.message),
        );
      }
    }, retrying);
    return { ...outcome, deferred };
  }

  /** The one place errors are handled: log the real error, tell the user briefly. */
  async function handle(interaction: Interaction): Promise<void> {
    const started = performance.now();
    const request = requestOf(interaction);
    const command = request
      ? request.kind === 'button'
        ? 'button'
        : request.name
      : `type-${interaction.type}`;
    const base = {
      interaction: interaction.id,
      command,
      user: interaction.user.id,
      shard: client.shard?.ids ?? [0],
    };
    if (!request) {
      log.warn({ ...base, status: 'ignored' }, 'interaction of a kind this bot does not handle');
      return;
    }
    try {
      const { status, entry, summary, deferred } = await respond(interaction, request);
      log.info(
        {
          ...base,
          options: summary,
          status,
          entry,
          ...(deferred ? { deferred } : {}),
          latencyMs: Math.round(performance.now() - started),
        },
        'interaction',
      );
    } catch (error) {
      const latencyMs = Math.round(performance.now() - started);
      if (isUnanswerable(error)) {
        log.warn(
          { ...base, status: 'dropped', latencyMs, err: error },
          'interaction can no longer be answered; dropped',
        );
        return;
      }
      log.error({ ...base, status: 'error', latencyMs, err: error }, 'interaction failed');
      if (!interaction.isRepliable()) return;
      try {
        const note = {
          content: STRINGS.internalError,
          flags: 64 as const,
          allowedMentions: { parse: [] },
        };
        if (interaction.replied || interaction.deferred) await interaction.followUp(note);
        else await interaction.reply(note);
      } catch (followUpError) {
        log.warn({ ...base, err: followUpError }, 'could not tell the user about the error');
      }
    }
  }

  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting) return;
    const task = handle(interaction).finally(() => inFlight.delete(task));
    inFlight.add(task);
  });
  client.on(Events.ShardDisconnect, (event, shardId) =>
    log.warn({ shard: shardId, code: event.code }, 'gateway disconnected'),
  );
  client.on(Events.ShardReconnecting, (shardId) =>
    log.warn({ shard: shardId }, 'gateway reconnecting'),
  );
  client.on(Events.ShardResume, (shardId, replayed) =>
    log.info({ shard: shardId, replayed }, 'gateway resumed'),
  );
  client.on(Events.ShardError, (error, shardId) =>
    log.error({ shard: shardId, err: error }, 'gateway error'),
  );
  client.on(Events.Error, (error) => log.error({ err: error }, 'client error'));

  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) =>
        client.once(Events.ClientReady, () => resolve()),
      );
      await client.login(options.token);
      await ready;
      log.info(
        {
          user: client.user?.id,
          guilds: client.guilds.cache.size,
          shard: client.shard?.ids ?? [0],
        },
        'ready',
      );
    },
    async stop(graceMs = 4000) {
      accepting = false;
      const pending = [...inFlight];
      if (pending.length > 0) {
        log.info({ inFlight: pending.length }, 'finishing in-flight replies');
        await Promise.race([
          Promise.allSettled(pending),
          new Promise((resolve) => setTimeout(resolve, graceMs).unref()),
        ]);
      }
      await client.destroy();
      log.info('client destroyed');
    },
    inFlight: () => inFlight.size,
  };
}
