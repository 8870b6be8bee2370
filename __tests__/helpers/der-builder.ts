/** Hand-made DER for tests that must reach one guard of the reader at a time. */
import { type Asn1, parseDer } from '../../src/crypto/der.js'

/** A definite-length element; lengths up to 0xffff. */
export function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content)
  const length = body.length < 0x80 ? [body.length] : body.length < 0x100 ? [0x81, body.length] : [0x82, body.length >> 8, body.length & 0xff]
  return Buffer.concat([Buffer.from([tag, ...length]), body])
}

export function oidBytes(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number)
  const arcs = [first * 40 + second, ...rest].flatMap((arc) => {
    const out = [arc & 0x7f]
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) out.unshift((value & 0x7f) | 0x80)
    return out
  })
  return tlv(0x06, Buffer.from(arcs))
}

/** A non-negative INTEGER below 2^24, with the leading zero DER needs before a high bit. */
export function integer(value: number): Buffer {
  const octets: number[] = []
  for (let rest = value; rest > 0 || octets.length === 0; rest = Math.floor(rest / 256)) octets.unshift(rest & 0xff)
  if ((octets[0] ?? 0) & 0x80) octets.unshift(0)
  return tlv(0x02, Buffer.from(octets))
}

export const sequenceOf = (...items: Buffer[]): Buffer => tlv(0x30, ...items)
export const octetString = (data: Buffer): Buffer => tlv(0x04, data)

const OID_DATA = '1.2.840.113549.1.7.1'

/** The AuthenticatedSafe of a PFX: the DER held in its authSafe content. */
export function authSafeOf(file: Buffer): Asn1 {
  return parseDer(parseDer(file).children[1]!.children[1]!.children[0]!.content)
}

/** A `data` ContentInfo holding `content`. */
export const dataContentInfo = (content: Buffer): Buffer => sequenceOf(oidBytes(OID_DATA), tlv(0xa0, octetString(content)))

/** A version 3 PFX without MAC whose AuthenticatedSafe holds `contentInfos`. */
export const pfxWithoutMac = (...contentInfos: Buffer[]): Buffer => sequenceOf(integer(3), dataContentInfo(sequenceOf(...contentInfos)))

/**
 * One PFX without MAC holding the safes (ContentInfos) of all `files`: openssl writes one key per
 * file, so a file with two keys, or keys protected differently, is joined from several. Write
 * the files with -nomac: the joined file has no MAC.
 */
export function joinPfx(files: Buffer[]): Buffer {
  return pfxWithoutMac(...files.flatMap((file) => authSafeOf(file).children.map((safe) => safe.encoded)))
}

/** A copy of `file` with the first occurrence of `from` (hex, e.g. an OID's DER) replaced by `to` of the same length. */
export function swapped(file: Buffer, from: string, to: string): Buffer {
  const [before, after] = [Buffer.from(from, 'hex'), Buffer.from(to, 'hex')]
  const at = file.indexOf(before)
  if (at < 0 || before.length !== after.length) throw new Error(`${from} not in the file`)
  const copy = Buffer.from(file)
  after.copy(copy, at)
  return copy
}
