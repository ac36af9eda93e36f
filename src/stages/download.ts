/** Downloads for stages: a failed download or a checksum mismatch is a clear failure, never a retry loop of our own. */
import { errorMessage, UserError } from '../errors.js'
import type { Context } from '../pipeline/context.js'
import { redactUrl } from '../text.js'

/** Downloads to a temporary file (the host's downloader retries transient faults); says which URL failed. */
export async function download(ctx: Context, url: string): Promise<string> {
  try {
    return await ctx.host.downloader.download(url)
  } catch (error) {
    throw new UserError(`could not download ${redactUrl(url)}: ${errorMessage(error)}`)
  }
}

/**
 * Downloads `url` and checks its sha256 against `expected`, which `source` vouches for (the release
 * index, a checksums file). On a mismatch the file is deleted and the error names the file and both digests.
 */
export async function downloadVerified(ctx: Context, url: string, filename: string, expected: string, source: string): Promise<string> {
  ctx.host.log.info(`Downloading ${redactUrl(url)}`)
  const file = await download(ctx, url)
  const digest = await ctx.host.files.sha256(file)
  if (digest !== expected.toLowerCase()) {
    await ctx.host.files.remove(file)
    throw new UserError(
      `checksum mismatch for ${filename} from ${redactUrl(url)}: ${source} says sha256 ${expected}, ` +
        `the downloaded file has sha256 ${digest}. Nothing was installed.`,
    )
  }
  ctx.host.log.info(`Verified sha256 ${digest}`)
  return file
}
