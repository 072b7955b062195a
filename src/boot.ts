import { fileAnalysisCache } from './analysisCache.js';
import type { Config } from './config.js';
import { buildEngine, type AnalysisCache, type Engine } from './engine/engine.js';
import { formatKnowledgeError, loadKnowledge } from './knowledge/loadKnowledge.js';
import type { Logger } from './log.js';

export class KnowledgeLoadError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(
      `The knowledge base has ${lines.length} error(s) and was not loaded:\n${lines.join('\n')}`,
    );
    this.name = 'KnowledgeLoadError';
  }
}

/** The analysis cache the configuration asks for (none when ANALYSIS_CACHE_DIR is off). */
export function analysisCacheOf(
  config: Pick<Config, 'analysisCacheDir'>,
  log?: Pick<Logger, 'warn'>,
): AnalysisCache | undefined {
  if (config.analysisCacheDir === null) return undefined;
  return fileAnalysisCache(config.analysisCacheDir, (error) =>
    log?.warn(
      { err: error, dir: config.analysisCacheDir },
      'analysis cache not written; the next start analyses the knowledge base again',
    ),
  );
}

/** Loads and validates the knowledge base and builds the engine; throws listing every error. */
export function bootEngine(config: Pick<Config, 'knowledgeDir'>, cache?: AnalysisCache): Engine {
  const result = loadKnowledge(config.knowledgeDir);
  if (!result.ok) throw new KnowledgeLoadError(result.errors.map(formatKnowledgeError));
  return buildEngine(result.knowledge, {}, cache);
}
