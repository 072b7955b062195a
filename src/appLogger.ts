import type { DestinationStream } from 'pino';
import type { Config } from './config.js';
import { createLogger, type Logger } from './log.js';

/**
 * The process's logger: JSON lines, or pino-pretty when a person is watching a terminal in
 * development (pino-pretty is a dev dependency; production installs get JSON).
 */
export async function createAppLogger(
  config: Pick<Config, 'logLevel' | 'discordToken'>,
  fd: 1 | 2,
): Promise<Logger> {
  const secrets = [config.discordToken];
  const tty = fd === 1 ? process.stdout.isTTY : process.stderr.isTTY;
  if (tty && process.env['NODE_ENV'] !== 'production') {
    try {
      const { default: pretty } = await import('pino-pretty');
      const stream: DestinationStream = pretty({ colorize: true, destination: fd, sync: true });
      return createLogger({ level: config.logLevel, secrets, stream });
    } catch {
      // pino-pretty is not installed (production install): plain JSON it is.
    }
  }
  return createLogger({ level: config.logLevel, fd, secrets });
}

/** The invite link with the scopes this bot needs and no permissions (interactions need none). */
export function inviteUrl(clientId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${clientId}&scope=bot%20applications.commands&permissions=0`;
}
