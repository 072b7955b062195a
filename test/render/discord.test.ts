import { ButtonStyle, ComponentType, MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/reply.js';
import {
  askButtonId,
  limitViolations,
  parseAskButtonId,
  renderDiscord,
  safeUserText,
  type DiscordMessage,
} from '../../src/render/discord.js';
import { contextFor, realKnowledgeEngine, runNow } from '../helpers.js';

const engine = realKnowledgeEngine();
const context = contextFor(engine, () => 0);
const run = (name: string, options: Record<string, string | boolean | undefined> = {}): Reply =>
  runNow(name, options, context);

const buttons = (message: DiscordMessage) => message.components.flatMap((row) => row.components);

describe('renderDiscord', () => {
  it('renders an answer as an embed with excerpt, source link buttons and follow-up buttons', () => {
    const message = renderDiscord(run('ask', { question: 'how many carriers were hacked' }));
    expect(limitViolations(message)).toEqual([]);
    expect(message.flags).toBeUndefined();
    const [embed] = message.embeds;
    expect(embed?.title).toBe(engine.knowledge.qaById.get('how-many-carriers')?.question);
    expect(embed?.footer?.text).toMatch(/^Confidence \d\.\d\d · entry how-many-carriers$/);
    expect(embed?.fields?.every((f) => f.value.startsWith('> '))).toBe(true);
    const links = buttons(message).filter((b) => b.style === ButtonStyle.Link);
    expect(links.map((b) => ('url' in b ? b.url : ''))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^https:\/\/bgr\.com/),
        expect.stringMatching(/^https:\/\/www\.bloombergquint\.com/),
      ]),
    );
    const followUps = buttons(message).filter((b) => b.style === ButtonStyle.Secondary);
    expect(followUps.length).toBeGreaterThan(0);
    for (const b of followUps)
      expect(
        engine.knowledge.qaById.has(parseAskButtonId('custom_id' in b ? b.custom_id : '') ?? ''),
      ).toBe(true);
  });

  it('makes a private answer ephemeral', () => {
    expect(renderDiscord(run('ask', { question: 'who was behind it', private: true })).flags).toBe(
      MessageFlags.Ephemeral,
    );
  });

  it('renders "not in the reports" as a short ephemeral message with did-you-mean buttons', () => {
    const message = renderDiscord(run('ask', { question: 'who is the ceo of huawei' }));
    expect(message.flags).toBe(MessageFlags.Ephemeral);
    expect(message.embeds).toEqual([]);
    expect(message.content).toMatch(/^That's not in the reports/);
    expect(buttons(message).length).toBeGreaterThan(0);
    expect(buttons(message).length).toBeLessThanOrEqual(3);
    expect(limitViolations(message)).toEqual([]);
  });

  it('renders quotes, sources and help within limits, never allowing mentions', () => {
    for (const reply of [
      run('quote', { speaker: 'div' }),
      run('quote'),
      run('sources'),
      run('help'),
    ]) {
      const message = renderDiscord(reply);
      expect(limitViolations(message)).toEqual([]);
      expect(message.allowed_mentions).toEqual({ parse: [] });
    }
    const help = renderDiscord(run('help'));
    expect(buttons(help)).toHaveLength(5);
    const sources = renderDiscord(run('sources'));
    expect(sources.embeds.map((e) => e.url)).toEqual(engine.knowledge.sources.map((s) => s.url));
    expect(
      buttons(sources).every(
        (b) => b.type === ComponentType.Button && b.style === ButtonStyle.Link,
      ),
    ).toBe(true);
  });

  it('shows the searched words of a failed quote search escaped, unable to ping', () => {
    const message = renderDiscord(run('quote', { speaker: '@everyone', topic: '**bold** <@123>' }));
    expect(message.content).not.toContain('@everyone');
    expect(message.content).not.toContain('**bold**');
    expect(message.content).toContain('\\*\\*bold\\*\\*');
    expect(message.flags).toBe(MessageFlags.Ephemeral);
  });
});

describe('button ids', () => {
  it('round-trip an entry id and reject anything else', () => {
    expect(parseAskButtonId(askButtonId('still-ongoing'))).toBe('still-ongoing');
    expect(parseAskButtonId('ask:../../etc')).toBeNull();
    expect(parseAskButtonId('other:still-ongoing')).toBeNull();
  });
});

describe('safeUserText', () => {
  it('escapes markdown, defuses mentions, flattens and bounds the text', () => {
    expect(safeUserText('@here _hi_\n`x`')).toBe('@\u200bhere \\_hi\\_ \\`x\\`');
    expect([...safeUserText('y'.repeat(500), 100)]).toHaveLength(100);
  });
});
