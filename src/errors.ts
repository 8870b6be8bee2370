/**
 * A problem with what the user wrote in the workflow. Raised before any request is sent; main
 * reports it as one `::error::` line that names the input.
 */
export class InputError extends Error {
  override readonly name = 'InputError'

  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`Input '${input}': ${problem}`)
  }
}

/**
 * A failure the user can act on that is not bad input: a service refusal explained, a
 * precondition not met (for example, the proof certificate is not on the target).
 */
export class ActionableError extends Error {
  override readonly name = 'ActionableError'
}
