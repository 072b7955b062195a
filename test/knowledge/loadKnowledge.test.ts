import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatKnowledgeError,
  loadKnowledge,
  loadQuickly,
} from '../../src/knowledge/loadKnowledge.js';
import { MIN_ALTERNATES } from '../../src/knowledge/schema.js';
import { containsVerbatim } from '../../src/knowledge/verbatim.js';
import { KNOWLEDGE_DIR } from '../../src/paths.js';
import { FIXTURES } from '../helpers.js';

function errorsOf(fixture: string): string[] {
  const result = loadKnowledge(path.join(FIXTURES, fixture));
  if (result.ok) throw new Error(`${fixture} unexpectedly loaded`);
  return result.errors.map(formatKnowledgeError);
}

describe('loadKnowledge', () => {
  it('loads a valid knowledge base with its sources, Q&A and quotes', () => {
    const result = loadKnowledge(path.join(FIXTURES, 'kb-valid'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.knowledge.sources.map((s) => s.id)).toEqual(['gazette']);
    expect(result.knowledge.qa.map((e) => e.id)).toEqual(['what-happened', 'which-carriers']);
    expect(result.knowledge.quotes.map((q) => q.id)).toEqual(['ceo-shadow-it']);
    expect(result.knowledge.qaById.get('which-carriers')?.related).toEqual(['what-happened']);
    expect(result.knowledge.examples).toEqual(
      new Map([['which-carriers', ['did they say which telcos', 'any carrier names?']]]),
    );
    expect(result.knowledge.outOfScope).toEqual(['what did the hackers eat for lunch']);
  });

  it('rejects examples of unknown entries, empty or misnamed lists, and questions already known', () => {
    // An example equal to a phrasing, another example or an out-of-scope question adds nothing
    // or contradicts it (case, punctuation and spacing aside).
    expect(errorsOf('kb-examples-schema')).toEqual([
      'test/fixtures/kb-examples-schema/examples.yaml:3:16 examples[0] (what-happened).questions: needs at least one question',
      'test/fixtures/kb-examples-schema/examples.yaml:4:5 examples[1] (which-carriers).questions: is required',
      'test/fixtures/kb-examples-schema/examples.yaml:5:5 examples[1] (which-carriers).question: unknown field "question"',
    ]);
    expect(errorsOf('kb-examples')).toEqual([
      'test/fixtures/kb-examples/examples.yaml:2:12 examples[0] (which-carrier).entry: unknown Q&A id "which-carrier"',
      'test/fixtures/kb-examples/examples.yaml:7:9 examples[1] (which-carriers).questions[0]: "Was my carrier hacked?" is already a phrasing of this entry',
      'test/fixtures/kb-examples/examples.yaml:9:9 examples[1] (which-carriers).questions[2]: "Any carrier names?!" is already an example of this entry',
      'test/fixtures/kb-examples/examples.yaml:11:5 out_of_scope[0]: "any carrier names" is already an example of entry "which-carriers"',
    ]);
  });

  it('reports a YAML syntax error with file, line and column', () => {
    expect(errorsOf('kb-syntax')).toEqual([
      'test/fixtures/kb-syntax/qa.yaml:19:1 YAML: Sequence item without - indicator',
    ]);
  });

  it('reports schema errors naming file, line, entry and field', () => {
    expect(errorsOf('kb-schema')).toEqual([
      `test/fixtures/kb-schema/qa.yaml:5:7 qa[0] (what-happened).alternates: needs at least ${MIN_ALTERNATES} alternates, written the way people type`,
      'test/fixtures/kb-schema/qa.yaml:15:5 qa[1] (which-carriers).answer: is required',
      'test/fixtures/kb-schema/qa.yaml:26:5 qa[1] (which-carriers).tag: unknown field "tag"',
    ]);
  });

  it('rejects excerpts and quotes that are not verbatim in their source', () => {
    expect(errorsOf('kb-verbatim')).toEqual([
      'test/fixtures/kb-verbatim/qa.yaml:28:18 qa[1] (which-carriers).sources[0].excerpt: not found verbatim in source "gazette": "The firm named the carriers."',
      'test/fixtures/kb-verbatim/quotes.yaml:3:11 quotes[0] (ceo-shadow-it).text: not found verbatim in source "gazette": "They built a shadow IT department and more,"',
    ]);
  });

  it('rejects duplicate ids, unknown sources, unknown related ids and repeated phrasings', () => {
    // A phrasing is repeated when only case, punctuation or spacing differ, in plain ASCII or not.
    expect(errorsOf('kb-refs')).toEqual([
      'test/fixtures/kb-refs/quotes.yaml:2:9 quotes[0] (which-carriers).id: duplicate id "which-carriers" (first at test/fixtures/kb-refs/qa.yaml:17)',
      'test/fixtures/kb-refs/qa.yaml:29:17 qa[1] (which-carriers).sources[0].source: unknown source "times"',
      'test/fixtures/kb-refs/qa.yaml:32:15 qa[1] (which-carriers).related[0]: unknown Q&A id "what-happend"',
      'test/fixtures/kb-refs/qa.yaml:25:9 qa[1] (which-carriers).alternates[5]: "Wat happend, LOL!" is already a phrasing of entry "what-happened"',
      'test/fixtures/kb-refs/qa.yaml:26:9 qa[1] (which-carriers).alternates[6]: "Explain the hack…" is already a phrasing of entry "what-happened"',
    ]);
  });

  it('reports a missing directory instead of throwing', () => {
    const result = loadKnowledge(path.join(FIXTURES, 'no-such-dir'));
    expect(result.ok).toBe(false);
  });

  it('loads the real knowledge base: both articles, 40–80 Q&A entries, every quote', () => {
    const result = loadKnowledge(KNOWLEDGE_DIR);
    if (!result.ok) throw new Error(result.errors.map(formatKnowledgeError).join('\n'));
    const { knowledge } = result;
    expect(knowledge.sources.map((s) => s.id).sort()).toEqual(['bgr', 'bloomberg']);
    expect(knowledge.qa.length).toBeGreaterThanOrEqual(40);
    expect(knowledge.qa.length).toBeLessThanOrEqual(80);
    expect(knowledge.quotes.length).toBeGreaterThanOrEqual(12);
    for (const entry of knowledge.qa) expect(entry.alternates.length).toBeGreaterThanOrEqual(MIN_ALTERNATES);
  });

  it('opens no answer with a bare Yes or No, which reads backwards to a question asked the other way', () => {
    const result = loadKnowledge(KNOWLEDGE_DIR);
    if (!result.ok) throw new Error('does not load');
    const bare = result.knowledge.qa.filter((e) => /^(?:yes|no)\b/i.test(e.answer)).map((e) => e.id);
    expect(bare).toEqual([]);
  });

  it('keeps personal data and page furniture out of the real knowledge base', () => {
    const result = loadKnowledge(KNOWLEDGE_DIR);
    if (!result.ok) throw new Error('does not load');
    const everything = JSON.stringify(result.knowledge);
    expect(everything).not.toMatch(/@bloomberg\.net|ADVERTISEMENT|To contact the|©2019/);
  });
});

describe('containsVerbatim', () => {
  it('treats curly and straight quotes and whitespace alike, and nothing else', () => {
    const article = 'He said “it’s   still\nongoing” today.';
    expect(containsVerbatim(article, `"it's still ongoing"`)).toBe(true);
    expect(containsVerbatim(article, 'It’s still ongoing')).toBe(false);
    expect(containsVerbatim(article, 'its still ongoing')).toBe(false);
    expect(containsVerbatim(article, '   ')).toBe(false);
  });
});

describe('the fast path (js-yaml) and the exact path (yaml)', () => {
  const dirs = [KNOWLEDGE_DIR, ...['kb-valid', 'kb-refs', 'kb-schema', 'kb-syntax', 'kb-verbatim'].map((d) => path.join(FIXTURES, d))];

  it.each(dirs)('load %s to the same result', (dir) => {
    const quick = loadKnowledge(dir);
    const exact = loadKnowledge(dir, { exact: true });
    expect(quick).toEqual(exact);
  });

  it('takes the fast path for a good knowledge base and leaves every broken one to the exact path', () => {
    expect(loadQuickly(KNOWLEDGE_DIR)?.ok).toBe(true);
    expect(loadQuickly(path.join(FIXTURES, 'kb-valid'))?.ok).toBe(true);
    for (const broken of [
      'kb-refs',
      'kb-schema',
      'kb-syntax',
      'kb-verbatim',
      'kb-examples',
      'kb-examples-schema',
    ])
      expect(loadQuickly(path.join(FIXTURES, broken))).toBeNull();
  });

  it('reads the real knowledge base to the same values', () => {
    const quick = loadKnowledge(KNOWLEDGE_DIR);
    const exact = loadKnowledge(KNOWLEDGE_DIR, { exact: true });
    if (!quick.ok || !exact.ok) throw new Error('the knowledge base does not load');
    expect(quick.knowledge.qa.length).toBeGreaterThan(50);
    expect(JSON.stringify(quick.knowledge.qa)).toBe(JSON.stringify(exact.knowledge.qa));
    expect(JSON.stringify(quick.knowledge.sources)).toBe(JSON.stringify(exact.knowledge.sources));
    expect(JSON.stringify(quick.knowledge.quotes)).toBe(JSON.stringify(exact.knowledge.quotes));
    expect(quick.knowledge.examples?.size).toBeGreaterThan(50);
    expect([...(quick.knowledge.examples ?? [])]).toEqual([...(exact.knowledge.examples ?? [])]);
    expect(quick.knowledge.outOfScope).toEqual(exact.knowledge.outOfScope);
  });
});
