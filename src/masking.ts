/**
 * The runner masks a registered value wherever it appears, but a multi-line secret (a PEM) can be
 * printed one line at a time, so each line of it is registered too.
 */
const PEM_ARMOUR = /^-----(BEGIN|END) [A-Z0-9 ]+-----$/
// Masking very short fragments would blank out ordinary words in every log line.
const MIN_MASKED_LINE = 8

export function maskableParts(secret: string): string[] {
  const parts = new Set<string>([secret])
  for (const line of secret.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (trimmed.length >= MIN_MASKED_LINE && !PEM_ARMOUR.test(trimmed) && !/^[A-Za-z-]+:/.test(trimmed)) parts.add(trimmed)
  }
  return [...parts].filter((part) => part.trim() !== '')
}
