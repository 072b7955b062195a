import { once } from 'node:events';
import {
  Client,
  DiscordAPIError,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  MessageFlags,
  REST,
  Routes,
  type Interaction,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStandIn, type StandIn } from './standIn.js';

const CALLBACK_PATH = /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/;

/** A tiny bot: what each interaction should make the real discord.js client send. */
async function answer(interaction: Interaction): Promise<void> {
  if (interaction.isChatInputCommand()) {
    if (interaction.commandName === 'ping') {
      await interaction.reply({ content: 'pong' });
    } else if (interaction.commandName === 'slow') {
      await interaction.deferReply();
      await interaction.editReply({ content: 'done, slowly' });
    } else if (interaction.commandName === 'ask') {
      const response = await interaction.reply({ content: 'an answer', withResponse: true });
      await interaction.followUp({ content: `replied as ${response.resource?.message?.id}` });
    } else if (interaction.commandName === 'echo') {
      await interaction.reply({ content: interaction.options.getString('text', true) });
      await interaction.followUp({ content: 'and a follow-up', flags: MessageFlags.Ephemeral });
    }
  } else if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused();
    const names = ['alpha', 'beta', 'alphabet'].filter((name) => name.startsWith(typed));
    await interaction.respond(names.map((name) => ({ name, value: name })));
  } else if (interaction.isButton()) {
    await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
  }
}

async function loggedInClient(
  standIn: StandIn,
  failures: unknown[],
  shards?: 'auto',
): Promise<Client> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: standIn.apiUrl },
    ...(shards ? { shards } : {}),
  });
  client.on(Events.InteractionCreate, (interaction) => {
    answer(interaction).catch((error: unknown) => failures.push(error));
  });
  client.on(Events.Error, (error) => failures.push(error));
  client.on(Events.ShardError, (error) => failures.push(error));
  const ready = once(client, Events.ClientReady);
  await client.login('test-token');
  await ready;
  return client;
}

