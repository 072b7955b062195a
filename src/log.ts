import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Paths whose values never reach a log line. */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'config.discordToken',
  'headers.authorization',
  '*.headers.authorization',
];

export interface LoggerOptions {
  readonly level: string;
  /** 1 = stdout (the bot), 2 = stderr (console and CLI keep stdout for their output). */
  readonly fd?: 1 | 2;
  /** Strings that must never appear in a log line, wherever they hide (error messages, stacks). */
  readonly secrets?: readonly (string | undefined)[];
  /** Where lines go instead of a file descriptor (tests). */
  readonly stream?: DestinationStream;
}

/** `text` with every secret replaced by [redacted]. */
export function scrub(text: string, secrets: readonly (string | undefined)[]): string {
  let clean = text;
  for (const secret of secrets)
    if (secret && secret.length >= 8) clean = clean.split(secret).join('[redacted]');
  return clean;
}

/**
 * pino JSON lines. Besides path redaction, every finished line is scrubbed of the secrets, so a
 * token inside an error message or stack trace is caught too.
 */
export function createLogger(options: LoggerOptions): Logger {
  const target = options.stream ?? pino.destination({ fd: options.fd ?? 1, sync: true });
  const secrets = (options.secrets ?? []).filter(
    (s): s is string => typeof s === 'string' && s.length >= 8,
  );
  const stream: DestinationStream =
    secrets.length === 0
      ? target
      : {
          write(line: string) {
            target.write(scrub(line, secrets));
          },
        };
  return pino(
    { level: options.level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    stream,
  );
}
