// Tests never leave this machine: any TCP connection to a non-loopback address fails loudly.
// discord.js's REST client (undici) and gateway (ws) both connect through net.Socket. Plain
// JavaScript so child processes started by tests can load it too (NODE_OPTIONS=--import=...).
import net from 'node:net';

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|localhost|::ffff:127(?:\.\d{1,3}){3})$/i;

export class NonLoopbackConnectionError extends Error {
  name = 'NonLoopbackConnectionError';
}

function hostOf(args) {
  const [first, second] = args;
  if (Array.isArray(first)) return hostOf(first);
  if (typeof first === 'object' && first !== null) {
    if (first.path) return 'localhost'; // a local (unix) socket
    return first.host ?? 'localhost';
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return 'localhost'; // a unix socket path
  return typeof second === 'string' ? second : 'localhost';
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const host = hostOf(args);
  if (!LOOPBACK.test(String(host).replace(/^\[|\]$/g, ''))) {
    throw new NonLoopbackConnectionError(
      `Tests may only connect to loopback; blocked a connection to ${host}`,
    );
  }
  return originalConnect.apply(this, args);
};
