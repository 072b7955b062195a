import net from 'node:net';

/**
 * Tests never leave this machine: any TCP connection to a non-loopback address fails loudly.
 * (discord.js's REST client, undici and ws all connect through net.Socket.)
 */
const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|localhost|::ffff:127(?:\.\d{1,3}){3})$/i;

export class NonLoopbackConnectionError extends Error {
  override name = 'NonLoopbackConnectionError';
}

function hostOf(args: unknown[]): string | undefined {
  const [first, second] = args;
  if (Array.isArray(first)) return hostOf(first as unknown[]);
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; path?: string };
    if (options.path) return 'localhost'; // a local (unix) socket
    return options.host ?? 'localhost';
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return 'localhost'; // a unix socket path
  return typeof second === 'string' ? second : 'localhost';
}

// eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied below with the socket as `this`
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const host = hostOf(args);
  if (host !== undefined && !LOOPBACK.test(host.replace(/^\[|\]$/g, ''))) {
    throw new NonLoopbackConnectionError(
      `Tests may only connect to loopback; blocked a connection to ${host}`,
    );
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
};
