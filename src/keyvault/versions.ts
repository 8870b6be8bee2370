/**
 * Which version of a Key Vault certificate to use (ACTION-CONTRACT "Additions"): pure, so the
 * rules are tested without a vault. "Newest" is the latest created; ties go to the later nbf.
 */
export interface VersionFacts {
  version: string
  enabled: boolean
  notBefore: Date | undefined
  expires: Date | undefined
  created: Date | undefined
  /** SHA-1 of the DER, upper-case hex, as Graph's customKeyIdentifier. */
  thumbprint: string
}

export function isUsableAt(version: VersionFacts, at: Date): boolean {
  const time = at.getTime()
  return version.enabled && (version.notBefore === undefined || version.notBefore.getTime() <= time) && (version.expires === undefined || time < version.expires.getTime())
}

export function newestFirst(versions: readonly VersionFacts[]): VersionFacts[] {
  const time = (date: Date | undefined) => date?.getTime() ?? 0
  return [...versions].sort((a, b) => time(b.created) - time(a.created) || time(b.notBefore) - time(a.notBefore))
}

/** The newest enabled version valid at `at`. */
export function newestUsable(versions: readonly VersionFacts[], at: Date): VersionFacts | undefined {
  return newestFirst(versions).find((version) => isUsableAt(version, at))
}

/** The newest enabled version valid at `at` whose thumbprint passes `onTarget`. */
export function newestUsableOn(versions: readonly VersionFacts[], at: Date, onTarget: (thumbprint: string) => boolean): VersionFacts | undefined {
  return newestFirst(versions).find((version) => isUsableAt(version, at) && onTarget(version.thumbprint))
}

/** Why a version may not be used now, or undefined when it may. */
export function unusableBecause(version: VersionFacts, at: Date): string | undefined {
  if (!version.enabled) return 'is disabled'
  if (version.notBefore && at < version.notBefore) return `is not valid before ${version.notBefore.toISOString()}`
  if (version.expires && at >= version.expires) return `expired on ${version.expires.toISOString()}`
  return undefined
}
