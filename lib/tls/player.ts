/**
 * Plays a handshake's flights over any reliable byte stream: each side sends its next flight
 * once every byte of the other side's earlier flights has arrived. It only counts bytes, so TCP
 * may split a flight over as many segments as it likes. The engine's application actions and
 * the ideal pipe in ideal.ts both drive it.
 */
import { type Flight, flightLabel, type HandshakeSpec, type Side } from './message'
import { flightStreamBytes } from './records'

export interface FlightSend {
  readonly flight: number
  readonly from: Side
  /** e.g. "ServerHello, Certificate, ServerKeyExchange, ServerHelloDone" */
  readonly label: string
  /** Bytes the flight takes in the stream, record headers and AEAD overhead included. */
  readonly bytes: number
}

export class FlightPlayer {
  private next = 0
  private readonly received: Record<Side, number> = { client: 0, server: 0 }
  readonly sizes: readonly number[]

  constructor(
    readonly spec: HandshakeSpec,
    sizeOf: (f: Flight) => number = (f) => flightStreamBytes(spec.version, f),
  ) {
    this.sizes = spec.flights.map(sizeOf)
  }

  /** The client's opening flight(s). */
  start(): FlightSend[] {
    return this.release('client')
  }

  /** `side` has read `bytes` more bytes from the stream; returns what it must send now. */
  onReceived(side: Side, bytes: number): FlightSend[] {
    this.received[side] += bytes
    return this.release(side)
  }

  get done(): boolean {
    return this.next >= this.spec.flights.length
  }

  /** Bytes `side` must receive before it may send flight k: all earlier flights of its peer. */
  private needed(side: Side, k: number): number {
    let n = 0
    for (let j = 0; j < k; j++) if (this.spec.flights[j].from !== side) n += this.sizes[j]
    return n
  }

  private release(side: Side): FlightSend[] {
    const out: FlightSend[] = []
    while (!this.done) {
      const f = this.spec.flights[this.next]
      if (f.from !== side || this.received[side] < this.needed(side, this.next)) break
      out.push({ flight: this.next, from: side, label: flightLabel(f), bytes: this.sizes[this.next] })
      this.next++
    }
    return out
  }
}
