import { execFile } from 'node:child_process';
import net from 'node:net';
import { promisify } from 'node:util';
import { guardedChildEnv } from './helpers.js';
import { describe, expect, it } from 'vitest';

describe('network guard', () => {
  it('refuses a connection to a non-loopback address', () => {
    expect(() => net.connect({ host: '93.184.216.34', port: 443 })).toThrow(
      /only connect to loopback/,
    );
    expect(() => net.connect(443, 'discord.com')).toThrow(/only connect to loopback/);
  });

  it('allows loopback connections', async () => {
    const server = net.createServer((socket) => socket.end('hi'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const received = await new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port });
      let data = '';
      socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    server.close();
    expect(received).toBe('hi');
  });

  it('guards child processes started with guardedChildEnv too', async () => {
    const script = "require('node:net').connect({ host: '93.184.216.34', port: 443 })";
    const run = promisify(execFile)(process.execPath, ['-e', script], { env: guardedChildEnv() });
    await expect(run).rejects.toThrow(/only connect to loopback/);
  });
});
