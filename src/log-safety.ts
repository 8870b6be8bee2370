/**
 * Everything the action writes passes through here (the runner adapter applies it), because the
 * job log is not plain text: the runner reads `::command::` at the start of any line, and service
 * answers can echo what they were sent (a client secret, the proof JWT, a token).
 * Order matters: redact first, then cut, so a cut can never leave half a secret that the
 * runner's own masking would no longer recognise.
 */
const REDACTED = '***'
/**
 * Redacting very short values would blank out ordinary words (a test secret `s`, a password
 * `wrong`); the runner still masks those itself. Real credentials are far longer.
 */
const MIN_REDACTED_LENGTH = 8
/** CR, LF and every other character a log viewer may break a line at, plus the remaining C0/C1 controls. */
const LINE_BREAKING = /[\r\n\v\f\u0085\u2028\u2029\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g
const SERVICE_TEXT_MAX = 300
const LINE_MAX = 4000

const known = new Set<string>()
let ordered: string[] = []

/** Registers a secret and the forms it takes on the wire (JSON, URL, form and base64 encoded). */
export function registerSecret(secret: string): void {
  if (secret === '') return
  const forms = [
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    Buffer.from(secret).toString('base64'),
    Buffer.from(secret).toString('base64').replace(/=+$/, ''),
    Buffer.from(secret).toString('base64url'),
  ]
  for (const form of forms) if (form.length >= MIN_REDACTED_LENGTH) known.add(form)
  // Longest first, so a secret containing another is replaced whole.
  ordered = [...known].sort((a, b) => b.length - a.length)
}

export function redact(text: string): string {
  let out = text
  for (const secret of ordered) if (out.includes(secret)) out = out.split(secret).join(REDACTED)
  return out
}

/** Replaces line breaks and control characters, so nothing after them can start a line. */
export function neutralise(text: string): string {
  return text.replace(LINE_BREAKING, ' ')
}

/** At most `max` characters, cut at a word boundary near the end when there is one, never inside a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  const space = text.lastIndexOf(' ', end)
  if (space > 0 && space > max - 40) end = space
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end -= 1
  return `${text.slice(0, end)}…`
}

/** Text a service sent, ready to quote inside a message: redacted, on one line, bounded. */
export function serviceText(text: string, max: number = SERVICE_TEXT_MAX): string {
  return cut(neutralise(redact(text)), max)
}

/** What a service sent instead of the expected JSON: `HTTP 200 (text/html) with a body starting '<html>…'`. */
export function whatArrived(status: number, contentType: string | null, body: string): string {
  const start = body === '' ? 'an empty body' : `a body starting '${serviceText(body, 120)}'`
  return `HTTP ${status} (${serviceText(contentType ?? 'no content type', 80)}) with ${start}`
}

/** One log line or annotation as the runner adapter writes it. */
export function safeLine(text: string): string {
  return cut(neutralise(redact(text)), LINE_MAX)
}

/** Multi-line Markdown (the step summary): secrets redacted, only LF kept as a line break. */
export function safeMarkdown(text: string): string {
  return redact(text).replace(/\r\n/g, '\n').replace(LINE_BREAKING, (character) => (character === '\n' ? '\n' : ' '))
}

/** `a, b, c and 7 more`: lists from a service (keys in a keyset) can be arbitrarily long. */
export function capList(items: readonly string[], separator = ', ', max = 10): string {
  const shown = items.slice(0, max).join(separator)
  return items.length > max ? `${shown} and ${items.length - max} more` : shown
}
