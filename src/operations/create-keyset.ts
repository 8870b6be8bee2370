import { KeysetsApi } from '../graph/keysets.js'
import type { Operation } from '../settings.js'
import type { OperationContext, Result } from './context.js'
import { ensureKeyset, readKeyset } from './keyset-write.js'

/** One request: create, and an "already exists" answer means there is nothing to do. */
export async function createKeyset(context: OperationContext, operation: Extract<Operation, { name: 'create-keyset' }>): Promise<Result> {
  const api = new KeysetsApi(context.graph)
  const { keysetId } = operation
  if (context.dryRun) {
    const keyset = await readKeyset(api, keysetId)
    return keyset
      ? { actionTaken: 'skipped', detail: `Dry run: keyset ${keysetId} already exists with ${keyset.keys.length} key(s); nothing to do.`, keysetId }
      : { actionTaken: 'planned', detail: `Dry run: would create keyset ${keysetId}. Nothing was written.`, keysetId }
  }
  const created = await ensureKeyset(api, keysetId)
  return created
    ? { actionTaken: 'created', detail: `Created keyset ${keysetId}.`, keysetId }
    : { actionTaken: 'skipped', detail: `Keyset ${keysetId} already exists; nothing to do.`, keysetId }
}
