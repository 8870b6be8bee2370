/** Each guard of the DER reader, hit exactly at its edge and named in its error. */
import { describe, expect, it } from '@jest/globals'
import { explicit, octets, oid, parseDer, sequence, smallInteger } from '../../src/crypto/der.js'
import { tlv } from '../helpers/der-builder.js'

const bytes = (...values: number[]) => Buffer.from(values)
const nested = (levels: number): Buffer => (levels === 1 ? tlv(0x30) : tlv(0x30, nested(levels - 1)))
const integer = (...values: number[]) => parseDer(tlv(0x02, bytes(...values)))

describe('parseDer guards', () => {
  it('reads 33 levels of nesting, refuses 34', () => {
    expect(() => parseDer(nested(33))).not.toThrow()
    expect(() => parseDer(nested(34))).toThrow('ASN.1 nesting is too deep')
  })

  it('reads a length in four octets, refuses five', () => {
    expect(parseDer(bytes(0x04, 0x84, 0, 0, 0, 1, 0xaa)).content).toEqual(bytes(0xaa))
    expect(() => parseDer(bytes(0x04, 0x85, 0, 0, 0, 0, 1, 0xaa))).toThrow('ASN.1 length is too large')
  })

  it('reads long-form lengths big-endian', () => {
    const content = Buffer.alloc(0x0102, 7)
    expect(parseDer(Buffer.concat([bytes(0x04, 0x82, 0x01, 0x02), content])).content).toEqual(content)
  })

  it('refuses an element running past the end of the data, or of its parent', () => {
    expect(() => parseDer(bytes(0x04, 0x02, 0x01))).toThrow('ASN.1 element runs past the end of the data')
    expect(() => parseDer(bytes(0x30, 0x02, 0x04, 0x03, 0xaa, 0xbb, 0xcc))).toThrow('ASN.1 element runs past the end of the data')
  })

  it('reads an element that ends exactly at the end of the data', () => {
    expect(parseDer(bytes(0x30, 0x03, 0x04, 0x01, 0xaa)).children[0]?.content).toEqual(bytes(0xaa))
  })

  it('refuses trailing bytes, an indefinite primitive and a high tag number', () => {
    expect(() => parseDer(bytes(0x05, 0x00, 0x00))).toThrow('trailing bytes after the ASN.1 element')
    expect(() => parseDer(bytes(0x04, 0x80, 0x00, 0x00))).toThrow('indefinite length on a primitive ASN.1 element')
    expect(() => parseDer(bytes(0x1f, 0x22, 0x00))).toThrow('unsupported high-number ASN.1 tag')
    expect(() => parseDer(bytes(0x30))).toThrow('ASN.1 data ends too early')
  })

  it('reads tag class, constructed bit and number', () => {
    expect(parseDer(bytes(0xa3, 0x00))).toMatchObject({ tagClass: 2, constructed: true, tagNumber: 3 })
    expect(parseDer(bytes(0x42, 0x00))).toMatchObject({ tagClass: 1, constructed: false, tagNumber: 2 })
  })

  it('keeps the encoded bytes of an indefinite element, end marker included', () => {
    const ber = bytes(0x30, 0x80, 0x02, 0x01, 0x05, 0x00, 0x00)
    expect(parseDer(ber)).toMatchObject({ encoded: ber, content: bytes(0x02, 0x01, 0x05) })
  })
})

describe('smallInteger', () => {
  it('reads up to six octets, with a leading zero for a high bit', () => {
    expect(smallInteger(integer(0x00, 0x80), 'n')).toBe(128)
    expect(smallInteger(integer(0x7f, 0xff, 0xff, 0xff, 0xff, 0xff), 'n')).toBe(2 ** 47 - 1)
  })

  it('refuses a negative, a seven-octet, an empty and a non-INTEGER', () => {
    expect(() => smallInteger(integer(0x80), 'n')).toThrow('n: negative INTEGER')
    expect(() => smallInteger(integer(0x00, 1, 2, 3, 4, 5, 6), 'n')).toThrow('n: INTEGER is too large')
    expect(() => smallInteger(integer(), 'n')).toThrow('n: expected an INTEGER')
    expect(() => smallInteger(parseDer(tlv(0x04, bytes(1))), 'n')).toThrow('n: expected an INTEGER')
    expect(() => smallInteger(parseDer(tlv(0x82, bytes(1))), 'n')).toThrow('n: expected an INTEGER')
  })
})

