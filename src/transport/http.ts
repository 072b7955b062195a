import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { REST } from '@discordjs/rest';
import { InteractionResponseType, InteractionType, Routes } from 'discord-api-types/v10';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { DiscordMessage } from '../render/discord.js';
import { STRINGS } from '../strings.js';
import {
  DEFER_AFTER_MS,
  SLOW,
  handleInteraction,
  withDeadline,
  type InteractionDeps,
  type InteractionOutcome,
  type InteractionRequest,
} from './interactions.js';

/** Discord's request bodies are small; anything past this is refused unread. */
export const MAX_BODY_BYTES = 64 * 1024;
/** A signature timestamp further than this from now is a replay. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export interface HttpOptions extends InteractionDeps {
  /** The application's Ed25519 public key, hex (Developer Portal → General Information). */
  readonly publicKey: string;
  readonly clientId: string;
  readonly log: Logger;
  readonly metrics: Metrics;
  /** REST base for deferred edits and follow-ups (tests: the stand-in). */
  readonly apiUrl?: string | undefined;
  /** 200 on /healthz once this says the knowledge base is loaded. */
  readonly ready: () => boolean;
  readonly deferAfterMs?: number;
  readonly now?: () => number;
}

export interface HttpServer {
  readonly server: Server;
  /** Stops accepting, finishes requests and deferred edits in flight (up to `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

// DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function publicKeyFromHex(hex: string): KeyObject {
  const raw = Buffer.from(hex, 'hex');
  if (raw.length !== 32 || raw.toString('hex') !== hex.toLowerCase())
    throw new Error('the public key must be 64 hex characters');
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, raw]),
    format: 'der',
    type: 'spki',
  });
}

/**
 * The message data exactly as discord.js sends it for the same reply over the gateway (same
 * fields, same order), so both transports answer byte for byte alike.
 */
export function callbackData(message: DiscordMessage, withFlags = true): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (message.content !== undefined) data['content'] = message.content;
  data['tts'] = false;
  data['enforce_nonce'] = false;
  data['embeds'] = message.embeds;
  data['components'] = message.components;
  data['allowed_mentions'] = message.allowed_mentions;
  if (withFlags && message.flags !== undefined) data['flags'] = message.flags;
  return data;
}

interface RawOption {
  name?: unknown;
  value?: unknown;
  focused?: unknown;
}

interface RawInteraction {
  id?: unknown;
  type?: unknown;
  token?: unknown;
  data?: { name?: unknown; options?: RawOption[]; custom_id?: unknown };
  member?: { user?: { id?: unknown } };
  user?: { id?: unknown };
}

/** A snowflake or text field of the payload as a string ('' when it is anything else). */
function textOf(value: unknown): string {
  return typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : '';
}

function requestOf(body: RawInteraction): InteractionRequest | null {
  const userId = textOf(body.member?.user?.id) || textOf(body.user?.id) || 'unknown';
  const options: Record<string, string | boolean> = {};
  let focused: { name: string; value: string } | null = null;
  for (const option of Array.isArray(body.data?.options) ? body.data.options : []) {
    if (typeof option.name !== 'string') continue;
    const value = option.value;
    if (typeof value === 'string' || typeof value === 'boolean') options[option.name] = value;
    else if (typeof value === 'number') options[option.name] = String(value);
    if (option.focused === true) focused = { name: option.name, value: textOf(value) };
  }
  const name = typeof body.data?.name === 'string' ? body.data.name : '';
  if (body.type === InteractionType.ApplicationCommand)
    return { kind: 'command', name, options, userId };
  if (body.type === InteractionType.ApplicationCommandAutocomplete) {
    return { kind: 'autocomplete', name, focused: focused ?? { name: '', value: '' }, userId };
  }
  if (body.type === InteractionType.MessageComponent) {
    return {
      kind: 'button',
      customId: typeof body.data?.custom_id === 'string' ? body.data.custom_id : '',
      userId,
    };
  }
  return null;
}

function responseBody(outcome: InteractionOutcome): Record<string, unknown> {
  const { response } = outcome;
  if (response.type === 'autocomplete') {
    return {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: response.choices },
    };
  }
  if (response.type === 'update') {
    return {
      type: InteractionResponseType.UpdateMessage,
      data: callbackData(response.message, false),
    };
  }
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: callbackData(response.message),
  };
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json',
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Reads the body up to the limit; null (after answering 413) when it is larger. */
function readBody(req: IncomingMessage, res: ServerResponse): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        refused = true;
        res.setHeader('connection', 'close');
        send(res, 413, { error: 'body too large' });
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

/**
 * Discord's "Interactions Endpoint URL" transport: every interaction arrives as a signed POST and
 * is answered in the HTTP response itself, with the same handlers and renderer as the gateway.
 * Stateless but for the per-process cooldown: run as many replicas as needed.
 */
