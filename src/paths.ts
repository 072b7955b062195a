import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, wherever the process was started from. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const KNOWLEDGE_DIR = path.join(PROJECT_ROOT, 'knowledge');
