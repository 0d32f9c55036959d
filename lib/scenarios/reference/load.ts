/**
 * Long runs that measure the engine: a bulk transfer and a SYN flood at a million SYNs per second.
 * `npm run bench` sizes them; the golden test pins one fixed size of each.
 */
import { type ScenarioInput } from '@/lib/tcp'
import { text } from '../topics/common'
import { type LibraryEntry } from '../types'
import { type NamedScenario, reference } from './entry'

const hosts = { client: { ip: '10.0.0.1' }, server: { ip: '10.0.0.2' } }

/** One connection moving `bytes` from client to server, then a normal close. */
export function bulkTransfer(name: string, bytes: number, network: ScenarioInput['network']): NamedScenario {
  return {
    name,
    hosts,
    network,
    apps: [
      {
        host: 'server',
        actions: [
          { do: 'listen', port: 80, at: 0 },
          { do: 'close', on: 'eof' },
        ],
      },
      {
        host: 'client',
        actions: [
          { do: 'connect', to: 'server', port: 80, at: 0 },
          { do: 'send', bytes, on: 'connected' },
          { do: 'close', on: 'connected', after: 1 },
        ],
      },
    ],
  }
}

/** `count` spoofed SYNs from the attacker to the server's port 80, a million per second from t = 0. */
const millionSynsPerSecond = (count: number) =>
  ({
    kind: 'syn-flood',
    from: 'attacker',
    to: 'server',
    port: 80,
    at: 0,
    ratePerSec: 1_000_000,
    count,
  }) as const

/** `count` spoofed SYNs at a million per second against a Linux listener (cookies on overflow). */
export function synFloodLoad(count: number): NamedScenario {
  return {
    name: 'bench-syn-flood',
    hosts: { attacker: { ip: '10.0.0.66' }, server: { ip: '10.0.0.2' } },
    network: { latencyMs: 10 },
    apps: [{ host: 'server', actions: [{ do: 'listen', port: 80, backlog: 128, at: 0 }] }],
    faults: [millionSynsPerSecond(count)],
  }
}

/** 300 kB over a jittery, lossy path: retransmissions, reordering and timers all get exercised. */
const goldenBulk = bulkTransfer('golden-bulk', 300_000, { latencyMs: 10, jitterMs: 3, loss: 0.02 })

/** 3000 flood SYNs while a real client connects (host order: attacker first, as the hash was taken). */
const goldenFlood = {
  name: 'golden-flood',
  hosts: { attacker: { ip: '10.0.0.66' }, server: { ip: '10.0.0.2' }, client: { ip: '10.0.0.1' } },
  apps: [
    { host: 'server', actions: [{ do: 'listen', port: 80, backlog: 128, at: 0 }] },
    { host: 'client', actions: [{ do: 'connect', to: 'server', port: 80, at: 2 }] },
  ],
  faults: [millionSynsPerSecond(3000)],
} satisfies NamedScenario

export const LOAD: readonly LibraryEntry[] = [
  reference(goldenBulk, {
    topic: 'engine-load',
    title: text('Bulk transfer over a lossy path', '有损路径上的批量传输'),
    summary: text(
      '300 kB from client to server with 3 ms of jitter and 2 % loss, then a close.',
      '客户端向服务器发送 300 kB，路径有 3 毫秒抖动和 2% 丢包，随后关闭。',
    ),
  }),
  reference(goldenFlood, {
    topic: 'engine-load',
    title: text('SYN flood of 3000 at a million per second', '每秒一百万个、共 3000 个 SYN 的洪泛'),
    summary: text(
      'Spoofed SYNs fill a backlog of 128 while a real client connects 2 ms in.',
      '伪造的 SYN 填满 128 的 backlog，同时一个真实客户端在第 2 毫秒发起连接。',
    ),
  }),
]
