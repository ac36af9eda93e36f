/**
 * Just enough ELF to tell whether a binary is static: a PT_INTERP program header (a dynamic loader)
 * or DT_NEEDED entries (shared libraries) mean it is not. Pure: reads a Buffer.
 */

export interface ElfLinkage {
  readonly interpreter?: string
  readonly needed: readonly string[]
}

const PT_INTERP = 3
const PT_DYNAMIC = 2
const PT_LOAD = 1
const DT_NEEDED = 1
const DT_STRTAB = 5

/** undefined when the buffer is not ELF (a Mach-O, PE or wasm binary). */
export function elfLinkage(buf: Buffer): ElfLinkage | undefined {
  if (buf.length < 52 || buf.readUInt32BE(0) !== 0x7f454c46) return undefined
  const is64 = buf[4] === 2
  const le = buf[5] === 1
  const u16 = (o: number): number => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o))
  const u32 = (o: number): number => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o))
  const word = (o: number): number => (is64 ? Number(le ? buf.readBigUInt64LE(o) : buf.readBigUInt64BE(o)) : u32(o))
  const phoff = is64 ? word(0x20) : u32(0x1c)
  const phentsize = u16(is64 ? 0x36 : 0x2a)
  const phnum = u16(is64 ? 0x38 : 0x2c)

  interface Segment {
    type: number
    offset: number
    vaddr: number
    filesz: number
  }
  const segments: Segment[] = []
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize
    if (p + phentsize > buf.length) break
    segments.push(
      is64
        ? { type: u32(p), offset: word(p + 8), vaddr: word(p + 16), filesz: word(p + 32) }
        : { type: u32(p), offset: u32(p + 4), vaddr: u32(p + 8), filesz: u32(p + 16) },
    )
  }
  const interpSeg = segments.find(s => s.type === PT_INTERP)
  const interpreter = interpSeg ? buf.toString('latin1', interpSeg.offset, interpSeg.offset + interpSeg.filesz).replace(/\0.*$/s, '') : undefined

  const needed: string[] = []
  const dyn = segments.find(s => s.type === PT_DYNAMIC)
  if (dyn) {
    const entSize = is64 ? 16 : 8
    const entries: [number, number][] = []
    for (let o = dyn.offset; o + entSize <= dyn.offset + dyn.filesz; o += entSize) {
      const tag = word(o)
      if (tag === 0) break
      entries.push([tag, word(o + (is64 ? 8 : 4))])
    }
    const strtabAddr = entries.find(([t]) => t === DT_STRTAB)?.[1]
    // DT_STRTAB is a virtual address: map it to a file offset through the load segments.
    const load = segments.find(s => s.type === PT_LOAD && strtabAddr !== undefined && strtabAddr >= s.vaddr && strtabAddr < s.vaddr + s.filesz)
    if (strtabAddr !== undefined && load) {
      const strtab = strtabAddr - load.vaddr + load.offset
      for (const [tag, val] of entries) {
        if (tag !== DT_NEEDED) continue
        const start = strtab + val
        const end = buf.indexOf(0, start)
        needed.push(buf.toString('latin1', start, end < 0 ? undefined : end))
      }
    }
  }
  return { ...(interpreter ? { interpreter } : {}), needed }
}
