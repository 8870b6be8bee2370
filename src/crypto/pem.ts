/**
 * PEM as users paste it: blocks found by label, literal "\n" turned into line breaks, and the
 * labels older tools write for the same contents.
 */

export interface PemBlock {
  label: string
  /** The whole block, headers included (legacy encrypted keys carry Proc-Type/DEK-Info). */
  text: string
}

/** Labels OpenSSL reads as a certificate; the last one carries trust settings after the certificate. */
const CERTIFICATE_LABELS: ReadonlySet<string> = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE'])

export function pemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = []
  for (const match of text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g)) {
    blocks.push({ label: String(match[1]), text: `${match[0]}\n` })
  }
  return blocks
}

export function isPem(text: string): boolean {
  return text.includes('-----BEGIN ')
}

/** PRIVATE KEY, RSA/DSA/EC PRIVATE KEY, ENCRYPTED PRIVATE KEY, OPENSSH PRIVATE KEY, … */
export function isPrivateKeyBlock(block: PemBlock): boolean {
  return block.label.endsWith('PRIVATE KEY')
}

export function isCertificateBlock(block: PemBlock): boolean {
  return CERTIFICATE_LABELS.has(block.label)
}

/**
 * Trims, and turns literal "\n" into line breaks: PEM pasted into a one-line secret or YAML
 * string often arrives that way.
 */
export function normalise(text: string): string {
  const trimmed = text.trim()
  return isPem(trimmed) && !trimmed.includes('\n') ? trimmed.replaceAll('\\n', '\n') : trimmed
}

/** The base64 body of a block (headers and armour left out). */
export function pemBody(block: PemBlock): Buffer {
  const lines = block.text.split(/\r?\n/).filter((line) => !line.startsWith('-----') && !line.includes(':'))
  return Buffer.from(lines.join(''), 'base64')
}

/**
 * The private key blocks of an input that should hold none (a public certificate): the runner
 * masks them line by line before the step refuses the input.
 */
export function privateKeyBlocks(text: string): string[] {
  return pemBlocks(normalise(text))
    .filter(isPrivateKeyBlock)
    .map((block) => block.text)
}
