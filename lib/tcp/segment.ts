import { type SegmentData } from './payload'
import { type SeqNum } from './seq'

/** A host in a simulation: 'client', 'server', 'attacker', … (scenario-defined). */
export type HostId = string

export interface SocketAddress {
  readonly ip: string
  readonly port: number
}

/** Control bits with their wire values (RFC 9293 §3.1), so pcap export writes them as they are. */
export const FIN = 0x01
export const SYN = 0x02
export const RST = 0x04
export const PSH = 0x08
export const ACK = 0x10

export const hasFlag = (flags: number, flag: number): boolean => (flags & flag) !== 0

/** Wireshark-style flag list, e.g. "SYN, ACK". */
export function flagNames(flags: number): string {
  const names: string[] = []
  if (flags & FIN) names.push('FIN')
  if (flags & SYN) names.push('SYN')
  if (flags & RST) names.push('RST')
  if (flags & PSH) names.push('PSH')
  if (flags & ACK) names.push('ACK')
  return names.join(', ')
}

/** Options a SYN may carry (RFC 9293 §3.2, RFC 7323, RFC 2018, RFC 7413). */
export interface TcpOptions {
  readonly mss?: number
  readonly windowScale?: number
  readonly sackPermitted?: boolean
  readonly timestamps?: { readonly value: number; readonly echo: number }
  /** TCP Fast Open: no cookie means a cookie request (RFC 7413 §4.1.1). */
  readonly fastOpen?: { readonly cookie?: string }
}

/** The header fields and payload of one segment, as a stack builds it. */
export interface SegmentFields {
  readonly src: SocketAddress
  readonly dst: SocketAddress
  readonly seq: SeqNum
  readonly ack: SeqNum
  readonly flags: number
  /** The window field as sent on the wire (already shifted right by the window scale). */
  readonly window: number
  readonly options: TcpOptions
  /** The data: real bytes, or a slice of an application write drawn when read (`bytesOf`). */
  readonly payload: SegmentData
  /** The application message(s) this payload carries, e.g. "ClientHello" — for the views only. */
  readonly label?: string
}

/** A segment on the network: the fields plus who really sent it and a run-unique id. */
export interface Segment extends SegmentFields {
  /** Unique within one run; every view links the same segment by this id. */
  readonly id: number
  /** The host that put it on the wire (differs from src.ip when an attacker spoofs). */
  readonly sender: HostId
}
