/**
 * Node positions and edges of RFC 9293 Figure 5 ("TCP Connection State Diagram"), redrawn on a
 * small grid. CLOSED appears twice, as in the RFC: once where connections start, once where the
 * closing paths end.
 */
import { type TcpState } from '@/lib/tcp'

export type DiagramNode = TcpState | 'CLOSED-END'

export const NODES: Record<DiagramNode, { x: number; y: number; label: string }> = {
  CLOSED: { x: 160, y: 18, label: 'CLOSED' },
  LISTEN: { x: 160, y: 72, label: 'LISTEN' },
  'SYN-RECEIVED': { x: 52, y: 126, label: 'SYN-RCVD' },
  'SYN-SENT': { x: 268, y: 126, label: 'SYN-SENT' },
  ESTABLISHED: { x: 160, y: 180, label: 'ESTABLISHED' },
  'FIN-WAIT-1': { x: 52, y: 234, label: 'FIN-WAIT-1' },
  'CLOSE-WAIT': { x: 268, y: 234, label: 'CLOSE-WAIT' },
  'FIN-WAIT-2': { x: 52, y: 288, label: 'FIN-WAIT-2' },
  CLOSING: { x: 160, y: 288, label: 'CLOSING' },
  'LAST-ACK': { x: 268, y: 288, label: 'LAST-ACK' },
  'TIME-WAIT': { x: 160, y: 342, label: 'TIME-WAIT' },
  'CLOSED-END': { x: 268, y: 342, label: 'CLOSED' },
}

export const NODE_W = 92
export const NODE_H = 24

/** The figure's arrows with the event/action text the RFC writes on them. */
export const EDGES: readonly { from: DiagramNode; to: DiagramNode; rule: string }[] = [
  { from: 'CLOSED', to: 'LISTEN', rule: 'passive OPEN / create TCB' },
  { from: 'LISTEN', to: 'CLOSED', rule: 'CLOSE / delete TCB' },
  { from: 'CLOSED', to: 'SYN-SENT', rule: 'active OPEN / snd SYN' },
  { from: 'LISTEN', to: 'SYN-SENT', rule: 'SEND / snd SYN' },
  { from: 'LISTEN', to: 'SYN-RECEIVED', rule: 'rcv SYN / snd SYN,ACK' },
  { from: 'SYN-SENT', to: 'SYN-RECEIVED', rule: 'rcv SYN / snd SYN,ACK (simultaneous open)' },
  { from: 'SYN-RECEIVED', to: 'LISTEN', rule: 'rcv RST' },
  { from: 'SYN-SENT', to: 'CLOSED', rule: 'CLOSE / delete TCB' },
  { from: 'SYN-RECEIVED', to: 'ESTABLISHED', rule: 'rcv ACK of SYN' },
  { from: 'SYN-SENT', to: 'ESTABLISHED', rule: 'rcv SYN,ACK / snd ACK' },
  { from: 'SYN-RECEIVED', to: 'FIN-WAIT-1', rule: 'CLOSE / snd FIN' },
  { from: 'ESTABLISHED', to: 'FIN-WAIT-1', rule: 'CLOSE / snd FIN' },
  { from: 'ESTABLISHED', to: 'CLOSE-WAIT', rule: 'rcv FIN / snd ACK' },
  { from: 'FIN-WAIT-1', to: 'FIN-WAIT-2', rule: 'rcv ACK of FIN' },
  { from: 'FIN-WAIT-1', to: 'CLOSING', rule: 'rcv FIN / snd ACK' },
  { from: 'CLOSE-WAIT', to: 'LAST-ACK', rule: 'CLOSE / snd FIN' },
  { from: 'FIN-WAIT-2', to: 'TIME-WAIT', rule: 'rcv FIN / snd ACK' },
  { from: 'CLOSING', to: 'TIME-WAIT', rule: 'rcv ACK of FIN' },
  { from: 'LAST-ACK', to: 'CLOSED-END', rule: 'rcv ACK of FIN' },
  { from: 'TIME-WAIT', to: 'CLOSED-END', rule: 'Timeout=2MSL / delete TCB' },
]

/** Which CLOSED box a transition lands in: the end one once the connection had been opened. */
export function nodeFor(state: TcpState, cameFrom?: TcpState): DiagramNode {
  if (state !== 'CLOSED') return state
  return cameFrom === undefined || cameFrom === 'CLOSED' || cameFrom === 'LISTEN' || cameFrom === 'SYN-SENT'
    ? 'CLOSED'
    : 'CLOSED-END'
}

/** Endpoints of a straight edge between two boxes, trimmed to the box borders. */
export function edgePoints(
  from: DiagramNode,
  to: DiagramNode,
): { x1: number; y1: number; x2: number; y2: number } {
  const a = NODES[from]
  const b = NODES[to]
  const trim = (p: { x: number; y: number }, q: { x: number; y: number }) => {
    const dx = q.x - p.x
    const dy = q.y - p.y
    // Scale so the point leaves the box through its nearer side.
    const s = Math.min(dx ? NODE_W / 2 / Math.abs(dx) : Infinity, dy ? NODE_H / 2 / Math.abs(dy) : Infinity)
    return { x: p.x + dx * s, y: p.y + dy * s }
  }
  const p = trim(a, b)
  const q = trim(b, a)
  return { x1: p.x, y1: p.y, x2: q.x, y2: q.y }
}
