import * as core from '@actions/core'
import { DefaultAzureCredential } from '@azure/identity'
import * as jose from 'jose'
export async function run(): Promise<void> {
  core.info(`hello ${typeof DefaultAzureCredential} ${typeof jose.SignJWT}`)
}
