/**
 * A small read-only ASN.1 reader for the PKCS#12 container walk.
 *
 * node:crypto parses certificates and keys itself; this exists only because Node cannot open
 * PKCS#12 and the container around the keys has to be walked by hand. It accepts BER as well as
 * DER (indefinite lengths, constructed OCTET STRINGs) because some PKCS#12 writers emit BER.
 */

export class Asn1Error extends Error {
  override readonly name = 'Asn1Error'
}

export interface Asn1 {
  /** 0 universal, 1 application, 2 context-specific, 3 private */
  readonly tagClass: number
  readonly constructed: boolean
  readonly tagNumber: number
  /** The content octets (for an indefinite length: without the end-of-contents marker). */
  readonly content: Buffer
  /** The whole element, header included: what another parser (node:crypto) wants. */
  readonly encoded: Buffer
  /** The parsed elements inside a constructed element; empty for a primitive one. */
  readonly children: readonly Asn1[]
}

const UNIVERSAL = 0
const CONTEXT = 2

const Tag = {
  INTEGER: 2,
  OCTET_STRING: 4,
  OID: 6,
  SEQUENCE: 16,
} as const

// Real PKCS#12 files nest about ten levels deep; the cap keeps hostile input from exhausting the stack.
const MAX_DEPTH = 32

/** Parses one element that must span the whole buffer. */
export function parseDer(buffer: Buffer): Asn1 {
  const { element, end } = readElement(buffer, 0, 0)
  if (end !== buffer.length) throw new Asn1Error('trailing bytes after the ASN.1 element')
  return element
}

function readElement(buffer: Buffer, start: number, depth: number): { element: Asn1; end: number } {
  if (depth > MAX_DEPTH) throw new Asn1Error('ASN.1 nesting is too deep')
  let pos = start
  const first = byteAt(buffer, pos++)
  const tagClass = first >> 6
  const constructed = (first & 0x20) !== 0
  let tagNumber = first & 0x1f
  if (tagNumber === 0x1f) {
    // High tag numbers never occur in PKCS#12; refuse them rather than parse them half-way.
    throw new Asn1Error('unsupported high-number ASN.1 tag')
  }

  const lengthByte = byteAt(buffer, pos++)
  if (lengthByte === 0x80) {
    if (!constructed) throw new Asn1Error('indefinite length on a primitive ASN.1 element')
    const contentStart = pos
    const children: Asn1[] = []
    for (;;) {
      if (byteAt(buffer, pos) === 0 && byteAt(buffer, pos + 1) === 0) {
        const content = buffer.subarray(contentStart, pos)
        pos += 2
        return {
          element: { tagClass, constructed, tagNumber, content, encoded: buffer.subarray(start, pos), children },
          end: pos,
        }
      }
      const child = readElement(buffer, pos, depth + 1)
      children.push(child.element)
      pos = child.end
    }
  }

  let length: number
  if (lengthByte < 0x80) {
    length = lengthByte
  } else {
    const count = lengthByte & 0x7f
    // Four length octets already allow 4 GiB, far beyond any certificate bundle.
    if (count > 4) throw new Asn1Error('ASN.1 length is too large')
    length = 0
    for (let i = 0; i < count; i++) length = length * 256 + byteAt(buffer, pos++)
  }
  const end = pos + length
  if (end > buffer.length) throw new Asn1Error('ASN.1 element runs past the end of the data')
  const content = buffer.subarray(pos, end)

  const children: Asn1[] = []
  if (constructed) {
    let childPos = pos
    while (childPos < end) {
      const child = readElement(buffer.subarray(0, end), childPos, depth + 1)
      children.push(child.element)
      childPos = child.end
    }
  }
  return {
    element: { tagClass, constructed, tagNumber, content, encoded: buffer.subarray(start, end), children },
    end,
  }
}

function byteAt(buffer: Buffer, pos: number): number {
  const value = buffer[pos]
  if (value === undefined) throw new Asn1Error('ASN.1 data ends too early')
  return value
}

function isUniversal(element: Asn1, tagNumber: number): boolean {
  return element.tagClass === UNIVERSAL && element.tagNumber === tagNumber
}

/** The children of a SEQUENCE; `what` names the structure in the error. */
export function sequence(element: Asn1 | undefined, what: string): readonly Asn1[] {
  if (element === undefined || !isUniversal(element, Tag.SEQUENCE) || !element.constructed) {
    throw new Asn1Error(`${what}: expected a SEQUENCE`)
  }
  return element.children
}

/** The element inside an explicit context tag `[n]`. */
export function explicit(element: Asn1 | undefined, tagNumber: number, what: string): Asn1 {
  if (element === undefined || element.tagClass !== CONTEXT || element.tagNumber !== tagNumber || !element.constructed) {
    throw new Asn1Error(`${what}: expected [${tagNumber}]`)
  }
  const inner = element.children[0]
  if (inner === undefined) throw new Asn1Error(`${what}: [${tagNumber}] is empty`)
  return inner
}

export function isContextTag(element: Asn1 | undefined, tagNumber: number): boolean {
  return element !== undefined && element.tagClass === CONTEXT && element.tagNumber === tagNumber
}

export function isSequence(element: Asn1 | undefined): boolean {
  return element !== undefined && isUniversal(element, Tag.SEQUENCE)
}

export function isInteger(element: Asn1 | undefined): boolean {
  return element !== undefined && isUniversal(element, Tag.INTEGER)
}

/** Dotted form of an OBJECT IDENTIFIER. */
export function oid(element: Asn1 | undefined, what: string): string {
  if (element === undefined || !isUniversal(element, Tag.OID) || element.content.length === 0) {
    throw new Asn1Error(`${what}: expected an OBJECT IDENTIFIER`)
  }
  const arcs: number[] = []
  let value = 0
  for (const byte of element.content) {
    value = value * 128 + (byte & 0x7f)
    if ((byte & 0x80) === 0) {
      if (arcs.length === 0) {
        const firstArc = value < 40 ? 0 : value < 80 ? 1 : 2
        arcs.push(firstArc, value - firstArc * 40)
      } else {
        arcs.push(value)
      }
      value = 0
    }
  }
  return arcs.join('.')
}

/** A non-negative INTEGER small enough for a JavaScript number (versions, iteration counts). */
export function smallInteger(element: Asn1 | undefined, what: string): number {
  if (element === undefined || !isUniversal(element, Tag.INTEGER) || element.content.length === 0) {
    throw new Asn1Error(`${what}: expected an INTEGER`)
  }
  const bytes = element.content
  if ((bytes[0] ?? 0) & 0x80) throw new Asn1Error(`${what}: negative INTEGER`)
  if (bytes.length > 6) throw new Asn1Error(`${what}: INTEGER is too large`)
  let value = 0
  for (const byte of bytes) value = value * 256 + byte
  return value
}

/**
 * The octets of an OCTET STRING, joining the pieces of a constructed (BER) one. `implicitTag`
 * accepts an OCTET STRING that an IMPLICIT context tag has renamed.
 */
export function octets(element: Asn1 | undefined, what: string, implicitTag?: number): Buffer {
  const tagged = implicitTag !== undefined && isContextTag(element, implicitTag)
  if (element === undefined || (!tagged && !isUniversal(element, Tag.OCTET_STRING))) {
    throw new Asn1Error(`${what}: expected an OCTET STRING`)
  }
  if (!element.constructed) return element.content
  return Buffer.concat(element.children.map((piece) => octets(piece, what)))
}
