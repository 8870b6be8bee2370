/** Hand-made DER for tests that must reach one guard of the reader at a time. */
import { parseDer } from '../../src/crypto/der.js'

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

/**
 * One PFX without MAC holding the safes (ContentInfos) of all `files`: openssl writes one key per
 * file, so a file with two keys, or keys protected differently, is joined from several. Write
 * the files with -nomac: the joined file has no MAC.
 */
export function joinPfx(files: Buffer[]): Buffer {
  const safes = files.flatMap((file) => {
    const authSafe = parseDer(file).children[1]!.children[1]!.children[0]!.content
    return parseDer(authSafe).children.map((safe) => safe.encoded)
  })
  const [version, authSafeInfo] = parseDer(files[0]!).children
  const dataOid = authSafeInfo!.children[0]!.encoded
  return tlv(0x30, version!.encoded, tlv(0x30, dataOid, tlv(0xa0, tlv(0x04, tlv(0x30, ...safes)))))
}
