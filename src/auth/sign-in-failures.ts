/**
 * @azure/identity and MSAL wrap whatever our HTTP client throws into their own errors, sometimes
 * as "[object Object]". The sign-in transport records its failure here, and the credential
 * wrapper rethrows that one, so the step says which host failed and how, not what MSAL made of it.
 */
import type { TokenCredential } from '@azure/identity'

/** Sign-in got no usable answer: the host, what arrived (or did not), and nothing secret. */
export class SignInTransportError extends Error {
  override readonly name = 'SignInTransportError'

  constructor(
    readonly host: string,
    readonly reason: string,
  ) {
    super(reason)
  }
}

export class SignInFailures {
  private last: SignInTransportError | undefined

  record(failure: SignInTransportError): SignInTransportError {
    this.last = failure
    return failure
  }

  /** A new request is on its way: an earlier failure that was retried must not be blamed later. */
  forget(): void {
    this.last = undefined
  }

  /** A credential that reports the recorded failure instead of the library's rewording of it. */
  reporting(credential: TokenCredential): TokenCredential {
    return {
      getToken: async (scopes, options) => {
        this.forget()
        try {
          return await credential.getToken(scopes, options)
        } catch (error) {
          throw this.last ?? error
        }
      },
    }
  }
}
