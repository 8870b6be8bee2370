import { describe, expect, it } from '@jest/globals'
import type { InputName } from '../../src/inputs.js'
import { buildSettings, type Settings } from '../../src/settings.js'
import { inputError } from '../helpers/input-error.js'

const now = new Date('2027-01-31T10:00:00Z')
const TENANT = 'contoso.onmicrosoft.com'
const signIn = { 'tenant-id': TENANT, 'client-id': '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b', 'client-secret': 's3cret-value' } as const

function audit(inputs: Partial<Record<InputName, string>>): Settings['operation'] {
  return buildSettings((name) => ({ operation: 'audit', ...signIn, ...inputs })[name] ?? '', { idTokenAvailable: false }, now).operation
}

describe('audit settings', () => {
  it('defaults to keysets and applications, 30 days, failing on critical, no issue', () => {
    expect(audit({})).toEqual({
      name: 'audit',
      audit: {
        tenant: TENANT,
        scopes: ['keysets', 'applications'],
        warnWithin: { years: 0, months: 0, weeks: 0, days: 30, hours: 0, minutes: 0, seconds: 0 },
        warnWithinText: '30d',
        failOn: 'critical',
        issueOn: 'never',
        githubToken: undefined,
      },
    })
  })

  it('reads scopes separated by commas and spaces, in any case, in a fixed order, once each', () => {
    const operation = audit({ 'audit-scope': ' Service-Principals,keysets  keysets ' })
    expect(operation.name === 'audit' && operation.audit.scopes).toEqual(['keysets', 'service-principals'])
  })

  it('takes the token only when an issue is kept', () => {
    const withIssue = audit({ 'issue-on': 'expiring', 'github-token': 'ghs_x' })
    expect(withIssue.name === 'audit' && withIssue.audit).toMatchObject({ issueOn: 'expiring', githubToken: 'ghs_x' })
    const without = audit({ 'github-token': 'ghs_x' })
    expect(without.name === 'audit' && without.audit.githubToken).toBeUndefined()
  })

  it.each([
    [{ 'audit-scope': ', ,' }, 'audit-scope', 'names no scope'],
    [{ 'audit-scope': 'keysets,users' }, 'audit-scope', "'users' is not a scope"],
    [{ 'warn-within': '30 days' }, 'warn-within', "'30 days' is not a duration"],
    [{ 'issue-on': 'always' }, 'issue-on', "'always' is not accepted"],
    [{ 'issue-on': 'critical' }, 'github-token', "is required with issue-on 'critical'"],
  ])('refuses %p naming %s', (inputs, input, problem) => {
    const error = inputError(() => audit(inputs as Partial<Record<InputName, string>>))
    expect(error.input).toBe(input)
    expect(error.message).toContain(problem)
  })
})
