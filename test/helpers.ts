import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../src/log.js';
import { COMMANDS, COMMANDS_BY_NAME } from '../src/commands.js';
import type { Reply } from '../src/reply.js';
import { STRINGS } from '../src/strings.js';
import type { CommandContext } from '../src/command.js';
import { buildEngine, type Engine } from '../src/engine/engine.js';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.js';
import type { Knowledge } from '../src/knowledge/schema.js';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../src/paths.js';

export const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures');

export function loadOrThrow(dir: string): Knowledge {
  const result = loadKnowledge(dir);
  if (!result.ok) throw new Error(`fixture ${dir} does not load: ${JSON.stringify(result.errors)}`);
  return result.knowledge;
}

let realEngine: Engine | undefined;
/** The engine over the project's real knowledge base (built once per test file). */
export function realKnowledgeEngine(): Engine {
  realEngine ??= buildEngine(loadOrThrow(KNOWLEDGE_DIR));
  return realEngine;
}

/** The id of the entry `engine` answers `question` from, or the engine's status. */
export function answeredId(engine: Engine, question: string): string {
  const result = engine.ask(question);
  return result.status === 'answered' && result.kind === 'entry' ? result.entry.id : result.status;
}

/** The id of the entry that answers `question` on the real knowledge base, or the engine's status. */
export function answeredBy(question: string): string {
  return answeredId(realKnowledgeEngine(), question);
}

/** Engine options that switch the logistic second opinion off. */
export const WITHOUT_LOGISTIC = {
  logisticDoubt: -1,
  logisticNearMiss: 2,
  logisticOutOfScope: 2,
} as const;

export function contextFor(engine: Engine, random?: () => number): CommandContext {
  return random ? { engine, commands: COMMANDS, random } : { engine, commands: COMMANDS };
}

/** Environment for a child process: loopback-only networking, like the tests themselves. */
export function guardedChildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const guard = path.join(PROJECT_ROOT, 'test/setup/networkGuard.mjs');
  const nodeOptions = [process.env['NODE_OPTIONS'] ?? '', `--import=${guard}`].join(' ').trim();
  return {
    ...process.env,
    DISCORD_TOKEN: '',
    NODE_OPTIONS: nodeOptions,
    NODE_ENV: 'test',
    ...extra,
  };
}

/** Runs one of the built-in commands, which answer synchronously, and returns its reply. */
export function runNow(
  name: string,
  options: Record<string, string | boolean | undefined>,
  context: CommandContext,
): Reply {
  const command = COMMANDS_BY_NAME.get(name);
  if (!command) return { kind: 'invalid', message: STRINGS.unknownCommand(name), ephemeral: true };
  const reply = command.execute(options, context);
  if (reply instanceof Promise) throw new Error(`/${name} answered asynchronously`);
  return reply;
}

/** A logger whose JSON lines tests can read back (raw text and parsed). */
export function captureLog(
  level = 'info',
  secrets: readonly string[] = [],
): {
  readonly log: Logger;
  readonly raw: string[];
  readonly lines: Record<string, unknown>[];
} {
  const raw: string[] = [];
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line = chunk.toString();
      raw.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger({ level, stream, secrets }), raw, lines };
}

/** A logger that writes nowhere. */
export function silentLog(): Logger {
  return createLogger({
    level: 'silent',
    stream: new Writable({ write: (_chunk, _encoding, done) => done() }),
  });
}
