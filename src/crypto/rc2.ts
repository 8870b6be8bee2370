/**
 * RC2-CBC decryption, the one primitive PKCS#12 needs that Node 24 lacks: OpenSSL 3 moved RC2
 * to its "legacy" provider, which Node does not load. `openssl pkcs12 -export -legacy` (and
 * Windows' default export) encrypts the certificates with pbeWithSHAAnd40BitRC2-CBC.
 *
 * Only node-forge's RC2 module (and the util module it needs) is imported, not the whole
 * library: forge's own PKCS#12 reader cannot open an AES-encrypted file whose password has
 * non-ASCII characters, so the container walk is ours (pkcs12.ts) on node:crypto.
 */
import rc2 from 'node-forge/lib/rc2.js'
import forgeUtil from 'node-forge/lib/util.js'

/** Decrypts `data`, which the caller has checked is whole blocks, and leaves the padding for the caller to check. */
export function rc2CbcDecrypt(key: Buffer, effectiveKeyBits: number, iv: Buffer, data: Buffer): Buffer {
  const cipher = rc2.createDecryptionCipher(key.toString('binary'), effectiveKeyBits)
  cipher.start(iv.toString('binary'), null)
  cipher.update(forgeUtil.createBuffer(data.toString('binary')))
  // A padding callback that accepts everything leaves the padding in place for our own check.
  cipher.finish(() => true)
  return Buffer.from(cipher.output.getBytes(), 'binary')
}
