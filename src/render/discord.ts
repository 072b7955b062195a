import { escapeMarkdown } from '@discordjs/builders';
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
} from 'discord-api-types/v10';
import { INVISIBLE_CHARS } from '../invisible.js';
import type { EvidenceRef, QuestionRef, Reply, SourceRef } from '../reply.js';
import { STRINGS } from '../strings.js';

/**
 * Renders a Reply as a Discord message in API form (snake_case JSON), the same bytes whether it
 * goes out through discord.js over the gateway or in an HTTP interaction response.
 */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  flags?: number;
  allowed_mentions: { parse: [] };
}

/** Discord's limits on what one message may hold. */
export const DISCORD_LIMITS = Object.freeze({
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
  embeds: 10,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
});

const COLOURS = {
  answer: 0x2b6cb0,
  excerpt: 0x718096,
  quote: 0x805ad5,
  sources: 0x2f855a,
  help: 0x2b6cb0,
} as const;

/** Custom ids carry everything a button needs, so buttons keep working after a restart. */
export const ASK_BUTTON_PREFIX = 'ask:';

export function askButtonId(entryId: string): string {
  return `${ASK_BUTTON_PREFIX}${entryId}`.slice(0, DISCORD_LIMITS.customId);
}

/** The entry id an ask button carries, or null for a custom id that is not ours. */
export function parseAskButtonId(customId: string): string | null {
  if (!customId.startsWith(ASK_BUTTON_PREFIX)) return null;
  const id = customId.slice(ASK_BUTTON_PREFIX.length);
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? id : null;
}

export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** User text shown back: markdown escaped, mentions defused, one line, bounded. */
export function safeUserText(text: string, max = 100): string {
  const flat = text.replace(INVISIBLE_CHARS, ' ').replace(/\s+/g, ' ').trim();
  return escapeMarkdown(truncate(flat, max)).replace(/@/g, '@\u200b').replace(/<#/g, '<\u200b#');
}

function quoteBlock(text: string, max: number): string {
  return truncate(
    text
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n'),
    max,
  );
}

function sourceLabel(source: SourceRef): string {
  return `${source.publisher}, ${source.date}`;
}

function linkButtons(sources: readonly SourceRef[]): APIActionRowComponent<APIButtonComponent>[] {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()].slice(
    0,
    DISCORD_LIMITS.buttonsPerRow,
  );
  if (unique.length === 0) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: unique.map((s) => ({
        type: ComponentType.Button,
        style: ButtonStyle.Link,
        label: truncate(`Read ${s.publisher}`, DISCORD_LIMITS.buttonLabel),
        url: s.url,
      })),
    },
  ];
}

function questionButtons(
  questions: readonly QuestionRef[],
  maxRows: number,
): APIActionRowComponent<APIButtonComponent>[] {
  const buttons = questions
    .slice(0, maxRows * DISCORD_LIMITS.buttonsPerRow)
    .map((q): APIButtonComponent => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: truncate(q.question, DISCORD_LIMITS.buttonLabel),
      custom_id: askButtonId(q.id),
    }));
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow),
    });
  }
  return rows;
}

function evidenceFields(evidence: readonly EvidenceRef[]): APIEmbedField[] {
  return evidence.slice(0, DISCORD_LIMITS.fields).map((e) => {
    const link = `[${sourceLabel(e.source)}](${e.source.url})`;
    return {
      name: truncate(`Source: ${e.source.publisher}`, DISCORD_LIMITS.fieldName),
      value: `${quoteBlock(e.excerpt, DISCORD_LIMITS.fieldValue - link.length - 2)}\n${link}`,
    };
  });
}

function message(
  parts: {
    content?: string;
    embeds?: APIEmbed[];
    components?: APIActionRowComponent<APIButtonComponent>[];
  },
  ephemeral: boolean,
): DiscordMessage {
  const out: DiscordMessage = {
    embeds: fitEmbeds(parts.embeds ?? []),
    components: (parts.components ?? []).slice(0, DISCORD_LIMITS.rows),
    allowed_mentions: { parse: [] },
  };
  if (parts.content !== undefined) out.content = truncate(parts.content, DISCORD_LIMITS.content);
  if (ephemeral) out.flags = MessageFlags.Ephemeral;
  return out;
}

/** Drops trailing fields until the embeds fit Discord's 6,000-character total. */
function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted: APIEmbed[] = embeds
    .slice(0, DISCORD_LIMITS.embeds)
    .map((e) => (e.fields ? { ...e, fields: [...e.fields] } : { ...e }));
  while (embedsLength(fitted) > DISCORD_LIMITS.embedTotal) {
    const withFields = [...fitted].reverse().find((e) => (e.fields?.length ?? 0) > 0);
    if (!withFields?.fields) break;
    withFields.fields.pop();
  }
  return fitted;
}

export function embedsLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce(
    (sum, e) =>
      sum +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0) +
      (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0),
    0,
  );
}

