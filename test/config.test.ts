import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig, requireVariables } from '../src/config.js';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../src/paths.js';

function problemsOf(env: NodeJS.ProcessEnv): string {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('readConfig', () => {
  it('needs nothing to run the console', () => {
    expect(readConfig({})).toEqual({
      discordToken: undefined,
      clientId: undefined,
      guildId: undefined,
      apiUrl: undefined,
      publicKey: undefined,
      httpHost: '0.0.0.0',
      httpPort: 8080,
      logLevel: 'info',
      cooldownSeconds: 3,
      shardCount: 'auto',
      knowledgeDir: KNOWLEDGE_DIR,
      analysisCacheDir: path.join(PROJECT_ROOT, 'node_modules', '.cache', 'soft-cell-desk'),
      missesFile: path.join(PROJECT_ROOT, 'data/misses.jsonl'),
      missesIncludeUser: false,
    });
  });

  it('keeps the analysis cache where ANALYSIS_CACHE_DIR says, or nowhere when it is off', () => {
    expect(readConfig({ ANALYSIS_CACHE_DIR: 'off' }).analysisCacheDir).toBeNull();
    expect(readConfig({ ANALYSIS_CACHE_DIR: 'OFF' }).analysisCacheDir).toBeNull();
    expect(readConfig({ ANALYSIS_CACHE_DIR: 'tmp/cache' }).analysisCacheDir).toBe(
      path.resolve('tmp/cache'),
    );
  });

  it('reads every Discord variable', () => {
    const config = readConfig({
      DISCORD_TOKEN: 'abc.def.ghi',
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:3000/api',
      COOLDOWN_SECONDS: '0.5',
      SHARD_COUNT: '2',
    });
    expect(config).toMatchObject({
      discordToken: 'abc.def.ghi',
      clientId: '123456789012345678',
      guildId: '223456789012345678',
      apiUrl: 'http://127.0.0.1:3000/api',
      cooldownSeconds: 0.5,
      shardCount: 2,
    });
  });

  it('treats blank variables as unset', () => {
    expect(readConfig({ DISCORD_TOKEN: '  ', LOG_LEVEL: '' }).discordToken).toBeUndefined();
  });

  it('names each malformed variable and where to set it, without echoing its value', () => {
    const message = problemsOf({
      LOG_LEVEL: 'loud-secret-value',
      DISCORD_TOKEN: 'not-a-token-secret',
      DISCORD_CLIENT_ID: 'abc',
      COOLDOWN_SECONDS: '-1',
      DISCORD_API_URL: 'ftp://x',
    });
    expect(message).toMatch(
      /LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent; set it in \.env/,
    );
    expect(message).toMatch(/DISCORD_TOKEN: does not look like a bot token/);
    expect(message).toMatch(/DISCORD_CLIENT_ID: must be a Discord id/);
    expect(message).toMatch(/COOLDOWN_SECONDS: must be 0 or more/);
    expect(message).toMatch(/DISCORD_API_URL: must be an http\(s\) URL/);
    expect(message).not.toContain('loud-secret-value');
    expect(message).not.toContain('not-a-token-secret');
  });

  it('names a variable a mode requires when it is missing', () => {
    expect(() =>
      requireVariables(readConfig({ DISCORD_TOKEN: 'abc.def.ghi' }), [
        'DISCORD_TOKEN',
        'DISCORD_CLIENT_ID',
      ]),
    ).toThrow(/DISCORD_CLIENT_ID: is required here; set it in \.env/);
  });

  it('resolves KNOWLEDGE_DIR', () => {
    expect(readConfig({ KNOWLEDGE_DIR: 'test/fixtures/kb-valid' }).knowledgeDir).toBe(
      path.resolve('test/fixtures/kb-valid'),
    );
  });
});
