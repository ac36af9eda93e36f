/**
 * A host whose log lines and command output are recorded instead of written, so that stages running
 * concurrently can each be replayed as one log group, never interleaved.
 */
import type { Annotation, Host, Log } from '../ports/ports.js'

interface Entry {
  level: 'info' | 'debug' | 'notice' | 'warning' | 'error'
  message: string
  at?: Annotation
}

export function bufferedHost(host: Host): { host: Host; replay(log: Log): void } {
  const entries: Entry[] = []
  const log: Log = {
    info: message => void entries.push({ level: 'info', message }),
    debug: message => void entries.push({ level: 'debug', message }),
    notice: (message, at) => void entries.push({ level: 'notice', message, ...(at ? { at } : {}) }),
    warning: (message, at) => void entries.push({ level: 'warning', message, ...(at ? { at } : {}) }),
    error: (message, at) => void entries.push({ level: 'error', message, ...(at ? { at } : {}) }),
    mask: secret => host.log.mask(secret),
    async group(title, fn) {
      entries.push({ level: 'info', message: `── ${title}` })
      return fn()
    },
  }
  const buffered: Host = {
    ...host,
    log,
    exec: {
      async run(command, args, options = {}) {
        const r = await host.exec.run(command, args, { ...options, silent: true })
        if (options.silent !== true) {
          entries.push({ level: 'info', message: `[command]${command} ${args.join(' ')}` })
          const out = (r.stdout + r.stderr).trimEnd()
          if (out !== '') entries.push({ level: 'info', message: out })
        }
        return r
      },
    },
  }
  return {
    host: buffered,
    replay(target) {
      for (const e of entries) {
        if (e.level === 'notice' || e.level === 'warning' || e.level === 'error') target[e.level](e.message, e.at)
        else target[e.level](e.message)
      }
    },
  }
}
