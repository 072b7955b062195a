import { SlashCommandBuilder } from '@discordjs/builders';
import { textOption, toChoices, type Command } from '../src/command.js';
import { sourceRef, type Reply } from '../src/reply.js';
import { MAX_QUOTE_OPTION_LENGTH, STRINGS } from '../src/strings.js';

export default {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('A verbatim quote from the articles, by speaker and/or topic')
    .addStringOption((option) =>
      option
        .setName('speaker')
        .setDescription('Who said it, e.g. "Lior Div" or "foreign ministry"')
        .setMaxLength(MAX_QUOTE_OPTION_LENGTH)
        .setAutocomplete(true),
    )
    .addStringOption((option) =>
      option
        .setName('topic')
        .setDescription('What it is about, e.g. "shadow IT"')
        .setMaxLength(MAX_QUOTE_OPTION_LENGTH),
    ),
  usage: '/quote [speaker] [topic]',
  execute(options, context): Reply {
    const speaker = textOption(options, 'speaker')?.trim();
    const topic = textOption(options, 'topic')?.trim();
    for (const [name, value] of [
      ['speaker', speaker],
      ['topic', topic],
    ] as const) {
      if (value !== undefined && value.length > MAX_QUOTE_OPTION_LENGTH) {
        return {
          kind: 'invalid',
          message: STRINGS.quoteOptionTooLong(name, MAX_QUOTE_OPTION_LENGTH),
          ephemeral: true,
        };
      }
    }
    const { engine } = context;
    const quote =
      speaker === undefined && topic === undefined
        ? engine.randomQuote(context.random)
        : (engine.findQuotes({ speaker, topic })[0] ?? null);
    const source = quote ? engine.sourceOf(quote.source) : undefined;
    if (!quote || !source) {
      return {
        kind: 'quote_not_found',
        speaker: speaker ?? null,
        topic: topic ?? null,
        message: STRINGS.quoteNotFound(speaker ?? null, topic ?? null),
        ephemeral: true,
      };
    }
    return {
      kind: 'quote',
      id: quote.id,
      text: quote.text,
      speaker: quote.speaker,
      role: quote.role,
      context: quote.context,
      source: sourceRef(source),
      ephemeral: false,
    };
  },
  autocomplete(focused, context) {
    return toChoices(
      context.engine.suggestSpeakers(focused.value.slice(0, MAX_QUOTE_OPTION_LENGTH)),
    );
  },
} satisfies Command;
