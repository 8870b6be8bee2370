// Types for the two node-forge modules rc2.ts imports directly (@types/node-forge only
// describes the package's main entry, which would pull the whole library into the bundle).

declare module 'node-forge/lib/util.js' {
  interface ByteStringBuffer {
    getBytes(): string
  }
  const util: { createBuffer(bytes: string): ByteStringBuffer }
  export = util
}

declare module 'node-forge/lib/rc2.js' {
  interface ByteStringBuffer {
    getBytes(): string
  }
  interface Rc2Cipher {
    start(iv: string | null, output: null): void
    update(input: ByteStringBuffer): void
    /** `pad` replaces PKCS#7 unpadding; returns false when the input is not whole blocks. */
    finish(pad?: (blockSize: number, buffer: ByteStringBuffer, decrypt: boolean) => boolean): boolean
    output: ByteStringBuffer
  }
  const rc2: { createDecryptionCipher(key: string, effectiveKeyBits: number): Rc2Cipher }
  export = rc2
}
