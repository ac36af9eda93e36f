/**
 * Downloads on the runner, over @actions/http-client (proxy settings honoured): retried on 5xx, 408,
 * 429 and connection faults, with an idle timeout, and checked against Content-Length, so a stalled or
 * truncated transfer fails clearly instead of hanging or passing half a file on.
 */
import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rm, stat } from 'node:fs/promises'
import * as path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { HttpClient } from '@actions/http-client'

/** No byte for this long: the transfer is stalled. */
const IDLE_TIMEOUT_MS = 60_000
const ATTEMPTS = 3

class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`)
  }
}

function retryable(error: unknown): boolean {
  if (error instanceof HttpStatusError) return error.status >= 500 || error.status === 408 || error.status === 429
  return true // connection faults, timeouts, truncated bodies
}

async function once(url: string, dest: string): Promise<void> {
  const client = new HttpClient('go-pipeline', [], { allowRetries: false, socketTimeout: IDLE_TIMEOUT_MS })
  try {
    const res = await client.get(url)
    const status = res.message.statusCode ?? 0
    if (status !== 200) {
      res.message.resume()
      throw new HttpStatusError(status)
    }
    const expected = Number(res.message.headers['content-length'])
    await pipeline(res.message, createWriteStream(dest))
    const got = (await stat(dest)).size
    if (Number.isFinite(expected) && got !== expected) throw new Error(`the transfer broke off after ${got} of ${expected} bytes`)
  } finally {
    client.dispose()
  }
}

/** Downloads `url` to a new file in `tempDir` and returns its path; throws after the last attempt. */
export async function downloadToTemp(
  url: string,
  tempDir: string,
  onRetry: (why: string, seconds: number) => void,
  sleepMs = (attempt: number) => 1000 * attempt,
): Promise<string> {
  await mkdir(tempDir, { recursive: true })
  const dest = path.join(tempDir, `download-${randomUUID()}`)
  let last: unknown
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      await once(url, dest)
      return dest
    } catch (error) {
      last = error
      await rm(dest, { force: true })
      if (!retryable(error) || attempt === ATTEMPTS) break
      onRetry(error instanceof Error ? error.message : String(error), sleepMs(attempt) / 1000)
      await new Promise(r => setTimeout(r, sleepMs(attempt)))
    }
  }
  throw last instanceof Error ? last : new Error(String(last))
}
