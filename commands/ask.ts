import { SlashCommandBuilder } from '@discordjs/builders';
import { textOption, toChoices, type Command, type CommandContext } from '../src/command.js';
import { smallTalkOf } from '../src/engine/smallTalk.js';
import { entryReply, questionRef, sourceRef, type Reply } from '../src/reply.js';
import { MAX_QUESTION_LENGTH, STRINGS } from '../src/strings.js';

/** Answers a question from the knowledge base, or says it is not in the reports. */
export function answerQuestion(
  question: string,
  context: CommandContext,
  ephemeral = false,
): Reply {
  const trimmed = question.trim();
  if (!trimmed) return { kind: 'invalid', message: STRINGS.emptyQuestion, ephemeral: true };
  if (trimmed.length > MAX_QUESTION_LENGTH) {
    return {
      kind: 'invalid',
      message: STRINGS.questionTooLong(trimmed.length, MAX_QUESTION_LENGTH),
      ephemeral: true,
    };
  }
  const { engine } = context;
  const result = engine.ask(trimmed);
  if (result.status === 'answered' && result.kind === 'entry') {
    return entryReply(engine.knowledge, result.entry, trimmed, result.confidence, ephemeral);
  }
  if (result.status === 'answered') {
    const evidence = result.passages.map((p) => ({ source: sourceRef(p.source), excerpt: p.text }));
    return {
      kind: 'answer',
      question: trimmed,
      title: STRINGS.excerptTitle,
      answer: result.passages.map((p) => p.text).join(' '),
      confidence: result.confidence,
      entryId: null,
      excerpt: true,
      evidence,
      sources: evidence.map((e) => e.source),
      related: result.suggestions.map(questionRef),
      ephemeral,
    };
  }
  const smallTalk = smallTalkOf(trimmed);
  return {
    kind: 'no_match',
    question: trimmed,
    message: smallTalk ? STRINGS.smallTalk[smallTalk] : STRINGS.notInReports,
    confidence: result.confidence,
    suggestions: smallTalk ? [] : result.suggestions.map(questionRef),
    ephemeral: true,
  };
}

/** The reply for a known entry id (follow-up and "did you mean" buttons). */
export function answerEntry(id: string, context: CommandContext, ephemeral = false): Reply {
  const entry = context.engine.knowledge.qaById.get(id);
  if (!entry) return { kind: 'invalid', message: STRINGS.unknownEntry, ephemeral: true };
  return entryReply(context.engine.knowledge, entry, entry.question, 1, ephemeral);
}

export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about Operation Soft Cell')
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('Your question, e.g. "who was behind it?"')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH)
        .setAutocomplete(true),
    )
    .addBooleanOption((option) =>
      option
        .setName('private')
        .setDescription('Only you see the answer (default: everyone in the channel)'),
    ),
  usage: '/ask <question> [private]',
  execute(options, context) {
    return answerQuestion(
      textOption(options, 'question') ?? '',
      context,
      options['private'] === true,
    );
  },
  autocomplete(focused, context) {
    return toChoices(
      context.engine
        .suggestQuestions(focused.value.slice(0, MAX_QUESTION_LENGTH))
        .map((e) => e.question),
    );
  },
} satisfies Command;
