import { afterEach, describe, expect, it } from 'vitest';
import { children, get, interaction, newSigner, post, startHttp, waitForPort } from './signing.js';

const signer = newSigner();
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('npm run start:http', () => {
  it('is ready within a couple of seconds without a bot token, answers, and exits 0 on SIGTERM', async () => {
    const started = Date.now();
    const server = startHttp({
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_CLIENT_ID: '1100000000000000001',
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: '0',
      DISCORD_TOKEN: '',
    });
    const port = await waitForPort(server.output);
    expect((await get(port, '/healthz')).status).toBe(200);
    console.log(`start:http ready (healthz 200) ${Date.now() - started} ms after spawn`);
    const res = await post(
      port,
      JSON.stringify(interaction(2, { id: '1', name: 'help', type: 1 })),
      signer,
    );
    expect(res.status).toBe(200);
    server.child.kill('SIGTERM');
    const stopAsked = Date.now();
    expect(await server.exit).toBe(0);
    expect(Date.now() - stopAsked).toBeLessThan(5000);
  });

  it('names a missing or malformed variable and exits non-zero', async () => {
    const missing = startHttp({ DISCORD_CLIENT_ID: '1100000000000000001', DISCORD_PUBLIC_KEY: '' });
    expect(await missing.exit).toBe(1);
    expect(missing.output()).toMatch(/DISCORD_PUBLIC_KEY: is required here; set it in \.env/);
    const bad = startHttp({
      DISCORD_CLIENT_ID: '1100000000000000001',
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      HTTP_PORT: '99999',
    });
    expect(await bad.exit).toBe(1);
    expect(bad.output()).toMatch(/HTTP_PORT: must be 0–65535/);
  });
});
