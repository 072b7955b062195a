import { appendFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from './log.js';
import type { Reply } from './reply.js';

/** One question the bot could not answer well, for curators. No user data unless asked for. */
export interface MissRecord {
  readonly time: string;
  readonly question: string;
  readonly status: 'no_match' | 'low_confidence';
  readonly confidence: number;
  /** The closest entry: the low-confidence answer's entry, or the first suggestion. */
  readonly best: string | null;
  readonly user?: string;
}

/** Answers below this confidence are logged as well as "not in the reports". */
export const LOW_CONFIDENCE = 0.65;

/** What of a reply to /ask belongs in the misses log, if anything. */
export function missOf(reply: Reply): Omit<MissRecord, 'time' | 'user'> | null {
  if (reply.kind === 'no_match') {
    return {
      question: reply.question,
      status: 'no_match',
      confidence: reply.confidence,
      best: reply.suggestions[0]?.id ?? null,
    };
  }
  if (reply.kind === 'answer' && reply.confidence < LOW_CONFIDENCE) {
    return {
      question: reply.question,
      status: 'low_confidence',
      confidence: reply.confidence,
      best: reply.entryId,
    };
  }
  return null;
}

export interface MissesLogOptions {
  readonly file: string;
  /** Rotate to `<file>.1` past this size, so the log never fills the disk (at most twice this). */
  readonly maxBytes?: number;
  readonly includeUser?: boolean;
  readonly log?: Logger;
}

/** An append-only JSON Lines log of misses, capped by rotation. */
export class MissesLog {
  readonly #file: string;
  readonly #maxBytes: number;
  readonly #includeUser: boolean;
  readonly #log: Logger | undefined;
  #bytes: number | undefined;

  constructor(options: MissesLogOptions) {
    this.#file = options.file;
    this.#maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
    this.#includeUser = options.includeUser ?? false;
    this.#log = options.log;
  }

  get file(): string {
    return this.#file;
  }

  record(reply: Reply, userId?: string): void {
    const miss = missOf(reply);
    if (!miss) return;
    const record: MissRecord = {
      time: new Date().toISOString(),
      ...miss,
      ...(this.#includeUser && userId ? { user: userId } : {}),
    };
    const line = `${JSON.stringify(record)}\n`;
    try {
      if (this.#bytes === undefined) {
        mkdirSync(path.dirname(this.#file), { recursive: true });
        this.#bytes = existsSync(this.#file) ? statSync(this.#file).size : 0;
      }
      if (this.#bytes + line.length > this.#maxBytes) {
        renameSync(this.#file, `${this.#file}.1`);
        this.#bytes = 0;
      }
      appendFileSync(this.#file, line);
      this.#bytes += Buffer.byteLength(line);
    } catch (error) {
      // Losing a log line must never cost a user their answer.
      this.#log?.warn({ err: error, file: this.#file }, 'could not write to the misses log');
    }
  }
}
