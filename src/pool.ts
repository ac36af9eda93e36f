/** Bounded concurrency, shared by the build stage (go build per platform) and the files port (one syscall per file). */

/**
 * Runs `fn` over `items` with at most `limit` at once; results in input order. After the first
 * failure no new item starts; the items already running finish, and the first error is thrown.
 */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  const queue = items.entries() // one iterator shared by the workers: each item is taken once
  let failed: { error: unknown } | undefined
  const worker = async (): Promise<void> => {
    for (const [i, item] of queue) {
      if (failed !== undefined) return
      try {
        results[i] = await fn(item)
      } catch (error) {
        failed ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failed !== undefined) throw failed.error
  return results
}
