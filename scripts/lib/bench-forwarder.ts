/**
 * The bench's latency model: a TCP forwarder that stands for one distant host in front of the
 * emulator. On loopback a TCP or TLS handshake is free; through the forwarder it costs what it
 * costs on a real network:
 *   - a new connection is held for one RTT before any byte passes (the TCP handshake);
 *   - every chunk is delayed by RTT/2 each way (the path), in order.
 * So a TLS 1.3 request on a new connection costs 3 RTT (TCP, TLS, request) and one on a kept-alive
 * connection 1 RTT; the bench checks both before it measures the action.
 *
 * It counts, per host, connections and round trips. A round trip is the TCP handshake, or a flight
 * of client bytes that the server answered (the client spoke, then heard back). One flight is not
 * waited for: the end of a TLS 1.3 handshake (ChangeCipherSpec + Finished) sent alone, which the
 * server "answers" with session tickets. It is also what tells a connection opened early: the
 * client had no request ready when the handshake ended, so it waited on neither TCP nor TLS, and
 * their time leaves the network time (they still count as round trips on the wire). And the TCP
 * round trip counts only from the client's first byte: the kernel completes a handshake while the
 * client's code runs, and a client busy then learns of the connection late. (A client that is
 * busy when its ServerHello arrives cannot be told from one the machine's load holds back, so it
 * still counts as waiting.) Requests cannot be seen in TLS; the bench counts them at the
 * emulator by Host header.
 */
import { createServer, connect, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'

export interface ForwarderCounts {
  connections: number
  roundTrips: number
}

/** [start, end] in Date.now() ms: a TCP handshake, or a client flight until its answer arrived. */
export type Interval = [number, number]

interface Trip {
  actual: Interval
  path: Interval
}

export interface Forwarder {
  /** https://127.0.0.1:<port>: what the action is pointed at for this host. */
  url: string
  /** `host:port`, as clients send it in the Host header. */
  host: string
  rttMs: number
  counts(): ForwarderCounts
  /** The round trips waited for since the last reset, as time intervals (see networkTime). */
  intervals(): Interval[]
  /**
   * The same round trips without the server's answer time: each the RTT from the moment its bytes
   * could leave (after the TCP hold). Their union is the run's round trips on the critical path.
   */
  pathIntervals(): Interval[]
  reset(): void
  close(): Promise<void>
}

export async function startForwarder(target: { host: string; port: number }, rttMs: number): Promise<Forwarder> {
  let counts: ForwarderCounts = { connections: 0, roundTrips: 0 }
  let trips: Trip[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((client) => {
    counts.connections++
    counts.roundTrips++ // the TCP handshake
    const upstream = connect(target.port, target.host)
    sockets.add(client).add(upstream)
    const openAt = Date.now() + rttMs
    // TCP and TLS: waited for only if the first request was ready before they ended (see below).
    const handshake: Trip[] = []
    // A flight of client bytes is open from its first byte until the server's first answer to it reaches the client.
    let flightStart: number | undefined
    let answeredFlights = 0
    const records = new RecordCounter()
    const dropHandshake = (): void => {
      trips = trips.filter((trip) => !handshake.includes(trip))
    }
    const up = new DelayLine((chunk) => (chunk === END ? upstream.end() : upstream.write(chunk)))
    const down = new DelayLine((chunk) => {
      if (flightStart !== undefined && chunk !== END) {
        if (records.handshakeTailOnly()) {
          // The handshake ended before the client had a request to send: nothing waited on it.
          dropHandshake()
        } else {
          const left = Math.max(flightStart, openAt)
          const trip: Trip = { actual: [flightStart, Date.now()], path: [left, left + rttMs] }
          if (answeredFlights++ === 0) handshake.push(trip) // ClientHello → ServerHello
          trips.push(trip)
          counts.roundTrips++
        }
        flightStart = undefined
        records.reset()
      }
      if (chunk === END) client.end()
      else client.write(chunk)
    })
    const upAt = (): number => Math.max(Date.now(), openAt) + rttMs / 2
    client.on('data', (chunk: Buffer) => {
      if (handshake.length === 0 && answeredFlights === 0 && flightStart === undefined) {
        // The TCP round trip, from when the client could use the connection: its first byte (the
        // kernel completes a handshake while a busy client's code still runs).
        const from = Math.min(Date.now(), openAt)
        const trip: Trip = { actual: [from, openAt], path: [from, openAt] }
        handshake.push(trip)
        trips.push(trip)
      }
      flightStart ??= Date.now()
      records.read(chunk)
      up.push(chunk, upAt())
    })
    client.on('end', () => up.push(END, upAt()))
    upstream.on('data', (chunk: Buffer) => down.push(chunk, Date.now() + rttMs / 2))
    upstream.on('end', () => down.push(END, Date.now() + rttMs / 2))
    const destroyBoth = (): void => {
      client.destroy()
      upstream.destroy()
    }
    client.on('error', destroyBoth)
    upstream.on('error', destroyBoth)
    client.on('close', () => sockets.delete(client))
    upstream.on('close', () => sockets.delete(upstream))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: `https://${host}`,
    host,
    rttMs,
    counts: () => ({ ...counts }),
    intervals: () => trips.map(({ actual: [start, end] }) => [start, end]),
    pathIntervals: () => trips.map(({ path: [start, end] }) => [start, end]),
    reset: () => {
      counts = { connections: 0, roundTrips: 0 }
      trips = []
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/**
 * How long at least one round trip the client waited on was in flight, over all hosts: the time a
 * run spent waiting on the network, overlapping round trips counted once. Unlike a difference of
 * wall times it hardly moves with the CPU load of the machine (the emulator's answer time is inside
 * it; and a handshake counts when the request was ready before it ended, which CPU speed decides).
 */
export function networkTime(intervals: readonly Interval[]): number {
  let total = 0
  let reach = -Infinity
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (end <= reach) continue
    total += end - Math.max(start, reach)
    reach = end
  }
  return total
}

const CHANGE_CIPHER_SPEC = 20

/** The TLS records of one client flight: how many, and the type of the first. */
class RecordCounter {
  private count = 0
  private first: number | undefined
  /** Bytes of the current record still to skip, across chunks. */
  private skip = 0

  read(chunk: Buffer): void {
    let at = this.skip
    while (at + 5 <= chunk.length) {
      this.first ??= chunk[at]
      this.count++
      at += 5 + chunk.readUInt16BE(at + 3)
    }
    this.skip = Math.max(0, at - chunk.length)
  }

  /** ChangeCipherSpec + Finished and nothing else: the client waits for no answer to it. */
  handshakeTailOnly(): boolean {
    return this.first === CHANGE_CIPHER_SPEC && this.count === 2
  }

  reset(): void {
    this.count = 0
    this.first = undefined
  }
}

const END = Symbol('end')
type Item = Buffer | typeof END

/** One direction of the path: items leave in the order they came, each not before its time. */
class DelayLine {
  private readonly queue: { item: Item; at: number }[] = []
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly deliver: (item: Item) => void) {}

  push(item: Item, at: number): void {
    this.queue.push({ item, at })
    this.schedule()
  }

  private schedule(): void {
    const head = this.queue[0]
    if (head === undefined || this.timer !== undefined) return
    this.timer = setTimeout(() => {
      this.timer = undefined
      while (this.queue[0] !== undefined && this.queue[0].at <= Date.now()) this.deliver(this.queue.shift()!.item)
      this.schedule()
    }, Math.max(0, head.at - Date.now()))
  }
}
