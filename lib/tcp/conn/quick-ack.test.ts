/**
 * Linux quick-ack and pingpong modes (net/ipv4/tcp_input.c: tcp_event_data_recv(),
 * tcp_incr_quickack(), tcp_in_quickack_mode(), __tcp_ack_snd_check(), tcp_fin();
 * net/ipv4/tcp_output.c: tcp_event_data_sent(); net/ipv4/tcp_timer.c:
 * tcp_delack_timer_handler(); include/net/inet_connection_sock.h: inet_csk_in_pingpong_mode()).
 */
import { describe, expect, it } from 'vitest'
import { linuxQuickClose } from '@/lib/scenarios/reference/basics'
import { type ScenarioInput } from '../scenario/schema'
import { runScenario } from '../sim/runner'

const quick = (s: ScenarioInput): ScenarioInput => ({
  ...s,
  hosts: {
    client: { ip: '10.0.0.1', profile: 'linux', params: { quickAck: true } },
    server: { ip: '10.0.0.2', profile: 'linux', params: { quickAck: true } },
  },
})

/** Every segment sent, as `host flags len label`, in order. */
function ladder(s: ScenarioInput): string[] {
  return runScenario(s).trace.flatMap((e) =>
    e.type === 'segment-sent'
      ? [`${e.host} ${e.segment.flags} ${e.segment.payload.length} ${e.segment.label ?? ''}`]
      : [],
  )
}

const [FIN_ACK, ACK, SYN, SYN_ACK, PSH_ACK] = [17, 16, 2, 18, 24]

describe('quick-ack mode (quickAck: true)', () => {
  it('ACKs a new connection’s first data at once; a quick close still takes three segments', () => {
    const s = quick(linuxQuickClose)
    expect(ladder(s)).toEqual([
      `client ${SYN} 0 `,
      `server ${SYN_ACK} 0 `,
      `client ${ACK} 0 `,
      `client ${PSH_ACK} 100 GET /`,
      // tcp_event_data_recv(): first data, quick-ack mode; the ACK precedes the application's reply.
      `server ${ACK} 0 `,
      `server ${PSH_ACK} 500 200 OK`,
      // The client is in quick-ack mode too: it ACKs the reply before its application closes.
      `client ${ACK} 0 `,
      `client ${FIN_ACK} 0 `,
      // tcp_fin() entered pingpong mode: the ACK of the FIN waits and rides on the server's FIN.
      `server ${FIN_ACK} 0 `,
      `client ${ACK} 0 `,
    ])
    const r = runScenario(s)
    for (const x of r.expectations) expect(x.pass, `${x.description}: ${x.actual}`).toBe(true)
  })

  it('off (the classic delayed ACK): the reply carries the ACK of the request', () => {
    expect(ladder(linuxQuickClose).slice(4, 6)).toEqual([
      `server ${PSH_ACK} 500 200 OK`,
      `client ${FIN_ACK} 0 `,
    ])
  })

  it('a reply sent within the ACK timeout enters pingpong mode: later requests wait for the reply', () => {
    // Two request/response rounds on one connection: the first request is ACKed at once, the
    // second (the server is now in pingpong mode) gets its ACK on the reply.
    const s = quick({
      ...linuxQuickClose,
      apps: [
        {
          host: 'server',
          actions: [
            { at: 0, do: 'listen', port: 80 },
            { on: { received: 100 }, do: 'send', bytes: 500, label: 'reply 1' },
            { on: { received: 200 }, do: 'send', bytes: 500, label: 'reply 2' },
          ],
        },
        {
          host: 'client',
          actions: [
            { at: 1, do: 'connect', to: 'server', port: 80 },
            { on: 'connected', do: 'send', bytes: 100, label: 'request 1' },
            { on: { received: 500 }, after: 1, do: 'send', bytes: 100, label: 'request 2' },
          ],
        },
      ],
      expect: [],
    })
    const server = ladder(s).filter((l) => l.startsWith('server'))
    expect(server).toEqual([
      `server ${SYN_ACK} 0 `,
      `server ${ACK} 0 `,
      `server ${PSH_ACK} 500 reply 1`,
      `server ${PSH_ACK} 500 reply 2`,
    ])
  })
})
