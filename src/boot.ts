import type { Config } from './config.js';
import { buildEngine, type Engine } from './engine/engine.js';
import { formatKnowledgeError, loadKnowledge } from './knowledge/loadKnowledge.js';

export class KnowledgeLoadError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(
      `The knowledge base has ${lines.length} error(s) and was not loaded:\n${lines.join('\n')}`,
    );
    this.name = 'KnowledgeLoadError';
  }
}

/** Loads and validates the knowledge base and builds the engine; throws listing every error. */
export function bootEngine(config: Pick<Config, 'knowledgeDir'>): Engine {
  const result = loadKnowledge(config.knowledgeDir);
  if (!result.ok) throw new KnowledgeLoadError(result.errors.map(formatKnowledgeError));
  return buildEngine(result.knowledge);
}
