/**
 * Why the initial sequence number is neither 0 nor a simple counter (RFC 9293 §3.4.1, RFC 6528):
 * an off-path attacker forges a trusted client's handshake without seeing the SYN-ACK. With a
 * fixed ISN (NOT TCP) the blind ACK is right and the server runs the forged command; with a real
 * ISN the same guess misses and draws a reset.
 */
import { setPath } from '../path'
import { type LibraryEntry } from '../types'
import { CLIENT_IP, SERVER_IP, text } from './common'

const ATTACKER_IP = '10.0.0.66'

/** The attacker's guess at the server's ISN; SEG.ACK of the forged third segment is this + 1. */
const GUESSED_ISN = 0

/**
 * The 1994-style rsh attack: the trusted client is down (so nobody resets the half-open entry),
 * the attacker sends a SYN with the client's address, then, blind, the ACK that the server would
 * expect if its ISN were the guess, carrying a command.
 */
const blindSpoof = {
  name: 'isn-blind-spoof',
  hosts: {
    client: { ip: CLIENT_IP, profile: 'linux' as const },
    server: { ip: SERVER_IP, profile: 'linux' as const },
    attacker: { ip: ATTACKER_IP, profile: 'linux' as const },
  },
  network: { latencyMs: 10 },
  until: 10_000,
  apps: [{ host: 'server', actions: [{ at: 0, do: 'listen' as const, port: 513 }] }],
  faults: [
    { kind: 'crash' as const, host: 'client', at: 0 },
    {
      kind: 'inject' as const,
      at: 10,
      from: 'attacker',
      to: 'server',
      spoofAs: 'client',
      srcPort: 1023,
      dstPort: 513,
      flags: 'SYN',
      seq: 5000,
      label: 'forged SYN',
    },
    {
      kind: 'inject' as const,
      at: 100,
      from: 'attacker',
      to: 'server',
      spoofAs: 'client',
      srcPort: 1023,
      dstPort: 513,
      flags: 'ACK',
      seq: 5001,
      ack: GUESSED_ISN + 1,
      bytes: 20,
      label: 'echo + + >> .rhosts',
    },
  ],
}

export const isnFixedBlindSpoof: LibraryEntry = {
  id: 'isn-fixed-blind-spoof',
  topic: 'handshake',
  notTcp: true,
  title: text(
    'NOT TCP: a fixed ISN lets a blind attacker open a connection',
    '并非 TCP：固定的 ISN 让盲攻击者建立连接',
  ),
  summary: text(
    'Counterfactual. Every connection starts at ISN 0. An attacker who cannot see the server’s replies forges a SYN from a trusted client’s address, then the ACK the server expects (ack = 0 + 1) with a command. The server takes it as the end of the handshake and reads the command as if the trusted client had sent it.',
    '反事实演示。每条连接的 ISN 都从 0 开始。攻击者看不到服务器的回复，却冒用受信任客户端的地址发出 SYN，再发出服务器期望的 ACK（ack = 0 + 1）并附带一条命令。服务器把它当作握手的第三步，像对待受信任客户端一样读取这条命令。',
  ),
  scenario: {
    ...blindSpoof,
    name: 'isn-fixed-blind-spoof',
    variants: ['fixed-isn'],
    expect: [
      { note: 'COUNTERFACTUAL, NOT TCP' },
      { host: 'server', passesThrough: 'ESTABLISHED' },
      { segments: { from: 'server', hasFlags: 'RST' }, exactly: 0 },
    ],
  },
  knobs: [],
}

export const isnBlindSpoofReset: LibraryEntry = {
  id: 'isn-blind-spoof-reset',
  topic: 'handshake',
  title: text(
    'A blind spoofed handshake against a real ISN draws a reset',
    '针对真实 ISN 的盲伪造握手只换来一个 RST',
  ),
  summary: text(
    'The same attack against a server whose ISN is a clock plus a keyed hash (RFC 6528). The forged third segment acknowledges 1, but the server’s ISN is a number the attacker never saw; the ACK is unacceptable in SYN-RECEIVED, so the server answers with a reset and never reaches ESTABLISHED.',
    '同样的攻击，对象换成 ISN 由时钟加带密钥哈希生成（RFC 6528）的服务器。伪造的第三个报文段确认号为 1，但服务器的 ISN 是攻击者从未见过的数字；在 SYN-RECEIVED 状态下这个 ACK 不可接受，服务器回以 RST，始终不会进入 ESTABLISHED。',
  ),
  scenario: {
    ...blindSpoof,
    expect: [
      { host: 'server', passesThrough: 'SYN-RECEIVED' },
      { host: 'server', neverEnters: 'ESTABLISHED' },
      { segments: { from: 'server', flags: 'RST' }, exactly: 1 },
    ],
  },
  knobs: [
    {
      id: 'guessed-isn',
      kind: 'number',
      label: text('Attacker’s guess at the server ISN', '攻击者猜测的服务器 ISN'),
      help: text(
        'The forged ACK acknowledges guess + 1. Only the exact ISN would be accepted.',
        '伪造的 ACK 确认号为猜测值 + 1。只有恰好猜中 ISN 才会被接受。',
      ),
      min: 0,
      max: 0xffff_fffe,
      step: 1,
      default: GUESSED_ISN,
      apply: (s, n) => setPath(s, 'faults.2.ack', n + 1),
    },
  ],
}

export const ISN: readonly LibraryEntry[] = [isnFixedBlindSpoof, isnBlindSpoofReset]
