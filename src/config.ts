import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_ANALYSIS_CACHE_DIR } from './analysisCache.js';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from './paths.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');

const envSchema = z.object({
  DISCORD_TOKEN: z
    .string()
    .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'does not look like a bot token (three dot-separated parts)')
    .optional(),
  DISCORD_CLIENT_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be the 64-character hex public key')
    .optional(),
  HTTP_HOST: z.string().trim().min(1).default('0.0.0.0'),
  HTTP_PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be 0–65535')
    .max(65535, 'must be 0–65535')
    .default(8080),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://127.0.0.1:3000/api' })
    .optional(),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
  COOLDOWN_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .min(0, 'must be 0 or more')
    .max(3600, 'must be at most 3600')
    .default(3),
  SHARD_COUNT: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(1000)], {
      error: 'must be "auto" or a whole number from 1',
    })
    .default('auto'),
  KNOWLEDGE_DIR: z.string().trim().min(1).optional(),
  ANALYSIS_CACHE_DIR: z.string().trim().min(1).optional(),
  MISSES_FILE: z.string().trim().min(1).default('data/misses.jsonl'),
  MISSES_INCLUDE_USER: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false'),
});

export interface Config {
  readonly discordToken: string | undefined;
  readonly clientId: string | undefined;
  readonly guildId: string | undefined;
  readonly apiUrl: string | undefined;
  readonly publicKey: string | undefined;
  readonly httpHost: string;
  readonly httpPort: number;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly cooldownSeconds: number;
  readonly shardCount: 'auto' | number;
  readonly knowledgeDir: string;
  /** Where built analyses are kept between starts; null: not kept (ANALYSIS_CACHE_DIR=off). */
  readonly analysisCacheDir: string | null;
  readonly missesFile: string;
  readonly missesIncludeUser: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const WHERE = 'set it in .env (see .env.example) or in the environment';

/** Validates the environment. Blank variables count as unset. Never echoes a value. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}; ${WHERE}`),
    );
  }
  const data = result.data;
  return {
    discordToken: data.DISCORD_TOKEN,
    clientId: data.DISCORD_CLIENT_ID,
    guildId: data.DISCORD_GUILD_ID,
    apiUrl: data.DISCORD_API_URL,
    publicKey: data.DISCORD_PUBLIC_KEY,
    httpHost: data.HTTP_HOST,
    httpPort: data.HTTP_PORT,
    logLevel: data.LOG_LEVEL,
    cooldownSeconds: data.COOLDOWN_SECONDS,
    shardCount: data.SHARD_COUNT,
    knowledgeDir: data.KNOWLEDGE_DIR ? path.resolve(data.KNOWLEDGE_DIR) : KNOWLEDGE_DIR,
    analysisCacheDir:
      data.ANALYSIS_CACHE_DIR === undefined
        ? DEFAULT_ANALYSIS_CACHE_DIR
        : data.ANALYSIS_CACHE_DIR.toLowerCase() === 'off'
          ? null
          : path.resolve(data.ANALYSIS_CACHE_DIR),
    missesFile: path.resolve(PROJECT_ROOT, data.MISSES_FILE),
    missesIncludeUser: data.MISSES_INCLUDE_USER === 'true',
  };
}

/** The variables a mode cannot run without; throws naming each one missing. */
export function requireVariables(
  config: Config,
  names: readonly ('DISCORD_TOKEN' | 'DISCORD_CLIENT_ID' | 'DISCORD_PUBLIC_KEY')[],
): void {
  const value = {
    DISCORD_TOKEN: config.discordToken,
    DISCORD_CLIENT_ID: config.clientId,
    DISCORD_PUBLIC_KEY: config.publicKey,
  };
  const missing = names.filter((name) => value[name] === undefined);
  if (missing.length > 0)
    throw new ConfigError(missing.map((name) => `${name}: is required here; ${WHERE}`));
}

/** Loads `.env` from the project root into process.env when present (values already set win). */
export function loadDotEnv(file = path.join(PROJECT_ROOT, '.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