describe('Discord stand-in, driven by the real discord.js client', () => {
  let standIn: StandIn;
  let client: Client | undefined;
  const failures: unknown[] = [];

  beforeAll(async () => {
    standIn = await startStandIn();
    client = await loggedInClient(standIn, failures);
  });
  afterAll(async () => {
    await client?.destroy(); // before close(), or the client reconnects forever
    await standIn?.close();
  });
  afterEach(() => {
    expect(failures).toEqual([]);
  });

  it('lets the client log in: gateway info, IDENTIFY → READY, heartbeat acked', async () => {
    expect(client?.user?.id).toBe(standIn.botUserId);
    expect(client?.application?.id).toBe(standIn.applicationId);
    expect(standIn.identifies).toEqual([
      expect.objectContaining({ token: 'test-token', shard: [0, 1] }),
    ]);
    expect(standIn.connections()).toBe(1);
    expect(standIn.requests.map((r) => `${r.method} ${r.path}`)).toContain(
      'GET /api/v10/gateway/bot',
    );
    // The stand-in asks for one heartbeat after READY; discord.js records the ack's latency.
    await vi.waitFor(() => expect(client?.ws.ping).toBeGreaterThanOrEqual(0));
  });

  it('records a reply to a chat input command as a type 4 callback', async () => {
    const { id } = standIn.chatInput('ping');
    const callback = await standIn.waitForCallback(id);
    expect(callback).toMatchObject({ interactionId: id, type: 4, data: { content: 'pong' } });
  });

  it('records deferReply as type 5 and editReply as a PATCH of @original', async () => {
    const { id, token } = standIn.chatInput('slow');
    expect((await standIn.waitForCallback(id)).type).toBe(5);
    const edit = await standIn.waitForRequest(
      (r) =>
        r.method === 'PATCH' &&
        r.path === `/api/v10/webhooks/${standIn.applicationId}/${token}/messages/@original`,
    );
    expect(edit.body).toMatchObject({ content: 'done, slowly' });
  });

  it('passes options through and records follow-ups', async () => {
    const { id, token } = standIn.chatInput('echo', [{ name: 'text', type: 3, value: 'hello' }]);
    expect((await standIn.waitForCallback(id)).data).toMatchObject({ content: 'hello' });
    const followUp = await standIn.waitForRequest(
      (r) =>
        r.method === 'POST' && r.path === `/api/v10/webhooks/${standIn.applicationId}/${token}`,
    );
    expect(followUp.body).toMatchObject({
      content: 'and a follow-up',
      flags: MessageFlags.Ephemeral,
    });
  });

  it('answers withResponse replies with the message discord.js expects', async () => {
    const { id, token } = standIn.chatInput('ask');
    const callback = await standIn.waitForCallback(id);
    const followUp = await standIn.waitForRequest((r) => r.path.endsWith(`/${token}`));
    const reply = await standIn.waitForRequest((r) => r.path.endsWith(`/${id}/${token}/callback`));
    expect(reply.query).toBe('with_response=true');
    expect(callback.data).toMatchObject({ content: 'an answer' });
    // the follow-up quotes the id discord.js read from the callback response's resource.message
    expect((followUp.body as { content: string }).content).toMatch(/^replied as \d{17,19}$/);
  });

  it('takes raw interactions, e.g. a command used in a DM', async () => {
    const { id } = standIn.sendInteraction({
      type: 2,
      data: { id: '1100000000000000010', name: 'ping', type: 1 },
      guild_id: undefined,
      member: undefined,
      user: { id: '1100000000000000011', username: 'dm-user', discriminator: '0', avatar: null },
      channel: { id: '1100000000000000012', type: 1 },
      channel_id: '1100000000000000012',
      context: 1,
      authorizing_integration_owners: { '1': '1100000000000000011' },
    });
    expect((await standIn.waitForCallback(id)).data).toMatchObject({ content: 'pong' });
  });

  it('records an autocomplete respond() as type 8', async () => {
    const { id } = standIn.autocomplete('search', [
      { name: 'query', type: 3, value: 'al', focused: true },
    ]);
    const callback = await standIn.waitForCallback(id);
    expect(callback.type).toBe(8);
    expect(callback.data).toEqual({
      choices: [
        { name: 'alpha', value: 'alpha' },
        { name: 'alphabet', value: 'alphabet' },
      ],
    });
  });

  it('records a button update() as type 7', async () => {
    const { id } = standIn.button('vote:yes');
    const callback = await standIn.waitForCallback(id);
    expect(callback).toMatchObject({
      type: 7,
      data: { content: 'clicked vote:yes', components: [] },
    });
  });

  it('rejects a second acknowledgement of the same interaction, as Discord does', async () => {
    const { id, token } = standIn.chatInput('ping');
    await standIn.waitForCallback(id);
    const rest = new REST({ api: standIn.apiUrl });
    const second = rest.post(Routes.interactionCallback(id, token), {
      body: { type: 4, data: { content: 'again' } },
      auth: false,
    });
    await expect(second).rejects.toMatchObject({ status: 400, code: 40060 });
    expect(standIn.callbacks.filter((c) => c.interactionId === id)).toHaveLength(1);
  });

  // @discordjs/rest retries any 5xx, interaction callbacks included (BurstHandler → handleErrors),
  // up to `retries` (3) times and immediately, without backoff.
  it('survives a 500 on the callback because @discordjs/rest retries it', async () => {
    standIn.failNext({ method: 'POST', path: CALLBACK_PATH }, 500, 1);
    const { id } = standIn.chatInput('ping');
    expect((await standIn.waitForCallback(id)).data).toMatchObject({ content: 'pong' });
    const attempts = standIn.requests.filter((r) =>
      r.path.startsWith(`/api/v10/interactions/${id}/`),
    );
    expect(attempts).toHaveLength(2);
  });

  it('waits out a 429 with Retry-After before the reply arrives', async () => {
    standIn.failNext({ method: 'POST', path: CALLBACK_PATH }, 429, 1, { retryAfterSeconds: 1 });
    const sentAt = Date.now();
    const { id } = standIn.chatInput('ping');
    const callback = await standIn.waitForCallback(id);
    expect(callback.at - sentAt).toBeGreaterThanOrEqual(1000);
    const attempts = standIn.requests.filter((r) =>
      r.path.startsWith(`/api/v10/interactions/${id}/`),
    );
    expect(attempts).toHaveLength(2);
  });

  it('answers REST calls a bot makes at startup, and 404s the rest', async () => {
    const rest = new REST({ api: standIn.apiUrl }).setToken('test-token');
    const body = [{ name: 'ping', description: 'Replies pong', type: 1 }];
    const registered = (await rest.put(Routes.applicationCommands(standIn.applicationId), {
      body,
    })) as { id: string; name: string }[];
    expect(registered.map((c) => c.name)).toEqual(['ping']);
    expect(registered[0]?.id).toMatch(/^\d{17,19}$/);
    await rest.put(Routes.applicationGuildCommands(standIn.applicationId, '1100000000000000001'), {
      body,
    });
    const puts = standIn.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.body)).toEqual([body, body]);
    expect(await rest.get(Routes.user())).toMatchObject({ id: standIn.botUserId, bot: true });

    const unknown = await rest.get('/nothing/here').catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(DiscordAPIError);
    expect(unknown).toMatchObject({ status: 404, code: 0 });
    expect(standIn.requests.at(-1)).toMatchObject({ method: 'GET', path: '/api/v10/nothing/here' });
  });

  it('lets the client resume after close code 4000, replaying what it missed', async () => {
    const connectionsBefore = standIn.identifies.length;
    standIn.closeGateway(4000);
    const missed = standIn.chatInput('ping'); // dispatched while the socket is down
    await vi.waitFor(() => expect(standIn.resumes).toBe(1), { timeout: 5_000 });
    expect((await standIn.waitForCallback(missed.id)).data).toMatchObject({ content: 'pong' });

    const after = standIn.chatInput('ping');
    expect((await standIn.waitForCallback(after.id)).data).toMatchObject({ content: 'pong' });
    expect(standIn.identifies).toHaveLength(connectionsBefore); // resumed, not re-identified
    expect(standIn.connections()).toBe(1);

    standIn.closeGateway(1006); // an abnormal drop (no close frame) also resumes
    await vi.waitFor(() => expect(standIn.resumes).toBe(2), { timeout: 5_000 });
    const afterDrop = standIn.chatInput('ping');
    expect((await standIn.waitForCallback(afterDrop.id)).type).toBe(4);
  });
});

