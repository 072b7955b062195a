import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/command.js';
import { STRINGS } from '../src/strings.js';

/** Administrators only (default_member_permissions "0"): re-reads knowledge/ without a restart. */
export default {
  data: new SlashCommandBuilder()
    .setName('reload')
    .setDescription('Reload the knowledge base from disk (administrators)')
    .setDefaultMemberPermissions(0),
  usage: '/reload',
  execute(_options, context) {
    if (!context.reload)
      return { kind: 'invalid', message: STRINGS.reloadUnavailable, ephemeral: true };
    const result = context.reload();
    return result.ok
      ? {
          kind: 'reload',
          ok: true,
          message: STRINGS.reloaded(result.before.entries, result.after.entries, result.ms),
          errors: [],
          ephemeral: true,
        }
      : {
          kind: 'reload',
          ok: false,
          message: STRINGS.reloadRejected(result.errors.length),
          errors: result.errors,
          ephemeral: true,
        };
  },
} satisfies Command;