export function createHttpServer(options: HttpOptions): HttpServer {
  const { log, metrics } = options;
  const key = publicKeyFromHex(options.publicKey);
  const now = options.now ?? Date.now;
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {});
  const inFlight = new Set<Promise<unknown>>();
  let accepting = true;

  const track = <T>(promise: Promise<T>): Promise<T> => {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise)).catch(() => undefined);
    return promise;
  };

  async function interaction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > MAX_BODY_BYTES) {
      res.setHeader('connection', 'close');
      send(res, 413, { error: 'body too large' });
      req.resume();
      return;
    }
    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    const body = await readBody(req, res);
    if (body === null) return;
    if (
      typeof signature !== 'string' ||
      typeof timestamp !== 'string' ||
      !/^[0-9a-f]{128}$/i.test(signature)
    ) {
      send(res, 401, { error: 'missing or malformed signature' });
      return;
    }
    const signed = verify(
      null,
      Buffer.concat([Buffer.from(timestamp), body]),
      key,
      Buffer.from(signature, 'hex'),
    );
    if (!signed) {
      send(res, 401, { error: 'invalid request signature' });
      return;
    }
    const seconds = Number(timestamp);
    if (!Number.isFinite(seconds) || Math.abs(now() / 1000 - seconds) > MAX_CLOCK_SKEW_SECONDS) {
      send(res, 401, { error: 'stale timestamp' });
      return;
    }
    let raw: RawInteraction;
    try {
      raw = JSON.parse(body.toString('utf8')) as RawInteraction;
    } catch {
      send(res, 400, { error: 'body is not JSON' });
      return;
    }
    if (raw.type === InteractionType.Ping) {
      send(res, 200, { type: InteractionResponseType.Pong });
      return;
    }
    const request = typeof raw === 'object' && raw !== null ? requestOf(raw) : null;
    if (!request || typeof raw.token !== 'string') {
      send(res, 400, { error: 'not an interaction this bot handles' });
      return;
    }
    await answer(raw, raw.token, request, res);
  }

  async function answer(
    raw: RawInteraction,
    token: string,
    request: InteractionRequest,
    res: ServerResponse,
  ): Promise<void> {
    const started = performance.now();
    const command = request.kind === 'button' ? 'button' : request.name;
    const base = { interaction: textOf(raw.id), command, user: request.userId };
    const finish = (status: string, extra: Record<string, unknown> = {}) => {
      const latencyMs = Math.round(performance.now() - started);
      metrics.observe(command, status, latencyMs / 1000);
      log.info({ ...base, status, latencyMs, ...extra }, 'interaction');
    };
    try {
      const working = handleInteraction(request, options);
      const early = await withDeadline(working, options.deferAfterMs ?? DEFER_AFTER_MS);
      if (early !== SLOW) {
        send(res, 200, responseBody(early));
        finish(early.status, { options: early.summary, entry: early.entry });
        return;
      }
      // Discord's 3-second window: acknowledge now, edit the answer in through the REST API.
      const ephemeral = request.kind === 'command' && request.options['private'] === true;
      send(
        res,
        200,
        request.kind === 'button'
          ? { type: InteractionResponseType.DeferredMessageUpdate }
          : {
              type: InteractionResponseType.DeferredChannelMessageWithSource,
              ...(ephemeral ? { data: { flags: 64 } } : {}),
            },
      );
      const outcome = await track(working);
      if (outcome.response.type !== 'autocomplete') {
        await track(
          rest.patch(Routes.webhookMessage(options.clientId, token, '@original'), {
            body: callbackData(outcome.response.message, false),
            auth: false,
          }),
        );
      }
      finish(outcome.status, { options: outcome.summary, entry: outcome.entry, deferred: true });
    } catch (error) {
      log.error({ ...base, status: 'error', err: error }, 'interaction failed');
      metrics.observe(command, 'error', (performance.now() - started) / 1000);
      if (!res.headersSent) {
        send(res, 200, {
          type: InteractionResponseType.ChannelMessageWithSource,
          data: { content: STRINGS.internalError, flags: 64, allowed_mentions: { parse: [] } },
        });
      }
    }
  }

  const server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && url === '/healthz') {
      const ok = options.ready();
      send(res, ok ? 200 : 503, { status: ok ? 'ok' : 'loading' });
      return;
    }
    if (req.method === 'GET' && url === '/metrics') {
      metrics.knowledgeEntries.set(options.context.engine.knowledge.qa.length);
      void metrics.registry
        .metrics()
        .then((text) => send(res, 200, text, metrics.registry.contentType));
      return;
    }
    if (url !== '/interactions') {
      send(res, 404, { error: 'not found' });
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, { error: 'POST only' });
      return;
    }
    if (!accepting) {
      send(res, 503, { error: 'shutting down' });
      return;
    }
    void track(interaction(req, res)).catch((error: unknown) => {
      log.error({ err: error }, 'request failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    });
  });

  return {
    server,
    async stop(graceMs = 4000) {
      accepting = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.race([
        Promise.allSettled([...inFlight]).then(() => closed),
        new Promise((resolve) => setTimeout(resolve, graceMs).unref()),
      ]);
      server.closeAllConnections();
    },
  };
}