describe('Discord stand-in with two shards', () => {
  it('identifies both shards and routes interactions by guild id', async () => {
    const standIn = await startStandIn({ shards: 2 });
    const failures: unknown[] = [];
    let client: Client | undefined;
    try {
      // discord.js runs `shardCount` (1) shards unless told 'auto'; only then does it use the
      // `shards` from GET /gateway/bot.
      client = await loggedInClient(standIn, failures, 'auto');
      await standIn.waitForReady(2);
      const shards = standIn.identifies.map((d) => (d as { shard: number[] }).shard);
      expect(shards.sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);

      const shardOf = new Map<string, number>();
      client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: { id: string }, shardId) => {
        shardOf.set(data.id, shardId);
      });
      // shard = (guild_id >> 22) % 2
      const guildOnShard = (shard: bigint): string => ((1000n + shard) << 22n).toString();
      const onZero = standIn.chatInput('ping', [], { guildId: guildOnShard(0n) });
      const onOne = standIn.chatInput('ping', [], { guildId: guildOnShard(1n) });
      await standIn.waitForCallback(onZero.id);
      await standIn.waitForCallback(onOne.id);
      expect([shardOf.get(onZero.id), shardOf.get(onOne.id)]).toEqual([0, 1]);
      expect(failures).toEqual([]);
    } finally {
      await client?.destroy();
      await standIn.close();
    }
  });
});
