/** Small wording helpers for log lines and summary notes. Pure. */

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`
}
