import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/command.js';
import { sourceRef } from '../src/reply.js';

export default {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('The articles every answer comes from'),
  usage: '/sources',
  execute(_options, context) {
    return {
      kind: 'sources',
      sources: context.engine.knowledge.sources.map((source) => ({
        ...sourceRef(source),
        headline: source.headline,
        authors: source.authors,
      })),
      ephemeral: false,
    };
  },
} satisfies Command;
