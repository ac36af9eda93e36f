/** Writing to the terminal's streams. */

export type Writer = (text: string) => void

/** Writes to a stream that may close under us (`go-pipeline check | head`): once closed, output is dropped. */
export function safeWriter(stream: NodeJS.WritableStream): Writer {
  let closed = false
  stream.on('error', () => {
    closed = true
  })
  return text => {
    if (!closed) stream.write(text)
  }
}
