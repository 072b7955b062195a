import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS_BY_NAME } from '../src/commands.js';
import { limitViolations, renderDiscord } from '../src/render/discord.js';
import { renderText } from '../src/render/text.js';
import { Cooldown } from '../src/transport/cooldown.js';
import { handleInteraction } from '../src/transport/interactions.js';
import { contextFor, realKnowledgeEngine, runNow } from './helpers.js';

/**
 * 10,000 generated inputs per command option through the real command handlers and both
 * renderers: no exception, every Discord message within limits, mentions never allowed, and no
 * user text breaking out of the formatting.
 */
const RUNS = 10_000;
const deps = {
  commands: COMMANDS_BY_NAME,
  context: contextFor(realKnowledgeEngine(), () => 0.5),
  cooldown: new Cooldown(0),
};

const nasty = fc.constantFrom(
  '',
  ' ',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '**bold**',
  '`code`',
  '```block```',
  '||spoiler||',
  '> quote',
  '[link](https://example.com)',
  'https://discord.gg/invite',
  '\u202Eevil\u202C',
  '\u200B\u200D\uFEFF',
  '\u0000\u0007\u001B[31m',
  '\uD800',
  '\uDFFF',
  'مرحبا بالعالم',
  'שלום',
  '🤔🔥💀',
  '👩‍👩‍👧‍👦',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  'who was behind it',
  'apt10',
  'geng',
);
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 2, arbitrary: fc.array(nasty, { maxLength: 6 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 300, maxLength: 5000 }) },
);

async function checkMessage(name: string, options: Record<string, string>): Promise<void> {
  const outcome = await handleInteraction({ kind: 'command', name, options, userId: '1' }, deps);
  if (outcome.response.type === 'autocomplete') throw new Error('unexpected autocomplete');
  const message = outcome.response.message;
  expect(limitViolations(message)).toEqual([]);
  expect(message.allowed_mentions).toEqual({ parse: [] });
  for (const value of Object.values(options)) {
    const shown = JSON.stringify(message);
    // User text is never shown raw where it could ping or format (longer than trivial fragments).
    if (/@(everyone|here)|<@|\*\*|```|\|\|/.test(value) && value.trim().length > 3)
      expect(shown).not.toContain(JSON.stringify(value).slice(1, -1));
  }
  expect(() => renderText(runNow(name, options, deps.context))).not.toThrow();
}

describe('fuzzing every command option', () => {
  it(`/ask question: ${RUNS} inputs`, async () => {
    await fc.assert(
      fc.asyncProperty(text, (question) => checkMessage('ask', { question })),
      { numRuns: RUNS },
    );
  });

  it(`/quote speaker: ${RUNS} inputs`, async () => {
    await fc.assert(
      fc.asyncProperty(text, (speaker) => checkMessage('quote', { speaker })),
      { numRuns: RUNS },
    );
  });

  it(`/quote topic: ${RUNS} inputs`, async () => {
    await fc.assert(
      fc.asyncProperty(text, (topic) => checkMessage('quote', { topic })),
      { numRuns: RUNS },
    );
  });

  it(`autocomplete and buttons: ${RUNS} inputs each`, async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('ask', 'quote'), async (value, name) => {
        const focused = { name: name === 'ask' ? 'question' : 'speaker', value };
        const outcome = await handleInteraction(
          { kind: 'autocomplete', name, focused, userId: '1' },
          deps,
        );
        if (outcome.response.type !== 'autocomplete') throw new Error('expected choices');
        expect(outcome.response.choices.length).toBeLessThanOrEqual(25);
        for (const choice of outcome.response.choices) {
          expect(choice.name.length).toBeGreaterThan(0);
          expect(choice.name.length).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(text, async (customId) => {
        const outcome = await handleInteraction(
          { kind: 'button', customId: `ask:${customId}`, userId: '1' },
          deps,
        );
        if (outcome.response.type === 'autocomplete') throw new Error('unexpected');
        expect(limitViolations(outcome.response.message)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('renders every reply kind as text and as a Discord message for every known question', () => {
    for (const entry of deps.context.engine.knowledge.qa) {
      const message = renderDiscord(runNow('ask', { question: entry.question }, deps.context));
      expect(limitViolations(message)).toEqual([]);
    }
  });
});
