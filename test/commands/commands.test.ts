import { describe, expect, it } from 'vitest';
import { answerEntry, answerQuestion } from '../../commands/ask.js';
import { HELP_EXAMPLE_COUNT } from '../../commands/help.js';
import { COMMANDS, COMMANDS_BY_NAME } from '../../src/commands.js';
import { isCommand } from '../../src/command.js';
import type { Reply } from '../../src/reply.js';
import { MAX_QUESTION_LENGTH, STRINGS } from '../../src/strings.js';
import { contextFor, realKnowledgeEngine, runNow } from '../helpers.js';

const engine = realKnowledgeEngine();
const context = contextFor(engine, () => 0);
const run = (name: string, options: Record<string, string | boolean | undefined> = {}): Reply =>
  runNow(name, options, context);

describe('command registry', () => {
  it('has one valid command per file, looked up by name', () => {
    expect([...COMMANDS_BY_NAME.keys()]).toEqual(['ask', 'quote', 'sources', 'help', 'reload']);
    for (const command of COMMANDS) expect(isCommand(command)).toBe(true);
    expect(isCommand({ data: { name: 'x' } })).toBe(false);
  });

  it('defines slash command data Discord accepts', () => {
    const ask = COMMANDS_BY_NAME.get('ask')?.data.toJSON();
    expect(ask?.options?.map((o) => o.name)).toEqual(['question', 'private']);
    expect(ask?.options?.[0]).toMatchObject({
      required: true,
      max_length: MAX_QUESTION_LENGTH,
      autocomplete: true,
    });
    const quote = COMMANDS_BY_NAME.get('quote')?.data.toJSON();
    expect(quote?.options?.map((o) => o.name)).toEqual(['speaker', 'topic']);
  });

  it('answers an unknown command instead of ignoring it', () => {
    expect(run('nope')).toEqual({
      kind: 'invalid',
      message: STRINGS.unknownCommand('nope'),
      ephemeral: true,
    });
  });
});

describe('/ask', () => {
  it('answers with the entry, its evidence, sources and follow-ups', () => {
    const reply = run('ask', { question: 'who was behind operation soft cell' });
    if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}`);
    expect(reply.entryId).toBe('who-is-blamed');
    expect(reply.excerpt).toBe(false);
    expect(reply.ephemeral).toBe(false);
    expect(reply.evidence.length).toBeGreaterThan(0);
    for (const e of reply.evidence) expect(e.source.url).toMatch(/^https:\/\//);
    expect(new Set(reply.sources.map((s) => s.id))).toEqual(
      new Set(reply.evidence.map((e) => e.source.id)),
    );
    expect(reply.related.length).toBeGreaterThan(0);
  });

  it('makes the answer private when asked to', () => {
    const reply = run('ask', { question: 'who was behind operation soft cell', private: true });
    expect(reply.ephemeral).toBe(true);
  });

  it('says "not in the reports", privately, with suggestions', () => {
    const reply = run('ask', { question: 'who is the ceo of huawei' });
    if (reply.kind !== 'no_match') throw new Error(`expected no_match, got ${reply.kind}`);
    expect(reply.message).toBe(STRINGS.notInReports);
    expect(reply.ephemeral).toBe(true);
    expect(reply.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('answers greetings and thanks with a friendly line, not "not in the reports"', () => {
    const cases = [
      ['hi there', STRINGS.smallTalk.greeting],
      ['thanks!', STRINGS.smallTalk.thanks],
      ['bye', STRINGS.smallTalk.farewell],
      ['thanks but who is the ceo of huawei', STRINGS.notInReports],
    ] as const;
    for (const [question, message] of cases) {
      const reply = run('ask', { question });
      if (reply.kind !== 'no_match') throw new Error(`expected no_match, got ${reply.kind}`);
      expect([question, reply.message]).toEqual([question, message]);
      if (message !== STRINGS.notInReports) expect(reply.suggestions).toEqual([]);
    }
  });

  it('cites both articles where they disagree on the number of carriers', () => {
    const reply = run('ask', { question: 'how many carriers were hacked' });
    if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}`);
    expect(new Set(reply.sources.map((s) => s.id))).toEqual(new Set(['bgr', 'bloomberg']));
  });

  it.each([
    ['an empty question', '', STRINGS.emptyQuestion],
    ['whitespace', '   \n\t ', STRINGS.emptyQuestion],
    [
      'a 2,000-character question',
      'why '.repeat(500),
      STRINGS.questionTooLong(1999, MAX_QUESTION_LENGTH),
    ],
  ])('rejects %s with a clear, private message', (_label, question, message) => {
    expect(run('ask', { question })).toEqual({ kind: 'invalid', message, ephemeral: true });
  });

  it.each([
    '🤔🤔🤔',
    '\u0000\u0007\u001b[31m',
    '@everyone',
    '<@123456789012345678> who did it',
    '**who** _did_ `it`',
    '||spoiler||',
  ])('replies to odd input without echoing it in its message (%#)', (question) => {
    const reply = run('ask', { question });
    expect(['answer', 'no_match', 'invalid']).toContain(reply.kind);
    if (reply.kind === 'no_match' || reply.kind === 'invalid')
      expect(reply.message).not.toContain(question.trim());
  });

  it('answers a follow-up by entry id, and an unknown id with a message', () => {
    const reply = answerEntry('still-ongoing', context);
    expect(reply.kind === 'answer' && reply.entryId).toBe('still-ongoing');
    expect(answerEntry('no-such-entry', context)).toEqual({
      kind: 'invalid',
      message: STRINGS.unknownEntry,
      ephemeral: true,
    });
  });

  it('autocompletes with at most 25 known questions of at most 100 characters', () => {
    const choices =
      COMMANDS_BY_NAME.get('ask')?.autocomplete?.(
        { name: 'question', value: 'how many' },
        context,
      ) ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    const empty =
      COMMANDS_BY_NAME.get('ask')?.autocomplete?.({ name: 'question', value: '' }, context) ?? [];
    expect(empty.length).toBeGreaterThanOrEqual(5);
  });

  it('answers the question an autocomplete choice puts in the box', () => {
    for (const entry of engine.knowledge.qa) {
      const reply = answerQuestion(entry.question, context);
      expect(reply.kind === 'answer' && reply.entryId, entry.question).toBe(entry.id);
    }
  });
});

