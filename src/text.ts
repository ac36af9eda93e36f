/** Wording helpers for log lines, messages and summary notes. Pure. */

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`
}

const SHOWN_MAX = 120

/**
 * A value someone else chose (an input, a file's first line), as it is shown in a message: quoted,
 * control characters escaped (so it is one line and can never start a workflow command), cut to a
 * readable length with the true length said.
 */
export function shown(value: string, max = SHOWN_MAX): string {
  const cut = value.length > max ? value.slice(0, max) : value
  const quoted = JSON.stringify(cut).replace(/##\[/g, '#\\u0023[')
  return value.length > max ? `${quoted.slice(0, -1)}…" (${value.length} characters)` : quoted
}

/** A URL without its user name and password, for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.username === '' && u.password === '') return url
    u.username = u.username === '' ? '' : '***'
    u.password = u.password === '' ? '' : '***'
    return u.toString()
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, '//***@')
  }
}

/**
 * Whether a text could be read by the runner as a workflow command (`::cmd::` at the start of a line,
 * or the legacy `##[cmd]` anywhere), so it must be printed with commands stopped.
 */
export function looksLikeCommand(text: string): boolean {
  return /(^|[\r\n])[ \t]*::|##\[/.test(text)
}

/** A program's output cut to its last `n` lines (where its error usually is), joined for a message. */
export function lastLines(text: string, n: number, separator = ' '): string {
  return text.trim().split('\n').slice(-n).join(separator)
}
