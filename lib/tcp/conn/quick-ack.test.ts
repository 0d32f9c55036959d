/**
 * Linux quick-ack and pingpong modes (net/ipv4/tcp_input.c: tcp_event_data_recv(),
 * tcp_incr_quickack(), tcp_in_quickack_mode(), __tcp_ack_snd_check(), tcp_fin();
 * net/ipv4/tcp_output.c: tcp_event_data_sent(); net/ipv4/tcp_timer.c:
 * tcp_delack_timer_handler(); include/net/inet_connection_sock.h: inet_csk_in_pingpong_mode()).
 */
import { describe, expect, it } from 'vitest'
import { linuxQuickAckPingpong, linuxQuickClose } from '@/lib/scenarios/reference/basics'
import { LINUX_PROFILE } from '../profile'
import { type ScenarioInput } from '../scenario/schema'
import { runScenario } from '../sim/runner'

/** The scenario with both (linux) hosts' quick-ack mode set explicitly. */
const quickAck = (s: ScenarioInput, on: boolean): ScenarioInput => ({
  ...s,
  hosts: {
    client: { ip: '10.0.0.1', profile: 'linux', params: { quickAck: on } },
    server: { ip: '10.0.0.2', profile: 'linux', params: { quickAck: on } },
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

describe('quick-ack mode (quickAck, on in the linux profile)', () => {
  it('ACKs a new connection’s first data at once; a quick close still takes three segments', () => {
    expect(LINUX_PROFILE.quickAck).toBe(true)
    expect(ladder(linuxQuickClose)).toEqual([
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
    for (const x of runScenario(linuxQuickClose).expectations)
      expect(x.pass, `${x.description}: ${x.actual}`).toBe(true)
  })

  it('off (the classic delayed ACK): the reply carries the ACK of the request', () => {
    expect(ladder(quickAck(linuxQuickClose, false)).slice(4, 6)).toEqual([
      `server ${PSH_ACK} 500 200 OK`,
      `client ${FIN_ACK} 0 `,
    ])
  })

  it('a reply sent within the ACK timeout enters pingpong mode: later requests wait for the reply', () => {
    // Two request/response rounds on one connection: the first request is ACKed at once, the
    // second (the server is now in pingpong mode) gets its ACK on the reply.
    const server = ladder(linuxQuickAckPingpong).filter((l) => l.startsWith('server'))
    expect(server).toEqual([
      `server ${SYN_ACK} 0 `,
      `server ${ACK} 0 `,
      `server ${PSH_ACK} 500 reply 1`,
      `server ${PSH_ACK} 500 reply 2`,
      `server ${FIN_ACK} 0 `,
    ])
  })

  it('a delayed ACK that has to fire leaves pingpong mode (tcp_delack_timer_handler)', () => {
    // The server replies to request 1 at once (pingpong), then request 2 arrives and the server
    // takes 100 ms to reply: the delayed ACK fires alone, so request 3 is ACKed at once again.
    const apps: ScenarioInput['apps'] = [
      {
        host: 'server',
        actions: [
          { at: 0, do: 'listen', port: 80 },
          { on: { received: 100 }, do: 'send', bytes: 500, label: 'reply 1' },
          { on: { received: 200 }, after: 100, do: 'send', bytes: 500, label: 'reply 2' },
          { on: { received: 300 }, after: 100, do: 'send', bytes: 500, label: 'reply 3' },
        ],
      },
      {
        host: 'client',
        actions: [
          { at: 1, do: 'connect', to: 'server', port: 80 },
          { on: 'connected', do: 'send', bytes: 100, label: 'request 1' },
          { on: { received: 500 }, after: 1, do: 'send', bytes: 100, label: 'request 2' },
          { on: { received: 1000 }, after: 1, do: 'send', bytes: 100, label: 'request 3' },
        ],
      },
    ]
    const server = ladder({ ...linuxQuickClose, apps, expect: [] }).filter((l) => l.startsWith('server'))
    expect(server).toEqual([
      `server ${SYN_ACK} 0 `,
      `server ${ACK} 0 `, // quick ACK of request 1
      `server ${PSH_ACK} 500 reply 1`, // a prompt reply: pingpong mode
      `server ${ACK} 0 `, // request 2: the delayed ACK fires after 40 ms, leaving pingpong mode
      `server ${PSH_ACK} 500 reply 2`,
      `server ${ACK} 0 `, // request 3: quick ACKs are left, and no longer pingpong: at once
      `server ${PSH_ACK} 500 reply 3`,
    ])
  })
})
