import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { AnalysisCache } from './engine/engine.js';
import { PROJECT_ROOT } from './paths.js';

/** Where the analysis cache lives unless ANALYSIS_CACHE_DIR says otherwise (git-ignored). */
export const DEFAULT_ANALYSIS_CACHE_DIR = path.join(
  PROJECT_ROOT,
  'node_modules',
  '.cache',
  'soft-cell-desk',
);

const FILE = 'analysis.json';

/**
 * The engine's code and the dependencies it analyses with (stemmer, stop words, word counts):
 * a cache written by other code is not read. Computed once per process.
 */
let codeFingerprint: string | undefined;
function fingerprintOfCode(): string {
  if (codeFingerprint !== undefined) return codeFingerprint;
  const hash = createHash('sha256');
  const engineDir = path.join(PROJECT_ROOT, 'src', 'engine');
  for (const name of readdirSync(engineDir).sort()) {
    hash.update(name).update(readFileSync(path.join(engineDir, name)));
  }
  for (const name of ['package-lock.json', 'package.json']) {
    try {
      hash.update(readFileSync(path.join(PROJECT_ROOT, name)));
      break;
    } catch {
      // Try the next one.
    }
  }
  codeFingerprint = hash.digest('hex');
  return codeFingerprint;
}

/**
 * The file: the key it was written under, then per kind a flat list of text, value, text, value…
 * with each value's strings joined by spaces (terms and function words never hold one). Flat
 * string lists parse several times faster than objects of arrays.
 */
interface Saved {
  readonly key: string;
  readonly tables: Record<string, unknown>;
}

/**
 * The analysis cache as one JSON file in `dir`. Any problem reading it (missing, unreadable,
 * written by other code or for another knowledge base, malformed) means an empty cache: the
 * engine then analyses everything itself, as it would with no cache. A failed write is reported
 * to `onError` and otherwise ignored: the next start analyses again.
 */
export function fileAnalysisCache(
  dir: string,
  onError: (error: unknown) => void = () => {},
): AnalysisCache {
  const file = path.join(dir, FILE);
  const keyOf = (context: string) => `${fingerprintOfCode()}:${context}`;
  return {
    read(context) {
      let saved: Saved;
      try {
        saved = JSON.parse(readFileSync(file, 'utf8')) as Saved;
      } catch {
        return new Map();
      }
      if (saved?.key !== keyOf(context) || typeof saved.tables !== 'object' || !saved.tables)
        return new Map();
      const tables = new Map<string, Map<string, readonly string[]>>();
      for (const [kind, flat] of Object.entries(saved.tables)) {
        if (!Array.isArray(flat) || flat.length % 2 !== 0) return new Map();
        const table = new Map<string, readonly string[]>();
        for (let i = 0; i < flat.length; i += 2) {
          const text: unknown = flat[i];
          const value: unknown = flat[i + 1];
          if (typeof text !== 'string' || typeof value !== 'string') return new Map();
          table.set(text, value === '' ? [] : value.split(' '));
        }
        tables.set(kind, table);
      }
      return tables;
    },
    write(context, tables) {
      // Written beside the file and renamed over it: a reader never sees half a file.
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        const flat: Record<string, string[]> = {};
        for (const [kind, table] of tables) {
          const list: string[] = [];
          for (const [text, value] of table) {
            // A value that could not be split back as it was is not kept (it is analysed again).
            if (!value.some((part) => part === '' || /\s/.test(part)))
              list.push(text, value.join(' '));
          }
          flat[kind] = list;
        }
        const saved: Saved = { key: keyOf(context), tables: flat };
        writeFileSync(temporary, JSON.stringify(saved));
        renameSync(temporary, file);
      } catch (error) {
        try {
          unlinkSync(temporary);
        } catch {
          // Nothing was written.
        }
        onError(error);
      }
    },
  };
}
