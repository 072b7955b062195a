import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEngine } from '../../src/engine/engine.js';
import { KnowledgeStore } from '../../src/knowledgeStore.js';
import { COMMANDS, COMMANDS_BY_NAME } from '../../src/commands.js';
import { STRINGS } from '../../src/strings.js';
import { FIXTURES, loadOrThrow, runNow } from '../helpers.js';

let dir: string;
let store: KnowledgeStore;

const answerTo = (question: string) => {
  const result = store.engine.ask(question);
  return result.status === 'answered' && result.kind === 'entry' ? result.entry.id : result.status;
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-'));
  cpSync(path.join(FIXTURES, 'kb-valid'), dir, { recursive: true });
  store = new KnowledgeStore(dir, buildEngine(loadOrThrow(dir)));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const qaFile = () => path.join(dir, 'qa.yaml');
const addAlternate = (alternate: string) =>
  writeFileSync(
    qaFile(),
    readFileSync(qaFile(), 'utf8').replace(
      '      - wat happend lol\n',
      `      - wat happend lol\n      - ${alternate}\n`,
    ),
  );

describe('knowledge reload', () => {
  it('serves a valid edit and reports entries before and after', () => {
    expect(answerTo('tell me the gazette summary')).toBe('no_match');
    addAlternate('gazette summary');
    const result = store.reload();
    expect(result).toMatchObject({ ok: true, before: { entries: 2 }, after: { entries: 2 } });
    expect(answerTo('tell me the gazette summary')).toBe('what-happened');
  });

  it('rejects a broken edit with file:line:field errors and keeps serving the last good knowledge', () => {
    const before = store.engine;
    writeFileSync(
      qaFile(),
      readFileSync(qaFile(), 'utf8').replace(
        '    answer: The firm did not name the carriers.\n',
        '',
      ),
    );
    const result = store.reload();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.stringMatching(/qa\.yaml:\d+:\d+ qa\[1\] \(which-carriers\)\.answer: is required$/),
    ]);
    expect(store.engine).toBe(before);
    expect(answerTo('which carriers')).toBe('which-carriers');
  });

  it('picks up a change on disk by itself within a couple of seconds', async () => {
    store.watch(100);
    addAlternate('gazette overview please');
    const started = Date.now();
    while (answerTo('gazette overview please') !== 'what-happened' && Date.now() - started < 3000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(answerTo('gazette overview please')).toBe('what-happened');
    console.log(`reload picked up a saved edit in ${Date.now() - started} ms (debounce 100 ms)`);
  });
});

describe('/reload', () => {
  const context = () => ({
    get engine() {
      return store.engine;
    },
    commands: COMMANDS,
    reload: () => store.reload(),
  });

  it('is for administrators only (default_member_permissions "0") and hidden from /help', () => {
    expect(COMMANDS_BY_NAME.get('reload')?.data.toJSON().default_member_permissions).toBe('0');
    const help = runNow('help', {}, context());
    expect(help.kind === 'help' && help.commands.map((c) => c.name)).not.toContain('reload');
  });

  it('answers with what changed, or with the errors', () => {
    const ok = runNow('reload', {}, context());
    expect(ok).toMatchObject({ kind: 'reload', ok: true, ephemeral: true });
    expect(ok.kind === 'reload' && ok.message).toMatch(
      /^Knowledge base reloaded in \d+ ms: 2 → 2 Q&A entries\.$/,
    );
    writeFileSync(qaFile(), 'qa: [unclosed');
    const bad = runNow('reload', {}, context());
    expect(bad).toMatchObject({ kind: 'reload', ok: false, message: STRINGS.reloadRejected(1) });
  });

  it('says so where reloading is not available', () => {
    expect(runNow('reload', {}, { engine: store.engine, commands: COMMANDS })).toEqual({
      kind: 'invalid',
      message: STRINGS.reloadUnavailable,
      ephemeral: true,
    });
  });
});

describe('reload while the bot runs', () => {
  it('answers from a good edit and keeps answering after a bad one, through the real client', async () => {
    const { startStandIn } = await import('../discord/standIn.js');
    const { createGatewayBot } = await import('../../src/transport/gateway.js');
    const { createLogger } = await import('../../src/log.js');
    const { Cooldown } = await import('../../src/transport/cooldown.js');
    const { Writable } = await import('node:stream');
    const standIn = await startStandIn();
    const bot = createGatewayBot({
      token: 'a.b.c',
      apiUrl: standIn.apiUrl,
      log: createLogger({
        level: 'silent',
        stream: new Writable({ write: (_c, _e, done) => done() }),
      }),
      commands: COMMANDS_BY_NAME,
      context: {
        get engine() {
          return store.engine;
        },
        commands: COMMANDS,
        reload: () => store.reload(),
      },
      cooldown: new Cooldown(0),
    });
    const ask = async (question: string) => {
      const { id } = standIn.chatInput('ask', [{ name: 'question', type: 3, value: question }]);
      const callback = await standIn.waitForCallback(id);
      const data = callback.data as { embeds?: { footer?: { text?: string } }[]; content?: string };
      return data.embeds?.[0]?.footer?.text ?? data.content;
    };
    try {
      await bot.start();
      store.watch(100);
      expect(await ask('gazette rundown please')).toMatch(/^That's not in the reports/);
      addAlternate('gazette rundown please');
      const deadline = Date.now() + 3000;
      while (answerTo('gazette rundown please') !== 'what-happened' && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(await ask('gazette rundown please')).toMatch(/entry what-happened$/);
      writeFileSync(qaFile(), 'qa: [broken');
      await new Promise((r) => setTimeout(r, 500));
      expect(await ask('gazette rundown please')).toMatch(/entry what-happened$/);
    } finally {
      await bot.stop(500);
      await standIn.close();
    }
  });
});
