/**
 * TLS entries for the scenario library (lib/scenarios): the handshakes over the engine's TCP,
 * with a knob to switch handshake and one for latency. They are plain LibraryEntry values; the
 * library lists them with `...TLS_ENTRIES`.
 */
import { latencyKnob } from '../knobs'
import { type LibraryEntry, type SelectKnob } from '../types'
import { type ScenarioInput } from '@/lib/tcp'
import { type HandshakeId } from '@/lib/tls/message'
import { tlsScenario } from '@/lib/tls/scenario'
import { handshakeSpec } from '@/lib/tls/specs'

const text = (en: string, zh: string) => ({ en, zh })
const DEFAULT_LATENCY_MS = 50 // one way, so an RTT of 100 ms

/** The TCP handshakes a learner can pick, with their names in both languages. */
const OVER_TCP: readonly { value: HandshakeId; en: string; zh: string }[] = [
  { value: 'tls12', en: 'TLS 1.2 (ECDHE)', zh: 'TLS 1.2（ECDHE）' },
  { value: 'tls12-rsa', en: 'TLS 1.2 (static RSA key exchange)', zh: 'TLS 1.2（静态 RSA 密钥交换）' },
  { value: 'tls12-resumed', en: 'TLS 1.2, resumed with a ticket', zh: 'TLS 1.2，会话票据恢复' },
  { value: 'tls13', en: 'TLS 1.3', zh: 'TLS 1.3' },
  {
    value: 'tls13-hrr',
    en: 'TLS 1.3 after a HelloRetryRequest',
    zh: 'TLS 1.3，收到 HelloRetryRequest 之后',
  },
  { value: 'tls13-0rtt', en: 'TLS 1.3, 0-RTT resumption', zh: 'TLS 1.3，0-RTT 恢复' },
]

/** Rebuilds the scenario for another handshake, keeping the latency and faults already chosen. */
const handshakeKnob = (current: HandshakeId, only?: readonly HandshakeId[]): SelectKnob => ({
  id: 'handshake',
  kind: 'select',
  label: text('Handshake', '握手'),
  options: OVER_TCP.filter((o) => !only || only.includes(o.value)).map((o) => ({
    value: o.value,
    label: text(o.en, o.zh),
  })),
  default: current,
  apply: (s, value) => ({
    ...tlsScenario(handshakeSpec(value as HandshakeId), {
      rttMs: 2 * (s.network?.latencyMs ?? DEFAULT_LATENCY_MS),
      faults: s.faults,
    }),
    name: s.name,
    expect: s.expect,
  }),
})

/** Expectations that hold whichever handshake is chosen. */
const reachesResponse: ScenarioInput['expect'] = [
  { segments: { from: 'client', label: 'ClientHello' }, atLeast: 1 },
  { segments: { from: 'server', label: 'HTTP response' }, atLeast: 1 },
  { host: 'client', passesThrough: 'ESTABLISHED' },
]

const base = (id: HandshakeId, name: string, extra: Partial<ScenarioInput> = {}): ScenarioInput => {
  const s = tlsScenario(handshakeSpec(id), { rttMs: 2 * DEFAULT_LATENCY_MS, faults: extra.faults })
  return { ...s, name, expect: [...reachesResponse, ...(extra.expect ?? [])] }
}

export const tlsRoundTrips: LibraryEntry = {
  id: 'tls-round-trips',
  topic: 'tls',
  title: text('Round trips before the first HTTPS byte', 'HTTPS 首字节之前要几个往返'),
  summary: text(
    'One round trip for TCP, then two for a full TLS 1.2 handshake or one for TLS 1.3 (its key share rides in the ClientHello), then one for the request: 4 or 3 RTTs to the first response byte; 0-RTT resumption sends the request with the ClientHello.',
    'TCP 握手一个往返；TLS 1.2 完整握手再两个，TLS 1.3 只要一个（密钥共享随 ClientHello 发出）；请求再一个往返：首个响应字节分别在 4 个或 3 个 RTT 后到达；0-RTT 恢复则把请求和 ClientHello 一起发出。',
  ),
  scenario: base('tls13', 'tls-round-trips'),
  knobs: [handshakeKnob('tls13'), latencyKnob(DEFAULT_LATENCY_MS)],
  handshakes: [
    'tls12',
    'tls12-rsa',
    'tls12-resumed',
    'tls13',
    'tls13-hrr',
    'tls13-0rtt',
    'quic',
    'quic-0rtt',
  ],
}

export const tlsLostCertificate: LibraryEntry = {
  id: 'tls-lost-certificate',
  topic: 'tls',
  title: text('The segment carrying the Certificate is lost', '携带证书的报文段丢失'),
  summary: text(
    'The server’s first flight spans several segments; losing the first one stalls the handshake until the server’s retransmission timer fires, because TLS can use nothing until every byte before it has arrived in order. The tail loss probe that goes first re-sends only the flight’s last segment: without SACK recovery (not modelled) it cannot fill the hole, so the RTO comes one probe timeout later.',
    '服务器的第一批消息跨越多个报文段；第一个丢失后，握手要等服务器的重传定时器超时，因为 TLS 必须按序收到之前的所有字节才能继续。先发出的尾部丢失探测只重发这批消息的最后一个报文段：没有 SACK 恢复（本模型未实现），它填不上前面的空洞，所以 RTO 要晚一个探测超时才到。',
  ),
  scenario: base('tls13', 'tls-lost-certificate', {
    faults: [{ kind: 'drop', match: { from: 'server', label: 'Certificate' }, nth: 1 }],
    expect: [{ segments: { from: 'server', label: 'Certificate', reason: 'retransmission' }, atLeast: 1 }],
  }),
  // Resumed handshakes send no Certificate, so only full handshakes can lose one.
  knobs: [
    handshakeKnob('tls13', ['tls12', 'tls12-rsa', 'tls13', 'tls13-hrr']),
    latencyKnob(DEFAULT_LATENCY_MS),
  ],
  handshakes: ['tls12', 'tls13'],
}

export const TLS_ENTRIES: readonly LibraryEntry[] = [tlsRoundTrips, tlsLostCertificate]
