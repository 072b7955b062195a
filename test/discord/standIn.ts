/**
 * A stand-in for Discord's REST API and gateway on 127.0.0.1, good enough for the real discord.js
 * `Client` (configured with `rest: { api: standIn.apiUrl }`) to log in, receive interactions and
 * answer them. One `node:http` server; the gateway is a WebSocket upgrade on `/gateway`.
 *
 * What it deliberately does like Discord, because discord.js (14.28) depends on it:
 * - `GET /gateway/bot` tells the client where the gateway is (and, only if the client has
 *   `shards: 'auto'`, how many shards to run; otherwise it runs `shardCount`, default 1);
 * - dispatches carry an increasing `s` per session, are kept, and are replayed on RESUME, so an
 *   interaction sent while the socket is down still arrives once the client resumes;
 * - an interaction can be acknowledged once (a second callback gets 400 / 40060), tokens must
 *   match, and `@original` exists only once there is something to edit (404 / 10008 before).
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import http, { STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

export interface RecordedRequest {
  method: string;
  /** decoded, without query, e.g. `/api/v10/webhooks/1/tok/messages/@original` */
  path: string;
  /** the raw query string, without `?` */
  query: string;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  at: number;
}
export interface InteractionCallback {
  interactionId: string;
  type: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever the bot sent
  data: any;
  at: number;
}
export interface StandInOptions {
  shards?: number;
  applicationId?: string;
}
type OptionValue = { name: string; type: number; value: unknown; focused?: boolean };
type Extra = { userId?: string; guildId?: string };
type Sent = { id: string; token: string };
export interface StandIn {
  readonly apiUrl: string;
  readonly applicationId: string;
  readonly botUserId: string;
  readonly requests: RecordedRequest[];
  readonly callbacks: InteractionCallback[];
  readonly identifies: unknown[];
  readonly resumes: number;
  connections(): number;
  waitForReady(count?: number, timeoutMs?: number): Promise<void>;
  sendInteraction(raw: Record<string, unknown>): Sent;
  chatInput(name: string, options?: OptionValue[], extra?: Extra): Sent;
  autocomplete(name: string, options: OptionValue[], extra?: Extra): Sent;
  button(customId: string, extra?: Extra): Sent;
  waitForCallback(interactionId: string, timeoutMs?: number): Promise<InteractionCallback>;
  waitForRequest(
    predicate: (r: RecordedRequest) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedRequest>;
  failNext(
    match: { method?: string; path: RegExp },
    status: number,
    times: number,
    options?: { retryAfterSeconds?: number; body?: unknown },
  ): void;
  closeGateway(code: number): void;
  /** Forgets recorded requests, callbacks and answered interactions (long soak runs). */
  forget(): void;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;
interface Session {
  id: string;
  token: unknown;
  shard: [number, number];
  seq: number;
  socket: WebSocket | undefined;
  /** every dispatch of the session, for replay on RESUME */
  sent: { s: number; payload: string }[];
}
interface LiveInteraction {
  id: string;
  token: string;
  type: number;
  channelId: string;
  acknowledged: boolean;
  /** '@original' and follow-ups by id */
  messages: Map<string, Json>;
}
interface Fault {
  method: string | undefined;
  path: RegExp;
  status: number;
  remaining: number;
  retryAfterSeconds: number | undefined;
  body: unknown;
}
type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

const DISCORD_EPOCH = 1_420_070_400_000n;
// Discord's own value; a short one makes a test that blocks the event loop look like a zombie.
const HEARTBEAT_INTERVAL_MS = 41_250;
const DEFAULT_GUILD_ID = '1100000000000000001';
const DEFAULT_CHANNEL_ID = '1100000000000000002';
const DEFAULT_USER_ID = '1100000000000000003';
const PERMISSIONS = '2248473465835073'; // an ordinary member's bits (view, send, embed, history…)
const MESSAGE_FIELDS = ['content', 'embeds', 'components', 'flags', 'tts', 'poll'] as const;
const EPHEMERAL = 64;
const LOADING = 128;

let lastSnowflake = 0n;
/** Real-looking 19-digit snowflakes (timestamp << 22), unique within the process. */
function snowflake(): string {
  const fromClock = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
  lastSnowflake = fromClock > lastSnowflake ? fromClock : lastSnowflake + 1n;
  return lastSnowflake.toString();
}

const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function user(id: string, bot = false): Json {
  const name = bot ? 'stand-in-bot' : `user${id.slice(-4)}`;
  return {
    id,
    username: name,
    global_name: name,
    discriminator: '0',
    avatar: null,
    bot,
    public_flags: 0,
  };
}

function messageFields(data: unknown): Json {
  const out: Json = {};
  if (isJson(data))
    for (const key of MESSAGE_FIELDS) if (data[key] !== undefined) out[key] = data[key];
  return out;
}

const error = (status: number, code: number, message: string): Reply => ({
  status,
  body: { message, code },
});

export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const shardCount = options.shards ?? 1;
  const applicationId = options.applicationId ?? snowflake();
  const botUserId = applicationId; // for current bots the bot user's id is the application id
  const botUser = user(botUserId, true);

  const requests: RecordedRequest[] = [];
  const callbacks: InteractionCallback[] = [];
  const identifies: unknown[] = [];
  let resumes = 0;
  let readySessions = 0;
  let closed = false;
  const sessions = new Map<string, Session>();
  const sockets = new Set<WebSocket>();
  const interactions = new Map<string, LiveInteraction>();
  const byToken = new Map<string, LiveInteraction>();
  const commands = new Map<string, Json[]>(); // by scope: 'global' or a guild id
  const commandIds = new Map<string, string>();
  const faults: Fault[] = [];
  const changes = new EventEmitter().setMaxListeners(0); // 'change' after anything recorded

  const server = http.createServer((req, res) => {
    handleHttp(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, { status: 500, body: { message: String(err), code: 0 } });
    });
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/gateway') return void socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => onGateway(ws));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `127.0.0.1:${port}`;
  const gatewayUrl = `ws://${origin}/gateway`; // the client appends ?v=10&encoding=json

  // ---- REST -------------------------------------------------------------------------------

  function send(res: http.ServerResponse, reply: Reply): void {
    const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      ...(text ? { 'content-type': 'application/json' } : {}),
      ...reply.headers,
    });
    res.end(text);
  }

  async function readBody(req: http.IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    if (raw.length === 0) return undefined;
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('multipart/form-data')) {
      // Messages with files arrive as multipart: the JSON is in payload_json, the files beside it.
      const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
      const json = form.get('payload_json');
      const files = [...form.entries()]
        .filter(([key]) => key !== 'payload_json')
        .map(([key, value]) => (typeof value === 'string' ? key : value.name));
      return { ...(typeof json === 'string' ? (JSON.parse(json) as Json) : {}), files };
    }
    const text = raw.toString('utf8');
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }

  async function handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${origin}`);
    const path = url.pathname.split('/').map(decodeSegment).join('/');
    const method = (req.method ?? 'GET').toUpperCase();
    const request: RecordedRequest = {
      method,
      path,
      query: url.search.slice(1),
      body: await readBody(req),
      headers: { ...req.headers },
      at: Date.now(),
    };
    requests.push(request);
    const fault = takeFault(method, path);
    send(
      res,
      fault
        ? faultReply(fault)
        : route(method, path.replace(/^\/api\/v\d+/, ''), url, request.body),
    );
    changes.emit('change');
  }

  function decodeSegment(segment: string): string {
    try {
      return decodeURIComponent(segment); // discord.js sends @original as %40original
    } catch {
      return segment;
    }
  }

  function takeFault(method: string, path: string): Fault | undefined {
    const fault = faults.find((f) => {
      f.path.lastIndex = 0; // a /g or /y regex keeps state between test() calls
      return (f.method === undefined || f.method.toUpperCase() === method) && f.path.test(path);
    });
    if (fault && --fault.remaining <= 0) faults.splice(faults.indexOf(fault), 1);
    return fault;
  }

  function faultReply(fault: Fault): Reply {
    if (fault.status !== 429) {
      const message = STATUS_CODES[fault.status] ?? 'Error';
      return { status: fault.status, body: fault.body ?? { message, code: 0 } };
    }
    // @discordjs/rest reads the Retry-After header (seconds); the body is what Discord also sends.
    const seconds = fault.retryAfterSeconds ?? 1;
    return {
      status: 429,
      headers: { 'retry-after': String(seconds), 'x-ratelimit-scope': 'user' },
      body: fault.body ?? {
        message: 'You are being rate limited.',
        retry_after: seconds,
        global: false,
      },
    };
  }

  function route(method: string, path: string, url: URL, body: unknown): Reply {
    let m: RegExpExecArray | null;
    const ok = (json: unknown): Reply => ({ status: 200, body: json });

    if (method === 'GET' && path === '/gateway/bot') {
      // max_concurrency = shards lets every shard identify at once; with 1, @discordjs/ws spaces
      // identifies 5 s apart.
      const limit = { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: shardCount };
      return ok({ url: gatewayUrl, shards: shardCount, session_start_limit: limit });
    }
    if (method === 'GET' && path === '/gateway') return ok({ url: gatewayUrl });
    if (method === 'GET' && path === '/users/@me') return ok(botUser);
    if (method === 'GET' && path === '/applications/@me') {
      return ok({ id: applicationId, name: 'stand-in', description: '', flags: 0, bot: botUser });
    }

    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      if (m[1] !== applicationId) return error(404, 10002, 'Unknown Application');
      const scope = m[2] ?? 'global';
      if (method === 'GET') return ok(commands.get(scope) ?? []);
      if (method !== 'PUT') return error(405, 0, '405: Method Not Allowed');
      const list = (Array.isArray(body) ? body : []).filter(isJson).map((command) => {
        const id = commandIds.get(String(command.name)) ?? snowflake();
        commandIds.set(String(command.name), id); // so interactions carry the registered id
        const guild = m?.[2] === undefined ? {} : { guild_id: m[2] };
        return {
          id,
          application_id: applicationId,
          version: snowflake(),
          type: 1,
          default_member_permissions: null,
          nsfw: false,
          ...guild,
          ...command,
        };
      });
      commands.set(scope, list);
      return ok(list);
    }

    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      const interaction = interactions.get(m[1] ?? '');
      if (!interaction || interaction.token !== m[2])
        return error(404, 10062, 'Unknown interaction');
      if (interaction.acknowledged)
        return error(400, 40060, 'Interaction has already been acknowledged.');
      interaction.acknowledged = true;
      const type = isJson(body) ? Number(body.type) : 0;
      const data = isJson(body) ? body.data : undefined;
      const flags = isJson(data) && typeof data.flags === 'number' ? data.flags : 0;
      if (type === 4) interaction.messages.set('@original', message(interaction.channelId, data));
      if (type === 5)
        interaction.messages.set(
          '@original',
          message(interaction.channelId, { flags: flags | LOADING }),
        );
      const original = interaction.messages.get('@original');
      if (type === 7 && original)
        Object.assign(original, messageFields(data), {
          edited_timestamp: new Date().toISOString(),
        });
      callbacks.push({ interactionId: interaction.id, type, data, at: Date.now() });
      if (url.searchParams.get('with_response') !== 'true') return { status: 204 };
      const withMessage = [4, 5, 7].includes(type) && original !== undefined;
      return ok({
        interaction: {
          id: interaction.id,
          type: interaction.type,
          response_message_id: withMessage ? original.id : undefined,
          response_message_loading: type === 5,
          response_message_ephemeral: (flags & EPHEMERAL) !== 0,
        },
        resource: withMessage ? { type, message: original } : { type },
      });
    }

    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path))) {
      const interaction = byToken.get(m[2] ?? '');
      if (m[1] !== applicationId || !interaction) return error(404, 10015, 'Unknown Webhook');
      const messageId = m[3];
      if (messageId === undefined) {
        if (method !== 'POST') return error(405, 0, '405: Method Not Allowed');
        const followUp = message(interaction.channelId, body); // a follow-up
        interaction.messages.set(String(followUp.id), followUp);
        return ok(followUp);
      }
      const key =
        messageId === '@original'
          ? messageId
          : [...interaction.messages].find(([, msg]) => msg.id === messageId)?.[0];
      const target = key === undefined ? undefined : interaction.messages.get(key);
      if (key === undefined || !target) return error(404, 10008, 'Unknown Message');
      if (method === 'GET') return ok(target);
      if (method === 'DELETE') interaction.messages.delete(key);
      if (method === 'DELETE') return { status: 204 };
      if (method !== 'PATCH') return error(405, 0, '405: Method Not Allowed');
      // an edit ends the "is thinking…" state of a deferred reply
      const flags = typeof target.flags === 'number' ? target.flags & ~LOADING : 0;
      Object.assign(target, { flags }, messageFields(body), {
        edited_timestamp: new Date().toISOString(),
      });
      return ok(target);
    }

    return error(404, 0, 'Unknown');
  }

  function message(channelId: string, data: unknown): Json {
    return {
      id: snowflake(),
      type: 0,
      channel_id: channelId,
      author: botUser,
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      flags: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      webhook_id: applicationId,
      application_id: applicationId,
      ...messageFields(data),
    };
  }

  // ---- gateway ----------------------------------------------------------------------------

  function dispatch(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const payload = JSON.stringify({ op: 0, t, s: session.seq, d });
    session.sent.push({ s: session.seq, payload });
    if (session.sent.length > 1000) session.sent.shift();
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(payload);
  }

  function onGateway(ws: WebSocket): void {
    sockets.add(ws);
    ws.on('error', () => {}); // resets from a destroyed client are expected
    ws.on('close', () => {
      sockets.delete(ws);
      for (const session of sessions.values())
        if (session.socket === ws) session.socket = undefined;
      changes.emit('change');
    });
    ws.send(
      JSON.stringify({
        op: 10,
        s: null,
        t: null,
        d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS },
      }),
    );
    ws.on('message', (raw: Buffer) => {
      let packet: unknown;
      try {
        packet = JSON.parse(raw.toString('utf8'));
      } catch {
        return void ws.close(4002, 'Error while decoding payload.');
      }
      if (!isJson(packet)) return;
      const d = isJson(packet.d) ? packet.d : {};
      if (packet.op === 1) ws.send(JSON.stringify({ op: 11, s: null, t: null, d: null }));
      if (packet.op === 2) identify(ws, d);
      if (packet.op === 6) resume(ws, d);
      // presence (3), voice (4), member requests (8): accepted and ignored
    });
  }

  function identify(ws: WebSocket, d: Json): void {
    identifies.push(d);
    const [shardId = 0, count = 1] = Array.isArray(d.shard) ? (d.shard as number[]) : [];
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      token: d.token,
      shard: [shardId, count],
      seq: 0,
      socket: ws,
      sent: [],
    };
    sessions.set(session.id, session);
    // guilds: [] makes discord.js ready at once instead of waiting for GUILD_CREATEs; it reads
    // `application` for client.application and `shard` to tell shards apart.
    dispatch(session, 'READY', {
      v: 10,
      user: { ...botUser, verified: true, mfa_enabled: false, flags: 0 },
      guilds: [],
      session_id: session.id,
      resume_gateway_url: gatewayUrl, // where @discordjs/ws reconnects to resume
      shard: session.shard,
      application: { id: applicationId, flags: 0 },
    });
    // Discord may ask for a heartbeat (op 1); doing it once here exercises the op 1 / op 11 path
    // (client.ws.ping becomes ≥ 0) without waiting out the 41 s interval.
    ws.send(JSON.stringify({ op: 1, s: null, t: null, d: null }));
    readySessions += 1;
    changes.emit('change');
  }

  function resume(ws: WebSocket, d: Json): void {
    resumes += 1;
    const session = sessions.get(String(d.session_id));
    if (!session || session.token !== d.token) {
      // invalid session, not resumable: the client re-identifies
      ws.send(JSON.stringify({ op: 9, s: null, t: null, d: false }));
      return;
    }
    if (session.socket && session.socket !== ws) session.socket.terminate();
    session.socket = ws;
    const after = typeof d.seq === 'number' ? d.seq : 0;
    for (const { s, payload } of session.sent) if (s > after) ws.send(payload);
    dispatch(session, 'RESUMED', { _trace: ['stand-in'] });
    changes.emit('change');
  }

  /** The newest session of the shard Discord would route this guild's events to. */
  function sessionFor(guildId: unknown): Session {
    const all = [...sessions.values()];
    const count = all.at(-1)?.shard[1] ?? shardCount;
    const shardId =
      typeof guildId === 'string' && /^\d+$/.test(guildId)
        ? Number((BigInt(guildId) >> 22n) % BigInt(count))
        : 0;
    const session = all.filter((s) => s.shard[0] === shardId).at(-1);
    if (!session)
      throw new Error(
        `stand-in: no gateway session for shard ${shardId} yet — await waitForReady() first`,
      );
    return session;
  }

  // ---- interactions -----------------------------------------------------------------------

  function interaction(raw: Json, extra: Extra = {}): Sent {
    const guildId =
      extra.guildId ?? (typeof raw.guild_id === 'string' ? raw.guild_id : DEFAULT_GUILD_ID);
    const channel = { id: DEFAULT_CHANNEL_ID, type: 0, guild_id: guildId, name: 'general' };
    const member = {
      user: user(extra.userId ?? DEFAULT_USER_ID),
      roles: [],
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      permissions: PERMISSIONS, // becomes interaction.memberPermissions
    };
    const payload: Json = {
      id: snowflake(),
      token: `stand-in.${randomBytes(24).toString('base64url')}`,
      application_id: applicationId,
      type: 2,
      version: 1,
      guild_id: guildId,
      channel_id: channel.id, // discord.js reads channel.id; Discord sends both
      channel,
      member,
      app_permissions: PERMISSIONS,
      locale: 'en-US',
      guild_locale: 'en-US',
      context: 0,
      attachment_size_limit: 26_214_400,
      // discord.js reads both unconditionally; without them its socket handler throws.
      entitlements: [],
      authorizing_integration_owners: { '0': guildId },
      // raw wins: `{ guild_id: undefined, member: undefined, user }` is a DM (undefined isn't sent)
      ...raw,
    };
    const live: LiveInteraction = {
      id: String(payload.id),
      token: String(payload.token),
      type: Number(payload.type),
      channelId: String(
        payload.channel_id ?? (isJson(payload.channel) ? payload.channel.id : DEFAULT_CHANNEL_ID),
      ),
      acknowledged: false,
      messages: new Map(),
    };
    // for a component, @original is the message the component is on
    if (isJson(payload.message)) live.messages.set('@original', payload.message);
    const session = sessionFor(payload.guild_id);
    interactions.set(live.id, live);
    byToken.set(live.token, live);
    dispatch(session, 'INTERACTION_CREATE', payload);
    return { id: live.id, token: live.token };
  }

  function commandData(
    name: string,
    options: OptionValue[] | undefined,
    guildId: string | undefined,
  ): Json {
    const id = commandIds.get(name) ?? snowflake();
    commandIds.set(name, id);
    return {
      id,
      name,
      type: 1,
      ...(options?.length ? { options } : {}),
      ...(guildId ? { guild_id: guildId } : {}),
    };
  }

  function waitFor<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const check = (): void => {
        try {
          const value = find();
          if (value !== undefined) finish(() => resolve(value));
        } catch (err) {
          // a throwing predicate fails the wait, not the server's request handling
          finish(() => reject(err instanceof Error ? err : new Error(String(err))));
        }
      };
      const onClose = (): void =>
        finish(() => reject(new Error(`stand-in closed while waiting for ${what}`)));
      const timer = setTimeout(() => {
        const recent = requests.slice(-5).map((r) => `${r.method} ${r.path}`);
        const message = `stand-in: timed out after ${timeoutMs} ms waiting for ${what}`;
        finish(() => reject(new Error(`${message} (last requests: ${recent.join(', ')})`)));
      }, timeoutMs);
      const finish = (settle: () => void): void => {
        clearTimeout(timer);
        changes.off('change', check).off('close', onClose);
        settle();
      };
      changes.on('change', check).on('close', onClose);
    });
  }

  return {
    apiUrl: `http://${origin}/api`,
    applicationId,
    botUserId,
    requests,
    callbacks,
    identifies,
    get resumes() {
      return resumes;
    },
    connections: () => [...sockets].filter((ws) => ws.readyState === WebSocket.OPEN).length,
    waitForReady: async (count = 1, timeoutMs = 5_000) => {
      await waitFor(
        () => (readySessions >= count ? true : undefined),
        timeoutMs,
        `${count} READY session(s)`,
      );
    },
    sendInteraction: (raw) => interaction(raw),
    chatInput: (name, options, extra = {}) =>
      interaction({ type: 2, data: commandData(name, options, extra.guildId) }, extra),
    autocomplete: (name, options, extra = {}) =>
      interaction({ type: 4, data: commandData(name, options, extra.guildId) }, extra),
    button: (customId, extra = {}) => {
      const msg = message(DEFAULT_CHANNEL_ID, {
        content: 'A message with a button',
        components: [
          { type: 1, components: [{ type: 2, style: 1, label: 'Button', custom_id: customId }] },
        ],
      });
      return interaction(
        { type: 3, data: { custom_id: customId, component_type: 2 }, message: msg },
        extra,
      );
    },
    waitForCallback: (interactionId, timeoutMs = 5_000) =>
      waitFor(
        () => callbacks.find((c) => c.interactionId === interactionId),
        timeoutMs,
        `a callback for interaction ${interactionId}`,
      ),
    waitForRequest: (predicate, timeoutMs = 5_000) =>
      waitFor(() => requests.find(predicate), timeoutMs, 'a matching request'),
    failNext: (match, status, times, opts = {}) => {
      if (times > 0)
        faults.push({
          method: match.method,
          path: match.path,
          status,
          remaining: times,
          retryAfterSeconds: opts.retryAfterSeconds,
          body: opts.body,
        });
    },
    closeGateway: (code) => {
      // ws refuses to send 1005/1006 (they mean "no close frame"); a dropped socket is a 1006.
      for (const ws of sockets)
        if (code === 1006) ws.terminate();
        else ws.close(code);
    },
    forget: () => {
      requests.length = 0;
      callbacks.length = 0;
      for (const [id, live] of interactions) {
        if (!live.acknowledged) continue;
        interactions.delete(id);
        byToken.delete(live.token);
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      changes.emit('close');
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections(); // undici keeps connections alive; close() would wait for them
      await new Promise<void>((resolve, reject) =>
        server.close((err) => (err ? reject(err) : resolve())),
      );
    },
  };
}
