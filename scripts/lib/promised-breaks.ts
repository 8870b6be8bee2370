/**
 * The behaviours users rely on, each with a deliberate break of it: a small edit of src/ that a
 * test must notice. `npm run break-promises` applies them one at a time (scripts/break-promises.ts).
 * A break whose `find` text no longer occurs exactly once is reported as stale, so the list fails
 * loudly when the code moves instead of silently testing nothing.
 */
export interface PromisedBreak {
  promise: string
  file: string
  find: string
  replace: string
  /** Only the bundle shows it: run the e2e suites too. */
  e2e: boolean
}

export const PROMISED_BREAKS: PromisedBreak[] = [
  {
    promise: 'a lost answer to a key write is recovered as the key this run wrote, never another',
    file: 'src/graph/keysets.ts',
    find: '.keys.find(isTheWrittenKey)',
    // Still calls isTheWrittenKey, so the unused-parameter check does not refuse the break.
    replace: '.keys.find((key) => isTheWrittenKey(key) || true)',
    e2e: true,
  },
  {
    promise: 'Retry-After is waited out, even when longer than the backoff',
    file: 'src/graph/client.ts',
    find: 'return asked ?? backoffDelay(this.policy, attempt - 1)',
    replace: 'return (asked ?? 0) * 0 + backoffDelay(this.policy, attempt - 1)',
    e2e: true,
  },
  {
    promise: 'the total wait for retries is bounded',
    file: 'src/graph/client.ts',
    find: 'waited += delay',
    replace: 'waited -= delay',
    e2e: false,
  },
  {
    promise: 'an idempotent POST (create keyset) is resent after a lost answer',
    file: 'src/graph/client.ts',
    find: "const repeatable = method !== 'POST' || options.idempotent === true",
    replace: "const repeatable = method !== 'POST'",
    e2e: false,
  },
  {
    promise: 'a request body is sent as JSON with its content type',
    file: 'src/graph/client.ts',
    find: "if (body !== undefined) headers['content-type'] = 'application/json'",
    replace: '',
    e2e: false,
  },
  {
    promise: 'weeks count in durations (P2W, 2w)',
    file: 'src/time.ts',
    find: '(duration.weeks * 7 + duration.days)',
    replace: '(duration.days)',
    e2e: false,
  },
  {
    promise: 'an endpoint with a query is refused: origins only',
    file: 'src/settings.ts',
    find: "url.search !== '' || ",
    replace: '',
    e2e: false,
  },
  {
    promise: 'a proof key decrypted from proof-certificate is masked',
    file: 'src/settings.ts',
    find: '  derivedSecrets.push(signer.pem)\n  return signer',
    // An empty push keeps derivedSecrets in use, so the unused-parameter check does not refuse the break.
    replace: '  derivedSecrets.push()\n  return signer',
    e2e: true,
  },
  {
    promise: 'add-key refuses not-before and expires (the certificate carries its validity)',
    file: 'src/settings.ts',
    find: "case 'add-key': {\n      refuseValidityInputs(inputs, name)\n",
    replace: "case 'add-key': {\n",
    e2e: false,
  },
  {
    promise: 'expires must be after not-before, not equal to it',
    file: 'src/settings.ts',
    find: 'expires.getTime() <= notBefore.getTime()',
    replace: 'expires.getTime() < notBefore.getTime()',
    e2e: false,
  },
  {
    promise: 'a secret line of 8 characters is masked on its own',
    file: 'src/masking.ts',
    find: 'trimmed.length >= MIN_MASKED_LINE',
    replace: 'trimmed.length > MIN_MASKED_LINE',
    e2e: false,
  },
  {
    promise: 'the PKCS#12 MAC is verified (integrity), not only the decryption',
    file: 'src/crypto/pkcs12.ts',
    find: 'actual.length === expected.length && timingSafeEqual(actual, expected)',
    // Keeps timingSafeEqual in use, so the unused-import check does not refuse the break.
    replace: 'actual.length >= 0 || timingSafeEqual(actual, expected)',
    e2e: false,
  },
]
