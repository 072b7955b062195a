/** `npm run kb:check [dir]`: validate the knowledge base; exit 1 listing every error. */
import { formatKnowledgeError, loadKnowledge } from '../src/knowledge/loadKnowledge.js';
import { KNOWLEDGE_DIR } from '../src/paths.js';

const dir = process.argv[2] ?? KNOWLEDGE_DIR;
const result = loadKnowledge(dir, { exact: true });
if (!result.ok) {
  for (const error of result.errors) console.error(formatKnowledgeError(error));
  console.error(`\n${result.errors.length} error(s): the knowledge base does not load.`);
  process.exit(1);
}
const { knowledge, files } = result;
const examples = [...(knowledge.examples?.values() ?? [])].reduce((n, list) => n + list.length, 0);
console.log(
  `knowledge OK: ${files.length} files, ${knowledge.sources.length} sources, ` +
    `${knowledge.qa.length} Q&A entries (${knowledge.qa.reduce((n, e) => n + e.alternates.length, 0)} alternates), ` +
    `${knowledge.quotes.length} quotes, ${examples} examples, ` +
    `${knowledge.outOfScope?.length ?? 0} out-of-scope examples; every excerpt and quote found verbatim.`,
);
