/**
 * `npm run misses [-- --json] [--file F]`: the questions the bot could not answer well, grouped
 * when they are near duplicates, most frequent first, each with the closest existing entry — the
 * list a curator works through to add Q&A entries or alternates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { bootEngine } from '../src/boot.js';
import { loadDotEnv, readConfig } from '../src/config.js';
import { parseMisses, summariseMisses } from '../src/missesReport.js';

const { values } = parseArgs({
  options: { json: { type: 'boolean' }, file: { type: 'string' }, top: { type: 'string' } },
});
loadDotEnv();
const config = readConfig();
const file = values.file ?? config.missesFile;
const text = [`${file}.1`, file]
  .filter((f) => existsSync(f))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const records = parseMisses(text);
const groups = summariseMisses(records, bootEngine(config));
const top = Number(values.top ?? 30);

if (values.json) {
  console.log(JSON.stringify({ file, misses: records.length, groups }));
} else if (records.length === 0) {
  console.log(`No misses logged in ${file} yet.`);
} else {
  console.log(`${records.length} misses in ${groups.length} groups (${file}):\n`);
  for (const group of groups.slice(0, top)) {
    const closest = group.closest
      ? `closest: ${group.closest.id} — “${group.closest.question}”`
      : 'closest: none';
    console.log(`${String(group.count).padStart(4)} × “${group.question}”`);
    if (group.variants.length > 1)
      console.log(
        `       also: ${group.variants
          .slice(1, 4)
          .map((v) => `“${v}”`)
          .join(', ')}`,
      );
    console.log(`       ${closest}`);
  }
}
