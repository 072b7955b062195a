import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/command.js';
import { questionRef } from '../src/reply.js';
import { STRINGS } from '../src/strings.js';

export const HELP_EXAMPLE_COUNT = 5;

export default {
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('What this bot knows and how to ask it'),
  usage: '/help',
  execute(_options, context) {
    return {
      kind: 'help',
      about: STRINGS.about,
      // Administrators' commands are not advertised to everyone.
      commands: context.commands
        .filter((command) => command.data.toJSON().default_member_permissions == null)
        .map((command) => ({
          name: command.data.name,
          usage: command.usage,
          description: command.data.toJSON().description,
        })),
      examples: context.engine.suggestQuestions('', HELP_EXAMPLE_COUNT).map(questionRef),
      ephemeral: true,
    };
  },
} satisfies Command;