describe('/quote', () => {
  it('returns a verbatim quote with speaker, role, context and source', () => {
    const reply = run('quote', { speaker: 'geng' });
    if (reply.kind !== 'quote') throw new Error(`expected a quote, got ${reply.kind}`);
    expect(reply.speaker).toBe('Geng Shuang');
    expect(reply.source.id).toBe('bloomberg');
    expect(engine.knowledge.sourceById.get('bloomberg')?.body.replace(/[“”]/g, '"')).toContain(
      reply.text,
    );
  });

  it('returns a random quote when given no speaker or topic', () => {
    const reply = run('quote');
    expect(reply.kind === 'quote' && reply.id).toBe(engine.knowledge.quotes[0]?.id);
  });

  it('says what it searched when nothing matches', () => {
    expect(run('quote', { speaker: 'Elvis', topic: 'bitcoin' })).toEqual({
      kind: 'quote_not_found',
      speaker: 'Elvis',
      topic: 'bitcoin',
      message: 'No quote in the articles matches speaker “Elvis” and topic “bitcoin”.',
      ephemeral: true,
    });
  });

  it('autocompletes speakers', () => {
    const choices =
      COMMANDS_BY_NAME.get('quote')?.autocomplete?.({ name: 'speaker', value: 'li' }, context) ??
      [];
    expect(choices.map((c) => c.value)).toEqual(['Lior Div']);
  });
});

describe('/sources and /help', () => {
  it('lists both articles with publisher, date, link and headline where known', () => {
    const reply = run('sources');
    if (reply.kind !== 'sources') throw new Error(`expected sources, got ${reply.kind}`);
    expect(reply.sources.map((s) => [s.id, s.publisher, s.date])).toEqual([
      ['bgr', 'BGR', '2019-06-25'],
      ['bloomberg', 'Bloomberg', '2019-06-25'],
    ]);
    expect(reply.sources[0]?.headline).toBeNull();
    expect(reply.sources[0]?.title).toBe('BGR, 2019-06-25');
    expect(reply.sources[1]?.authors).toEqual(['Dave McCombs', 'Gwen Ackerman']);
  });

  it('explains the bot, lists every command and offers five example questions', () => {
    const reply = run('help');
    if (reply.kind !== 'help') throw new Error(`expected help, got ${reply.kind}`);
    expect(reply.commands.map((c) => c.name)).toEqual(['ask', 'quote', 'sources', 'help']);
    expect(reply.examples).toHaveLength(HELP_EXAMPLE_COUNT);
    for (const example of reply.examples) {
      const answered = answerQuestion(example.question, context);
      expect(answered.kind === 'answer' && answered.entryId).toBe(example.id);
    }
  });
});
