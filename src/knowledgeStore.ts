import { watch, type FSWatcher } from 'node:fs';
import { buildEngine, type AnalysisCache, type Engine } from './engine/engine.js';
import { formatKnowledgeError, loadKnowledge } from './knowledge/loadKnowledge.js';
import type { Logger } from './log.js';

export type ReloadResult =
  | {
      readonly ok: true;
      readonly before: KnowledgeCounts;
      readonly after: KnowledgeCounts;
      readonly ms: number;
    }
  | { readonly ok: false; readonly errors: readonly string[]; readonly ms: number };

export interface KnowledgeCounts {
  readonly entries: number;
  readonly quotes: number;
  readonly sources: number;
}

const countsOf = (engine: Engine): KnowledgeCounts => ({
  entries: engine.knowledge.qa.length,
  quotes: engine.knowledge.quotes.length,
  sources: engine.knowledge.sources.length,
});

/**
 * The engine currently serving, and the one way to replace it: a reload that validates the
 * knowledge base first and keeps the last good one when it has errors.
 */
export class KnowledgeStore {
  #engine: Engine;
  #watcher: FSWatcher | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    readonly dir: string,
    engine: Engine,
    private readonly log?: Logger,
    private readonly cache?: AnalysisCache,
  ) {
    this.#engine = engine;
  }

  get engine(): Engine {
    return this.#engine;
  }

  reload(): ReloadResult {
    const started = performance.now();
    const result = loadKnowledge(this.dir);
    const ms = Math.round(performance.now() - started);
    if (!result.ok) {
      const errors = result.errors.map(formatKnowledgeError);
      this.log?.error(
        { errors, ms },
        'knowledge reload rejected; the last good knowledge base keeps serving',
      );
      return { ok: false, errors, ms };
    }
    const before = countsOf(this.#engine);
    this.#engine = buildEngine(result.knowledge, this.#engine.options, this.cache);
    const after = countsOf(this.#engine);
    const total = Math.round(performance.now() - started);
    this.log?.info({ before, after, ms: total }, 'knowledge reloaded');
    return { ok: true, before, after, ms: total };
  }

  /** Reloads shortly after files under the knowledge directory change (saves come in bursts). */
  watch(debounceMs = 300): void {
    if (this.#watcher) return;
    this.#watcher = watch(this.dir, { recursive: true }, (_event, file) => {
      if (file && !/\.ya?ml$/i.test(String(file))) return;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void Promise.resolve().then(() => this.reload()), debounceMs);
    });
    this.#watcher.on('error', (error) => this.log?.warn({ err: error }, 'knowledge watcher error'));
  }

  close(): void {
    clearTimeout(this.#timer);
    this.#watcher?.close();
    this.#watcher = undefined;
  }
}
