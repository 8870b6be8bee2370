import { InputError } from '../../src/errors.js'

/** Runs `load` and returns the InputError it throws, failing when it throws something else or nothing. */
export function inputError(load: () => unknown): InputError {
  try {
    load()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}