describe('oid', () => {
  it.each([
    [[0x06, 0x03, 0x55, 0x04, 0x03], '2.5.4.3'],
    [[0x06, 0x01, 0x27], '0.39'],
    [[0x06, 0x01, 0x28], '1.0'],
    [[0x06, 0x01, 0x4f], '1.39'],
    [[0x06, 0x01, 0x50], '2.0'],
    [[0x06, 0x02, 0x88, 0x37], '2.999'],
    [[0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01], '1.2.840.113549.1.1.1'],
  ])('reads %j as %s', (encoded, dotted) => {
    expect(oid(parseDer(Buffer.from(encoded)), 'x')).toBe(dotted)
  })

  it('refuses an empty OID and another type', () => {
    expect(() => oid(parseDer(bytes(0x06, 0x00)), 'x')).toThrow('x: expected an OBJECT IDENTIFIER')
    expect(() => oid(parseDer(bytes(0x04, 0x01, 0x2a)), 'x')).toThrow('x: expected an OBJECT IDENTIFIER')
    expect(() => oid(parseDer(bytes(0x86, 0x01, 0x2a)), 'x')).toThrow('x: expected an OBJECT IDENTIFIER')
  })
})

describe('structure readers', () => {
  it('sequence wants a constructed universal SEQUENCE', () => {
    expect(sequence(parseDer(bytes(0x30, 0x02, 0x05, 0x00)), 's')).toHaveLength(1)
    expect(() => sequence(parseDer(bytes(0x10, 0x00)), 's')).toThrow('s: expected a SEQUENCE')
    expect(() => sequence(parseDer(bytes(0xb0, 0x00)), 's')).toThrow('s: expected a SEQUENCE')
    expect(() => sequence(parseDer(bytes(0x31, 0x00)), 's')).toThrow('s: expected a SEQUENCE')
    expect(() => sequence(undefined, 's')).toThrow('s: expected a SEQUENCE')
  })

  it('explicit wants the constructed context tag with that number, not empty', () => {
    expect(explicit(parseDer(bytes(0xa1, 0x02, 0x05, 0x00)), 1, 'e').tagNumber).toBe(5)
    expect(() => explicit(parseDer(bytes(0xa1, 0x02, 0x05, 0x00)), 0, 'e')).toThrow('e: expected [0]')
    expect(() => explicit(parseDer(bytes(0x81, 0x00)), 1, 'e')).toThrow('e: expected [1]')
    expect(() => explicit(parseDer(bytes(0x61, 0x02, 0x05, 0x00)), 1, 'e')).toThrow('e: expected [1]')
    expect(() => explicit(parseDer(bytes(0xa1, 0x00)), 1, 'e')).toThrow('e: [1] is empty')
  })

  it('octets joins constructed pieces and takes an implicit tag only when asked', () => {
    expect(octets(parseDer(bytes(0x24, 0x06, 0x04, 0x01, 0xaa, 0x04, 0x01, 0xbb)), 'o')).toEqual(bytes(0xaa, 0xbb))
    expect(octets(parseDer(bytes(0x80, 0x01, 0xcc)), 'o', 0)).toEqual(bytes(0xcc))
    expect(() => octets(parseDer(bytes(0x80, 0x01, 0xcc)), 'o')).toThrow('o: expected an OCTET STRING')
    expect(() => octets(parseDer(bytes(0x81, 0x01, 0xcc)), 'o', 0)).toThrow('o: expected an OCTET STRING')
    expect(() => octets(parseDer(bytes(0x02, 0x01, 0x01)), 'o')).toThrow('o: expected an OCTET STRING')
  })
})
