/** What operations load with import() when a run names a vault: one chunk, beside the SDKs' chunk. */
export { describeVersions, listVersions, readCertificateVersion } from './certificates.js'
export { readPfxForB2c } from './pfx.js'
export { keyVaultProofSigner, vaultSigner } from './proof-signer.js'
export { newestUsable } from './versions.js'