export function renderDiscord(reply: Reply): DiscordMessage {
  switch (reply.kind) {
    case 'answer': {
      const footer = reply.excerpt
        ? `Excerpt · match ${reply.confidence.toFixed(2)}`
        : `Confidence ${reply.confidence.toFixed(2)} · entry ${reply.entryId ?? ''}`;
      const embed: APIEmbed = {
        title: truncate(reply.title, DISCORD_LIMITS.embedTitle),
        description: truncate(
          reply.excerpt ? STRINGS.excerptLabel : reply.answer,
          DISCORD_LIMITS.embedDescription,
        ),
        color: reply.excerpt ? COLOURS.excerpt : COLOURS.answer,
        fields: evidenceFields(reply.evidence),
        footer: { text: truncate(footer, DISCORD_LIMITS.footer) },
      };
      return message(
        {
          embeds: [embed],
          components: [...linkButtons(reply.sources), ...questionButtons(reply.related, 2)],
        },
        reply.ephemeral,
      );
    }
    case 'no_match': {
      const content =
        reply.suggestions.length > 0 ? `${reply.message}\n${STRINGS.didYouMean}` : reply.message;
      return message({ content, components: questionButtons(reply.suggestions, 1) }, true);
    }
    case 'quote': {
      const embed: APIEmbed = {
        description: truncate(
          `${quoteBlock(reply.text, 3900)}\n— **${reply.speaker}**, ${reply.role}`,
          DISCORD_LIMITS.embedDescription,
        ),
        color: COLOURS.quote,
        fields: [
          { name: 'Context', value: truncate(reply.context, DISCORD_LIMITS.fieldValue) },
          {
            name: 'Source',
            value: truncate(
              `[${reply.source.title}](${reply.source.url}) — ${sourceLabel(reply.source)}`,
              DISCORD_LIMITS.fieldValue,
            ),
          },
        ],
      };
      return message({ embeds: [embed], components: linkButtons([reply.source]) }, reply.ephemeral);
    }
    case 'quote_not_found':
      // The message names what was searched: rebuilt here with the user's words made safe.
      return message(
        { content: STRINGS.quoteNotFound(reply.speaker, reply.topic, (t) => safeUserText(t)) },
        true,
      );
    case 'invalid':
      return message({ content: reply.message }, true);
    case 'reload': {
      if (reply.errors.length === 0) return message({ content: reply.message }, true);
      // The errors go in a code block, cut to fit the 2,000-character message.
      const room = DISCORD_LIMITS.content - reply.message.length - 10;
      const list = truncate(reply.errors.join('\n').replace(/`/g, "'"), room);
      return message({ content: `${reply.message}\n\`\`\`\n${list}\n\`\`\`` }, true);
    }
    case 'sources': {
      const embeds = reply.sources.map((s): APIEmbed => ({
        title: truncate(
          s.headline ?? `${s.publisher} (headline not in the text we hold)`,
          DISCORD_LIMITS.embedTitle,
        ),
        url: s.url,
        color: COLOURS.sources,
        fields: [
          { name: 'Publisher', value: s.publisher, inline: true },
          { name: 'Date', value: s.date, inline: true },
          {
            name: 'By',
            value: truncate(
              s.authors.length > 0 ? s.authors.join(', ') : 'not in the text we hold',
              DISCORD_LIMITS.fieldValue,
            ),
            inline: true,
          },
        ],
      }));
      return message({ embeds, components: linkButtons(reply.sources) }, reply.ephemeral);
    }
    case 'help': {
      const embed: APIEmbed = {
        title: 'Soft Cell desk bot',
        description: truncate(reply.about, DISCORD_LIMITS.embedDescription),
        color: COLOURS.help,
        fields: [
          {
            name: 'Commands',
            value: truncate(
              reply.commands.map((c) => `\`${c.usage}\` — ${c.description}`).join('\n'),
              DISCORD_LIMITS.fieldValue,
            ),
          },
          {
            name: 'Try asking',
            value: truncate(
              reply.examples.map((e) => `• ${e.question}`).join('\n') || '—',
              DISCORD_LIMITS.fieldValue,
            ),
          },
        ],
      };
      return message(
        { embeds: [embed], components: questionButtons(reply.examples, 1) },
        reply.ephemeral,
      );
    }
  }
}

/** Every way a message breaks Discord's limits (empty when it fits). Used by tests and fuzzing. */
export function limitViolations(message: DiscordMessage): string[] {
  const problems: string[] = [];
  const L = DISCORD_LIMITS;
  if ((message.content?.length ?? 0) > L.content) problems.push('content too long');
  if (!message.content && message.embeds.length === 0) problems.push('empty message');
  if (message.embeds.length > L.embeds) problems.push('too many embeds');
  if (embedsLength(message.embeds) > L.embedTotal) problems.push('embeds over 6000 characters');
  for (const embed of message.embeds) {
    if ((embed.title?.length ?? 0) > L.embedTitle) problems.push('embed title too long');
    if ((embed.description?.length ?? 0) > L.embedDescription)
      problems.push('embed description too long');
    if ((embed.footer?.text.length ?? 0) > L.footer) problems.push('footer too long');
    if ((embed.fields?.length ?? 0) > L.fields) problems.push('too many fields');
    for (const field of embed.fields ?? []) {
      if (field.name.length === 0 || field.name.length > L.fieldName)
        problems.push('bad field name length');
      if (field.value.length === 0 || field.value.length > L.fieldValue)
        problems.push('bad field value length');
    }
  }
  if (message.components.length > L.rows) problems.push('too many rows');
  for (const row of message.components) {
    if (row.components.length === 0 || row.components.length > L.buttonsPerRow)
      problems.push('bad row size');
    for (const button of row.components) {
      if ('label' in button && (button.label?.length ?? 0) > L.buttonLabel)
        problems.push('button label too long');
      if ('custom_id' in button && button.custom_id.length > L.customId)
        problems.push('custom id too long');
    }
  }
  if (message.allowed_mentions.parse.length !== 0) problems.push('mentions allowed');
  return problems;
}
