/**
 * Loaded with `node --require` by electron/no-network.test.ts: every way Node can reach the
 * network (TCP/TLS connect, UDP send, DNS, http(s).request, fetch) is wrapped to record the
 * attempt in $ALVH_NO_NET_LOG (one JSON line each) and then throw. Loopback hosts and local
 * (Unix-socket / named-pipe) paths are allowed: the browser host listens on 127.0.0.1.
 */
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script for `node --require` */
const fs = require('node:fs');
const net = require('node:net');
const tls = require('node:tls');
const dns = require('node:dns');
const dgram = require('node:dgram');
const http = require('node:http');
const https = require('node:https');

const LOG = process.env.ALVH_NO_NET_LOG;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '::ffff:127.0.0.1', '0.0.0.0', '']);

function isLoopback(host) {
  if (host === undefined || host === null) return true; // Node's default host is localhost
  const h = String(host).toLowerCase();
  return LOOPBACK.has(h) || /^127\.\d+\.\d+\.\d+$/.test(h) || h.endsWith('.localhost');
}

function attempt(kind, host, detail) {
  if (isLoopback(host)) return;
  const line = JSON.stringify({ kind, host: String(host), detail: detail === undefined ? undefined : String(detail).slice(0, 200), stack: new Error().stack?.split('\n').slice(2, 6).join(' | ') });
  if (LOG) fs.appendFileSync(LOG, `${line}\n`);
  throw new Error(`network access blocked in this test: ${kind} ${host}`);
}

function hostOfUrl(value) {
  try {
    return new URL(String(value)).hostname;
  } catch {
    return undefined;
  }
}

/** http.request(url | options, [options], cb) → the host it would reach. */
function hostOfRequest(args) {
  const [first, second] = args;
  if (typeof first === 'string' || first instanceof URL) return (second && typeof second === 'object' && (second.hostname || second.host)) || hostOfUrl(first);
  if (first && typeof first === 'object') return first.hostname || (first.host ? String(first.host).replace(/:\d+$/, '') : first.socketPath ? 'localhost' : 'localhost');
  return 'localhost';
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function patchedConnect(...args) {
  const [first, second] = args;
  let host;
  if (Array.isArray(first)) host = first[0] && first[0].host; // internal normalized form
  else if (first && typeof first === 'object') host = first.path ? 'localhost' : first.host;
  else if (typeof first === 'number' || /^\d+$/.test(String(first))) host = typeof second === 'string' ? second : 'localhost';
  else host = 'localhost'; // a pipe / Unix socket path
  attempt('net.connect', host);
  return connect.apply(this, args);
};

for (const name of ['connect']) {
  const original = tls[name];
  tls[name] = function patchedTls(...args) {
    const [first, second] = args;
    const host = first && typeof first === 'object' ? first.host || first.servername : typeof second === 'string' ? second : 'localhost';
    attempt('tls.connect', host);
    return original.apply(this, args);
  };
}

for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'resolveSrv', 'resolveMx', 'resolveCname', 'reverse', 'lookupService']) {
  const original = dns[name];
  if (typeof original === 'function') dns[name] = function patchedDns(host, ...rest) { attempt(`dns.${name}`, host); return original.call(this, host, ...rest); };
  const promised = dns.promises && dns.promises[name];
  if (typeof promised === 'function') dns.promises[name] = function patchedDnsPromise(host, ...rest) { attempt(`dns.promises.${name}`, host); return promised.call(this, host, ...rest); };
}

for (const [label, mod] of [['http', http], ['https', https]]) {
  for (const name of ['request', 'get']) {
    const original = mod[name];
    mod[name] = function patchedRequest(...args) {
      attempt(`${label}.${name}`, hostOfRequest(args));
      return original.apply(this, args);
    };
  }
}

const send = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function patchedSend(...args) {
  const host = args.find((a, i) => i > 0 && typeof a === 'string');
  attempt('dgram.send', host ?? 'unknown');
  return send.apply(this, args);
};

if (typeof globalThis.fetch === 'function') {
  const originalFetch = globalThis.fetch;
  globalThis.fetch = function patchedFetch(input, init) {
    const url = typeof input === 'string' || input instanceof URL ? String(input) : input && input.url;
    try {
      attempt('fetch', hostOfUrl(url) ?? String(url));
    } catch (error) {
      return Promise.reject(error);
    }
    return originalFetch.call(this, input, init);
  };
}

if (LOG) fs.appendFileSync(LOG, `${JSON.stringify({ kind: 'preload-active', pid: process.pid })}\n`);
