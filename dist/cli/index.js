#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(471)
const cmp = __nccwpck_require__(646)
const debug = __nccwpck_require__(159)
const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)


/***/ }),

/***/ 782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(379)
const debug = __nccwpck_require__(159)
const SemVer = __nccwpck_require__(163)
const trimComparatorWhitespace = __nccwpck_require__(737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(101)
const { safeRe: re, t } = __nccwpck_require__(471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(82)
const neq = __nccwpck_require__(974)
const gt = __nccwpck_require__(599)
const gte = __nccwpck_require__(236)
const lt = __nccwpck_require__(491)
const lte = __nccwpck_require__(717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const parse = __nccwpck_require__(353)
const { safeRe: re, t } = __nccwpck_require__(471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 82:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 491:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 11:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const constants = __nccwpck_require__(101)
const SemVer = __nccwpck_require__(163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 88:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(471)
const constants = __nccwpck_require__(101)
const SemVer = __nccwpck_require__(163)
const identifiers = __nccwpck_require__(348)
const parse = __nccwpck_require__(353)
const valid = __nccwpck_require__(780)
const clean = __nccwpck_require__(799)
const inc = __nccwpck_require__(338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(511)
const minor = __nccwpck_require__(603)
const patch = __nccwpck_require__(756)
const prerelease = __nccwpck_require__(714)
const compare = __nccwpck_require__(469)
const rcompare = __nccwpck_require__(173)
const compareLoose = __nccwpck_require__(874)
const compareBuild = __nccwpck_require__(648)
const sort = __nccwpck_require__(872)
const rsort = __nccwpck_require__(192)
const gt = __nccwpck_require__(599)
const lt = __nccwpck_require__(491)
const eq = __nccwpck_require__(82)
const neq = __nccwpck_require__(974)
const gte = __nccwpck_require__(236)
const lte = __nccwpck_require__(717)
const cmp = __nccwpck_require__(646)
const coerce = __nccwpck_require__(385)
const truncate = __nccwpck_require__(114)
const Comparator = __nccwpck_require__(379)
const Range = __nccwpck_require__(782)
const satisfies = __nccwpck_require__(11)
const toComparators = __nccwpck_require__(750)
const maxSatisfying = __nccwpck_require__(193)
const minSatisfying = __nccwpck_require__(595)
const minVersion = __nccwpck_require__(866)
const validRange = __nccwpck_require__(118)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(276)
const ltr = __nccwpck_require__(213)
const intersects = __nccwpck_require__(465)
const simplifyRange = __nccwpck_require__(28)
const subset = __nccwpck_require__(489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(101)
const debug = __nccwpck_require__(159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)
const gt = __nccwpck_require__(599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Comparator = __nccwpck_require__(379)
const { ANY } = Comparator
const Range = __nccwpck_require__(782)
const satisfies = __nccwpck_require__(11)
const gt = __nccwpck_require__(599)
const lt = __nccwpck_require__(491)
const lte = __nccwpck_require__(717)
const gte = __nccwpck_require__(236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 28:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(11)
const compare = __nccwpck_require__(469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const Comparator = __nccwpck_require__(379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(11)
const compare = __nccwpck_require__(469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 118:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(88);
;// CONCATENATED MODULE: ./src/errors.ts
/** Errors that carry what a user needs to fix them. */
/** A bad input: names the input, the value and what would be accepted. */
class InputError extends Error {
    input;
    value;
    accepted;
    problem;
    name = 'InputError';
    constructor(input, value, accepted, problem = 'is not valid') {
        super(`Input "${input}": "${value}" ${problem}. Accepted: ${accepted}.`);
        this.input = input;
        this.value = value;
        this.accepted = accepted;
        this.problem = problem;
    }
}
/** A failure the user can act on, with no stack trace worth showing. */
class UserError extends Error {
    name = 'UserError';
}
/** Whatever was thrown (an Error, a string, anything), as one readable line. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}

;// CONCATENATED MODULE: ./src/go/version.ts
/**
 * Go version specs and the Go release index: pure, table-tested.
 *
 * Go spells versions `go1.26.8`, `go1.26` (before 1.21, the first release of a line had no `.0`),
 * `go1.27rc1`, `go1.27beta1`. Internally every version is semver: `1.26.8`, `1.20.0`, `1.27.0-rc.1`.
 */

const ACCEPTED_SPECS = 'an exact version (1.26.8, 1.27rc1), a minor line (1.26 or 1.26.x), a semver range (^1.25, >=1.25 <1.27), stable or oldstable';
const GO_VERSION = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?$/;
/** `go1.26.8` / `1.26.8` / `1.27rc1` / `go1.20` → semver, or undefined when it is not a Go version. */
function goToSemver(text) {
    const m = GO_VERSION.exec(text.trim());
    if (!m)
        return undefined;
    const [, major, minor, patch, pre, preNum] = m;
    const base = `${Number(major)}.${Number(minor)}.${patch === undefined ? 0 : Number(patch)}`;
    return pre ? `${base}-${pre}.${Number(preNum)}` : base;
}
/** Parses a user's version spec; undefined when it is not one. */
function parseGoVersionSpec(input) {
    const text = input.trim();
    if (text === '')
        return undefined;
    const lower = text.toLowerCase();
    if (lower === 'stable' || lower === 'oldstable')
        return { kind: 'alias', alias: lower, text };
    const m = GO_VERSION.exec(text);
    if (m) {
        const [, , , patch, pre] = m;
        const version = goToSemver(text);
        if (version === undefined)
            return undefined;
        // `1.26` names a line, except for pre-releases (`1.27rc1`), which are exact.
        if (patch === undefined && pre === undefined) {
            return { kind: 'range', range: `~${version}`, text };
        }
        return { kind: 'exact', version, text };
    }
    const stripped = text.replace(/(^|[\s=<>^~|])go(?=\d)/g, '$1');
    const range = semver.validRange(stripped);
    if (range === null)
        return undefined;
    return { kind: 'range', range, text };
}
/** Whether an installed version (semver) satisfies a spec; aliases never do without the index. */
function satisfies(version, spec) {
    switch (spec.kind) {
        case 'exact':
            return semver.eq(version, spec.version);
        case 'range':
            return semver.satisfies(version, spec.range);
        case 'alias':
            return false;
    }
}
/** Validates the index JSON. Throws a plain message (the caller says which URL it came from). */
function parseReleaseIndex(json) {
    if (!Array.isArray(json))
        throw new Error('expected a JSON array of releases');
    const releases = [];
    for (const [i, entry] of json.entries()) {
        if (typeof entry !== 'object' || entry === null)
            throw new Error(`entry ${i} is not an object`);
        const r = entry;
        if (typeof r.version !== 'string')
            throw new Error(`entry ${i} has no "version" string`);
        const sv = goToSemver(r.version);
        if (sv === undefined)
            continue; // not a version we can reason about (future formats): ignore
        if (!Array.isArray(r.files))
            throw new Error(`entry ${i} (${r.version}) has no "files" array`);
        const files = [];
        for (const f of r.files) {
            const o = (typeof f === 'object' && f !== null ? f : {});
            if (typeof o.filename !== 'string' ||
                typeof o.os !== 'string' ||
                typeof o.arch !== 'string' ||
                typeof o.sha256 !== 'string' ||
                typeof o.size !== 'number' ||
                typeof o.kind !== 'string') {
                throw new Error(`a file of ${r.version} lacks filename, os, arch, sha256, size or kind`);
            }
            files.push({
                filename: o.filename,
                os: o.os,
                arch: o.arch,
                version: typeof o.version === 'string' ? o.version : r.version,
                sha256: o.sha256.toLowerCase(),
                size: o.size,
                kind: o.kind,
            });
        }
        releases.push({ version: r.version, semver: sv, stable: r.stable === true, files });
    }
    return releases;
}
/** The newest version of each minor line, newest line first: [1.26.8, 1.25.12, ...] (stable only). */
function stableLines(releases) {
    const byLine = new Map();
    for (const r of releases) {
        if (!r.stable)
            continue;
        const line = `${semver.major(r.semver)}.${semver.minor(r.semver)}`;
        const best = byLine.get(line);
        if (!best || semver.gt(r.semver, best.semver))
            byLine.set(line, r);
    }
    return [...byLine.values()].sort((a, b) => semver.rcompare(a.semver, b.semver));
}
/** The release a spec selects in the index, or undefined. Ranges pick the newest stable match. */
function selectRelease(spec, releases) {
    switch (spec.kind) {
        case 'alias': {
            const lines = stableLines(releases);
            return spec.alias === 'stable' ? lines[0] : lines[1];
        }
        case 'exact':
            return releases.find(r => semver.eq(r.semver, spec.version));
        case 'range': {
            const wantsPre = semver.minVersion(spec.range)?.prerelease.length ?? 0;
            const candidates = releases.filter(r => (r.stable || wantsPre > 0) && semver.satisfies(r.semver, spec.range, { includePrerelease: wantsPre > 0 }));
            return candidates.sort((a, b) => semver.rcompare(a.semver, b.semver))[0];
        }
    }
}
/** Up to `count` released versions closest to what the spec asked for, for an error message. */
function nearestVersions(spec, releases, count = 5) {
    const target = spec.kind === 'exact' ? spec.version : spec.kind === 'range' ? semver.minVersion(spec.range)?.version : undefined;
    // Suggest pre-releases only to someone who asked for one (or when there is nothing else).
    const wantsPre = target !== undefined && semver.prerelease(target) !== null;
    const stable = releases.filter(r => r.stable);
    const pool = wantsPre || stable.length === 0 ? releases : stable;
    const sorted = [...pool].sort((a, b) => semver.compare(a.semver, b.semver));
    if (sorted.length === 0)
        return [];
    if (target === undefined)
        return sorted.slice(-count).reverse().map(r => r.semver);
    const distance = (v) => {
        const a = semver.parse(v);
        const b = semver.parse(target);
        if (!a || !b)
            return Number.MAX_SAFE_INTEGER;
        return Math.abs(a.major - b.major) * 1e6 + Math.abs(a.minor - b.minor) * 1e3 + Math.abs(a.patch - b.patch);
    };
    return sorted
        .map(r => ({ v: r.semver, d: distance(r.semver) }))
        .sort((x, y) => x.d - y.d || semver.rcompare(x.v, y.v))
        .slice(0, count)
        .map(x => x.v);
}
/** The archive of a release for a platform (`.tar.gz`, or `.zip` on Windows). */
function archiveFor(release, os, arch) {
    return release.files.find(f => f.kind === 'archive' && f.os === os && f.arch === arch);
}

;// CONCATENATED MODULE: ./src/go/targets.ts
/** Build targets: `os/arch[/variant]` specs, their env, folder names and the go build argv. Pure. */
/** `go tool dist list` of Go 1.26: the input is checked against it at once; the build stage re-checks with the installed Go. */
const DIST_LIST = [
    'aix/ppc64', 'android/386', 'android/amd64', 'android/arm', 'android/arm64', 'darwin/amd64', 'darwin/arm64',
    'dragonfly/amd64', 'freebsd/386', 'freebsd/amd64', 'freebsd/arm', 'freebsd/arm64', 'illumos/amd64', 'ios/amd64',
    'ios/arm64', 'js/wasm', 'linux/386', 'linux/amd64', 'linux/arm', 'linux/arm64', 'linux/loong64', 'linux/mips',
    'linux/mips64', 'linux/mips64le', 'linux/mipsle', 'linux/ppc64', 'linux/ppc64le', 'linux/riscv64', 'linux/s390x',
    'netbsd/386', 'netbsd/amd64', 'netbsd/arm', 'netbsd/arm64', 'openbsd/386', 'openbsd/amd64', 'openbsd/arm',
    'openbsd/arm64', 'openbsd/ppc64', 'openbsd/riscv64', 'plan9/386', 'plan9/amd64', 'plan9/arm', 'solaris/amd64',
    'wasip1/wasm', 'windows/386', 'windows/amd64', 'windows/arm64',
];
/** Variants (GOARM, GOAMD64) a platform may carry as a third part. */
const VARIANTS = {
    arm: { env: 'GOARM', values: ['v5', 'v6', 'v7'] },
    amd64: { env: 'GOAMD64', values: ['v1', 'v2', 'v3', 'v4'] },
};
/** Parses one spec; returns an error text (what is wrong) instead of throwing. */
function parseTarget(spec, distList = DIST_LIST) {
    const parts = spec.trim().toLowerCase().split('/');
    const [os, arch, variant] = parts;
    if (parts.length < 2 || parts.length > 3 || !os || !arch)
        return `"${spec}" is not os/arch or os/arch/variant`;
    if (!distList.includes(`${os}/${arch}`))
        return `"${spec}" is not a platform Go can build for`;
    const env = { GOOS: os, GOARCH: arch };
    if (variant !== undefined) {
        const v = VARIANTS[arch];
        if (v === undefined)
            return `"${spec}": ${arch} has no variants`;
        if (!v.values.includes(variant))
            return `"${spec}": ${arch} variants are ${v.values.join(', ')}`;
        env[v.env] = arch === 'arm' ? variant.slice(1) : variant;
    }
    const platform = [os, arch, variant].filter(Boolean).join('/');
    return { os, arch, ...(variant ? { variant } : {}), platform, folder: platform.replace(/\//g, '_'), env };
}
/** `-s -w -X <pkg>.version=… -X <pkg>.commit=… -X <pkg>.date=…` plus the user's extra flags. */
function ldflags(pkg, meta, extra) {
    const x = (name, value) => `-X ${pkg}.${name}=${value}`;
    return ['-s', '-w', x('version', meta.version), x('commit', meta.commit), x('date', meta.date), extra.trim()].filter(s => s !== '').join(' ');
}
function buildArgs(output, ldflagsValue, pkg) {
    return ['build', '-trimpath', `-ldflags=${ldflagsValue}`, '-o', output, pkg];
}
/** The binary's file name: `.exe` on Windows, `.wasm` for wasm. */
function binaryFile(name, target) {
    if (target.os === 'windows')
        return `${name}.exe`;
    if (target.arch === 'wasm')
        return `${name}.wasm`;
    return name;
}
/**
 * The version when none is given: the tag on HEAD, else a Go pseudo-version from the commit
 * (`v1.2.4-0.20261121063000-abcdef123456` after tag v1.2.3, `v0.0.0-20261121063000-abcdef123456` with none).
 */
function pseudoVersion(commit, commitTimeUtc, latestTag) {
    const ts = commitTimeUtc.toISOString().replace(/[-:T]/g, '').slice(0, 14);
    const short = commit.slice(0, 12);
    const m = latestTag ? /^v(\d+)\.(\d+)\.(\d+)$/.exec(latestTag) : null;
    if (m)
        return `v${m[1]}.${m[2]}.${Number(m[3]) + 1}-0.${ts}-${short}`;
    return `v0.0.0-${ts}-${short}`;
}

;// CONCATENATED MODULE: ./src/go/versionfile.ts
/** Reading a Go version out of go.mod, go.work, .go-version and .tool-versions. Pure. */

/** The version a file asks for, or undefined when it names none. */
function versionFromFile(file, content) {
    const base = external_node_path_namespaceObject.basename(file);
    if (base.endsWith('.mod') || base.endsWith('.work')) {
        const lines = content.split(/\r?\n/).map(l => l.replace(/\/\/.*$/, '').trim());
        const toolchain = lines.map(l => /^toolchain\s+go(\S+)$/.exec(l)?.[1]).find(v => v !== undefined);
        if (toolchain !== undefined)
            return { version: toolchain, kind: 'toolchain' };
        const go = lines.map(l => /^go\s+(\S+)$/.exec(l)?.[1]).find(v => v !== undefined);
        return go === undefined ? undefined : { version: go, kind: 'minimum' };
    }
    if (base === '.tool-versions') {
        for (const l of content.split(/\r?\n/)) {
            const m = /^\s*(?:golang|go)\s+(\S+)/.exec(l);
            if (m?.[1])
                return { version: m[1], kind: 'plain' };
        }
        return undefined;
    }
    const first = content
        .split(/\r?\n/)
        .map(l => l.trim())
        .find(l => l !== '' && !l.startsWith('#'));
    return first === undefined ? undefined : { version: first.replace(/^go(?=\d)/, ''), kind: 'plain' };
}

;// CONCATENATED MODULE: ./src/config.ts
/**
 * The one validated, typed configuration, parsed once at the edge from raw inputs (the action's
 * `INPUT_*` or the CLI's flags). Defaults live in action.yml and are mirrored in INPUT_DEFAULTS; a unit
 * test keeps the two equal.
 */






/** Every stage of the product, in pipeline order. */
const ALL_STAGE_IDS = ['setup', 'vet', 'fmt', 'lint', 'test', 'build', 'image'];
/** The stages this release implements. A stage not listed here is rejected as unknown. */
const AVAILABLE_STAGE_IDS = ['setup', 'vet', 'fmt', 'lint', 'test', 'build'];
/** The golangci-lint release used when golangci-lint-version is not set. */
const DEFAULT_GOLANGCI_LINT_VERSION = 'v2.15.0';
const INPUT_DEFAULTS = {
    'working-directory': '.',
    stages: AVAILABLE_STAGE_IDS.join(', '),
    'go-version': '',
    'go-version-file': '',
    'check-latest': 'false',
    'go-download-base-url': 'https://go.dev/dl',
    'golangci-lint-version': DEFAULT_GOLANGCI_LINT_VERSION,
    'golangci-lint-base-url': 'https://github.com/golangci/golangci-lint/releases/download',
    'golangci-lint-args': '',
    'only-new-issues': 'false',
    race: 'true',
    'coverage-threshold': '0',
    'test-args': '',
    platforms: 'linux/amd64,linux/arm64,darwin/arm64,windows/amd64',
    main: '',
    'binary-name': '',
    version: '',
    'version-package': 'main',
    ldflags: '',
    cgo: 'false',
    'output-dir': 'dist',
};
const INPUT_NAMES = Object.keys(INPUT_DEFAULTS);
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function parseBoolean(name, value) {
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new InputError(name, value, 'true or false', 'is not a boolean');
}
function parseStages(value) {
    const items = value.split(/[\s,]+/).filter(s => s !== '');
    const accepted = `a comma-separated list of ${AVAILABLE_STAGE_IDS.join(', ')}`;
    if (items.length === 0)
        throw new InputError('stages', value, accepted, 'names no stage');
    const chosen = new Set(['setup']);
    for (const item of items) {
        const id = AVAILABLE_STAGE_IDS.find(s => s === item.toLowerCase());
        if (id === undefined) {
            const planned = ALL_STAGE_IDS.includes(item.toLowerCase());
            throw new InputError('stages', value, accepted, planned
                ? `names the stage "${item}", which this version of go-pipeline does not have yet`
                : `names an unknown stage "${item}"`);
        }
        chosen.add(id);
    }
    return ALL_STAGE_IDS.filter(s => chosen.has(s));
}
/**
 * Splits an arguments input into argv: white space separates, '…' and "…" group, and nothing is
 * expanded or interpreted (no variables, globs or operators): the words go to the tool as they are.
 */
function parseArgs(name, value) {
    const args = [];
    let current;
    let quote;
    for (const c of value) {
        if (quote !== undefined) {
            if (c === quote)
                quote = undefined;
            else
                current += c;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            current ??= '';
        }
        else if (/\s/.test(c)) {
            if (current !== undefined)
                args.push(current);
            current = undefined;
        }
        else {
            current = (current ?? '') + c;
        }
    }
    if (quote !== undefined) {
        throw new InputError(name, value, "words separated by spaces, optionally grouped with '…' or \"…\"", `has an unclosed ${quote} quote`);
    }
    if (current !== undefined)
        args.push(current);
    return args;
}
function parseLintVersion(value) {
    if (value === 'path')
        return { kind: 'path' };
    const m = /^v?(2\.\d+\.\d+)$/.exec(value);
    if (!m?.[1]) {
        throw new InputError('golangci-lint-version', value, `a golangci-lint v2 release such as ${DEFAULT_GOLANGCI_LINT_VERSION}, or path to use the golangci-lint on PATH`, /^v?1\./.test(value) ? 'is a v1 release; go-pipeline runs golangci-lint v2' : 'is not a v2 release version');
    }
    return { kind: 'release', version: m[1] };
}
function parsePercent(name, value) {
    const n = Number(value);
    if (value === '' || !/^\d+(\.\d+)?$/.test(value) || n > 100) {
        throw new InputError(name, value, 'a percentage from 0 to 100, such as 80 or 72.5 (0 turns the gate off)', 'is not a percentage');
    }
    return n;
}
function parsePlatforms(value) {
    const specs = value.split(/[\s,]+/).filter(s => s !== '');
    const accepted = `a comma-separated list of os/arch[/variant] from go tool dist list: ${DIST_LIST.join(', ')} (variants: arm/v5..v7, amd64/v1..v4)`;
    if (specs.length === 0)
        throw new InputError('platforms', value, accepted, 'names no platform');
    const targets = [];
    for (const spec of specs) {
        const t = parseTarget(spec);
        if (typeof t === 'string')
            throw new InputError('platforms', value, accepted, `has ${t}`);
        if (!targets.some(o => o.platform === t.platform))
            targets.push(t);
    }
    return targets;
}
function parseMain(value) {
    const pkgs = value.split(/[\s,]+/).filter(s => s !== '');
    for (const p of pkgs) {
        if (!/^\.{1,2}(\/[\w.\-]+)*\/?$/.test(p) && !/^[\w.\-]+(\/[\w.\-]+)+$/.test(p)) {
            throw new InputError('main', value, 'main packages as ./path (relative to their module) or import paths, comma-separated; empty builds every main package', `has "${p}", which is not a package path`);
        }
    }
    return pkgs;
}
function parseName(name, value) {
    if (value !== '' && !/^[A-Za-z0-9][\w.\-]*$/.test(value)) {
        throw new InputError(name, value, 'a file name of letters, digits, ".", "-" and "_"', 'is not a plain file name');
    }
    return value;
}
function parseVersion(value) {
    if (value !== '' && !/^[\w.+\-]+$/.test(value)) {
        throw new InputError('version', value, 'a version such as v1.2.3 or 1.2.3-rc.1 (letters, digits, ".", "+", "-", "_"); empty: from git', 'is not a version');
    }
    return value;
}
function parseVersionPackage(value) {
    if (value !== 'main' && !/^[\w.\-]+(\/[\w.\-~]+)*$/.test(value)) {
        throw new InputError('version-package', value, 'main, or the import path of the package with the version, commit and date variables', 'is not an import path');
    }
    return value;
}
function parseOutputDir(workingDirectory, value) {
    const dir = external_node_path_namespaceObject.resolve(workingDirectory, value);
    const rel = external_node_path_namespaceObject.relative(workingDirectory, dir);
    if (rel === '' || rel.startsWith('..') || external_node_path_namespaceObject.isAbsolute(rel)) {
        throw new InputError('output-dir', value, 'a folder inside the working directory, other than the working directory itself', rel === '' ? 'is the working directory' : 'points outside the working directory');
    }
    return dir;
}
function parseBaseUrl(name, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new InputError(name, value, 'an http:// or https:// URL', 'is not a URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError(name, value, 'an http:// or https:// URL', `has the scheme ${url.protocol}`);
    }
    if (url.search !== '' || url.hash !== '') {
        throw new InputError(name, value, 'a base URL without ?query or #fragment', 'has a query or fragment');
    }
    return url.toString().replace(/\/+$/, '');
}
function specFrom(name, text, where) {
    const spec = parseGoVersionSpec(text);
    if (spec === undefined) {
        throw new InputError(name, text, ACCEPTED_SPECS, where ? `(read from ${where}) is not a Go version` : 'is not a Go version');
    }
    return spec;
}
async function specFromFile(name, value, file, readText) {
    const content = await readText(file);
    if (content === undefined) {
        throw new InputError(name, value, 'a path, relative to the working directory, of go.mod, go.work, .go-version or .tool-versions', `names no readable file (${file})`);
    }
    const found = versionFromFile(file, content);
    if (found === undefined) {
        throw new InputError(name, value, 'a file with a go or toolchain line (go.mod, go.work), a version (.go-version) or a golang line (.tool-versions)', 'names a file with no Go version in it');
    }
    const spec = specFrom(name, found.version, file);
    // A go line is a minimum: take the newest patch release of that line (security fixes included),
    // as `go 1.26.0` builds with any 1.26.x. A toolchain line, or any other file, is taken as written.
    if (found.kind === 'minimum' && spec.kind === 'exact' && semver.prerelease(spec.version) === null) {
        return { spec: { kind: 'range', range: `~${spec.version}`, text: `${found.version} (go line: newest ${semver.major(spec.version)}.${semver.minor(spec.version)}.x)` }, source: external_node_path_namespaceObject.basename(file) };
    }
    return { spec, source: external_node_path_namespaceObject.basename(file) };
}
/** Parses and validates every input. Reads the version file through `readText`. */
async function loadConfig(raw, workspace, readText) {
    const warnings = [];
    const get = (name) => raw(name).trim();
    const wdInput = get('working-directory') || '.';
    const workingDirectory = external_node_path_namespaceObject.resolve(workspace, wdInput);
    const rel = external_node_path_namespaceObject.relative(workspace, workingDirectory);
    if (rel.startsWith('..') || external_node_path_namespaceObject.isAbsolute(rel)) {
        throw new InputError('working-directory', wdInput, 'a folder inside the workspace', 'points outside the workspace');
    }
    const stages = parseStages(get('stages'));
    const checkLatest = parseBoolean('check-latest', get('check-latest') || 'false');
    const goDownloadBaseUrl = parseBaseUrl('go-download-base-url', get('go-download-base-url') || INPUT_DEFAULTS['go-download-base-url']);
    const versionText = get('go-version');
    const versionFile = get('go-version-file');
    let goVersion;
    if (versionText !== '') {
        if (versionFile !== '') {
            warnings.push(`Both go-version (${versionText}) and go-version-file (${versionFile}) are set; go-version wins.`);
        }
        goVersion = { spec: specFrom('go-version', versionText), source: 'go-version' };
    }
    else if (versionFile !== '') {
        goVersion = await specFromFile('go-version-file', versionFile, external_node_path_namespaceObject.resolve(workingDirectory, versionFile), readText);
    }
    else {
        // Neither: the workspace's go.work (it governs the toolchain when present), else its go.mod.
        let found;
        for (const name of ['go.work', 'go.mod']) {
            const file = external_node_path_namespaceObject.join(workingDirectory, name);
            if ((await readText(file)) !== undefined) {
                found = await specFromFile('go-version-file', name, file, readText);
                break;
            }
        }
        if (found === undefined) {
            throw new InputError('go-version', '', 'go-version, go-version-file, or a go.mod or go.work in the working directory', `is empty and there is no go.mod or go.work in ${workingDirectory}`);
        }
        goVersion = found;
    }
    const lint = {
        version: parseLintVersion(get('golangci-lint-version') || INPUT_DEFAULTS['golangci-lint-version']),
        baseUrl: parseBaseUrl('golangci-lint-base-url', get('golangci-lint-base-url') || INPUT_DEFAULTS['golangci-lint-base-url']),
        args: parseArgs('golangci-lint-args', get('golangci-lint-args')),
        onlyNewIssues: parseBoolean('only-new-issues', get('only-new-issues') || 'false'),
    };
    const test = {
        race: parseBoolean('race', get('race') || 'true'),
        coverageThreshold: parsePercent('coverage-threshold', get('coverage-threshold') || '0'),
        args: parseArgs('test-args', get('test-args')),
    };
    const build = {
        targets: parsePlatforms(get('platforms') || INPUT_DEFAULTS.platforms),
        main: parseMain(get('main')),
        binaryName: parseName('binary-name', get('binary-name')),
        version: parseVersion(get('version')),
        versionPackage: parseVersionPackage(get('version-package') || 'main'),
        ldflags: get('ldflags'),
        cgo: parseBoolean('cgo', get('cgo') || 'false'),
        outputDir: parseOutputDir(workingDirectory, get('output-dir') || 'dist'),
    };
    return { workspace, workingDirectory, stages, goVersion, checkLatest, goDownloadBaseUrl, lint, test, build, warnings };
}

;// CONCATENATED MODULE: ./src/go/elf.ts
/**
 * Just enough ELF to tell whether a binary is static: a PT_INTERP program header (a dynamic loader)
 * or DT_NEEDED entries (shared libraries) mean it is not. Pure: reads a Buffer.
 */
const PT_INTERP = 3;
const PT_DYNAMIC = 2;
const PT_LOAD = 1;
const DT_NEEDED = 1;
const DT_STRTAB = 5;
/** undefined when the buffer is not ELF (a Mach-O, PE or wasm binary). */
function elfLinkage(buf) {
    if (buf.length < 52 || buf.readUInt32BE(0) !== 0x7f454c46)
        return undefined;
    const is64 = buf[4] === 2;
    const le = buf[5] === 1;
    const u16 = (o) => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o));
    const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
    const word = (o) => (is64 ? Number(le ? buf.readBigUInt64LE(o) : buf.readBigUInt64BE(o)) : u32(o));
    const phoff = is64 ? word(0x20) : u32(0x1c);
    const phentsize = u16(is64 ? 0x36 : 0x2a);
    const phnum = u16(is64 ? 0x38 : 0x2c);
    const segments = [];
    for (let i = 0; i < phnum; i++) {
        const p = phoff + i * phentsize;
        if (p + phentsize > buf.length)
            break;
        segments.push(is64
            ? { type: u32(p), offset: word(p + 8), vaddr: word(p + 16), filesz: word(p + 32) }
            : { type: u32(p), offset: u32(p + 4), vaddr: u32(p + 8), filesz: u32(p + 16) });
    }
    const interpSeg = segments.find(s => s.type === PT_INTERP);
    const interpreter = interpSeg ? buf.toString('latin1', interpSeg.offset, interpSeg.offset + interpSeg.filesz).replace(/\0.*$/s, '') : undefined;
    const needed = [];
    const dyn = segments.find(s => s.type === PT_DYNAMIC);
    if (dyn) {
        const entSize = is64 ? 16 : 8;
        const entries = [];
        for (let o = dyn.offset; o + entSize <= dyn.offset + dyn.filesz; o += entSize) {
            const tag = word(o);
            if (tag === 0)
                break;
            entries.push([tag, word(o + (is64 ? 8 : 4))]);
        }
        const strtabAddr = entries.find(([t]) => t === DT_STRTAB)?.[1];
        // DT_STRTAB is a virtual address: map it to a file offset through the load segments.
        const load = segments.find(s => s.type === PT_LOAD && strtabAddr !== undefined && strtabAddr >= s.vaddr && strtabAddr < s.vaddr + s.filesz);
        if (strtabAddr !== undefined && load) {
            const strtab = strtabAddr - load.vaddr + load.offset;
            for (const [tag, val] of entries) {
                if (tag !== DT_NEEDED)
                    continue;
                const start = strtab + val;
                const end = buf.indexOf(0, start);
                needed.push(buf.toString('latin1', start, end < 0 ? undefined : end));
            }
        }
    }
    return { ...(interpreter ? { interpreter } : {}), needed };
}

;// CONCATENATED MODULE: ./src/pipeline/context.ts
/** The Go facts, for a stage that runs after setup (an ordering bug otherwise). */
function requireGo(ctx) {
    if (ctx.facts.go === undefined)
        throw new Error('internal: a stage needs Go before setup has run');
    return ctx.facts.go;
}

;// CONCATENATED MODULE: ./src/go/modules.ts
/** Modules of a repository: go.work's `use` list, or every go.mod below the root. Pure parsers. */
/** The `use` directories of a go.work file, as written (relative or absolute). */
function goWorkUses(content) {
    const uses = [];
    let inBlock = false;
    for (const raw of content.split(/\r?\n/)) {
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (inBlock) {
            if (line === ')')
                inBlock = false;
            else if (line !== '')
                uses.push(unquote(line));
            continue;
        }
        if (/^use\s*\($/.test(line))
            inBlock = true;
        else {
            const m = /^use\s+(\S+)$/.exec(line);
            if (m?.[1])
                uses.push(unquote(m[1]));
        }
    }
    return uses;
}
/** The module path declared in a go.mod. */
function modulePath(content) {
    for (const raw of content.split(/\r?\n/)) {
        const m = /^module\s+(\S+)/.exec(raw.replace(/\/\/.*$/, '').trim());
        if (m?.[1])
            return unquote(m[1]);
    }
    return undefined;
}
function unquote(s) {
    return s.replace(/^["`](.*)["`]$/, '$1');
}
/** Folders the go command never looks into for packages. */
function skippedDir(name) {
    return name === 'vendor' || name === 'testdata' || name === 'node_modules' || name.startsWith('.') || name.startsWith('_');
}

;// CONCATENATED MODULE: ./src/pipeline/workspace.ts
/** The repository's Go modules, repo-relative paths, and annotations: shared by the check stages. */



/** Repo-relative, forward slashes: what GitHub needs to attach an annotation to a diff. */
function relative(ctx, file) {
    const rel = external_node_path_namespaceObject.relative(ctx.config.workspace, external_node_path_namespaceObject.resolve(ctx.config.workingDirectory, file));
    return rel.split(external_node_path_namespaceObject.sep).join('/') || '.';
}
/** go.work's modules when there is one, else every go.mod below the working directory. Memoized. */
async function modules(ctx) {
    if (ctx.facts.modules)
        return ctx.facts.modules;
    const { files } = ctx.host;
    const root = ctx.config.workingDirectory;
    const work = await files.readText(external_node_path_namespaceObject.join(root, 'go.work'));
    const dirs = work !== undefined
        ? goWorkUses(work).map(u => external_node_path_namespaceObject.resolve(root, u))
        : (await files.walk(root, name => name === 'go.mod')).map(f => external_node_path_namespaceObject.dirname(f));
    const found = [];
    for (const dir of dirs) {
        const mod = await files.readText(external_node_path_namespaceObject.join(dir, 'go.mod'));
        const modPath = mod === undefined ? undefined : modulePath(mod);
        if (modPath === undefined) {
            throw new UserError(`${relative(ctx, external_node_path_namespaceObject.join(dir, 'go.mod'))}: no go.mod with a module line${work !== undefined ? ' (listed in go.work)' : ''}`);
        }
        found.push({ dir, path: modPath, rel: relative(ctx, dir) });
    }
    if (found.length === 0)
        throw new UserError(`no Go module (go.mod) in ${relative(ctx, root)}`);
    ctx.facts.modules = found;
    return found;
}
/** Emits each finding as an error annotation at its file and line. */
function annotate(ctx, findings, title) {
    for (const f of findings) {
        ctx.host.log.error(f.message, { title: title(f), file: f.file, line: f.line, ...(f.col !== undefined ? { col: f.col } : {}) });
    }
}
/** The path of a Go tool binary (go, gofmt) of the installed Go. */
function goTool(ctx, goroot, name) {
    return external_node_path_namespaceObject.join(goroot, 'bin', ctx.host.platform === 'win32' ? `${name}.exe` : name);
}

;// CONCATENATED MODULE: ./src/go/diagnostics.ts
/** Parsers for go vet and gofmt output. Pure. */

const POSITION = /^(?:vet: )?((?:[A-Za-z]:)?[^\s:]+\.go):(\d+)(?::(\d+))?: (.*)$/;
/** `file.go:12:3: message` lines (compiler errors, vet text), relative to `cwd` when not absolute. */
function parsePositionLines(text, cwd) {
    const out = [];
    for (const line of text.split(/\r?\n/)) {
        const m = POSITION.exec(line.trim());
        if (!m)
            continue;
        const [, file = '', ln = '0', col, message = ''] = m;
        out.push({ file: external_node_path_namespaceObject.resolve(cwd, file), line: Number(ln), ...(col ? { col: Number(col) } : {}), message });
    }
    return out;
}
/** Splits a stream of concatenated JSON objects (with `# pkg` comment lines between them). */
function jsonObjects(text) {
    const out = [];
    let depth = 0;
    let start = -1;
    let inString = false;
    let escaped = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c === '\\')
                escaped = true;
            else if (c === '"')
                inString = false;
            continue;
        }
        if (c === '"' && depth > 0)
            inString = true;
        else if (c === '{') {
            if (depth === 0)
                start = i;
            depth++;
        }
        else if (c === '}' && depth > 0) {
            depth--;
            if (depth === 0) {
                try {
                    out.push(JSON.parse(text.slice(start, i + 1)));
                }
                catch {
                    // not JSON after all: skip it
                }
            }
        }
    }
    return out;
}
/** `go vet -json` output: {pkg: {analyzer: [{posn, message}] | {error}}} objects. */
function parseVetJson(text) {
    const out = [];
    for (const obj of jsonObjects(text)) {
        if (typeof obj !== 'object' || obj === null)
            continue;
        for (const analyzers of Object.values(obj)) {
            if (typeof analyzers !== 'object' || analyzers === null)
                continue;
            for (const [analyzer, diags] of Object.entries(analyzers)) {
                if (!Array.isArray(diags))
                    continue;
                for (const d of diags) {
                    const posn = typeof d.posn === 'string' ? /^(.*\.go):(\d+)(?::(\d+))?$/.exec(d.posn) : null;
                    if (!posn || typeof d.message !== 'string')
                        continue;
                    out.push({
                        file: posn[1] ?? '',
                        line: Number(posn[2]),
                        ...(posn[3] ? { col: Number(posn[3]) } : {}),
                        message: d.message,
                        source: analyzer,
                    });
                }
            }
        }
    }
    return out;
}
/** `gofmt -d` output: one unified diff per file, headed `diff a.go.orig a.go`. */
function parseGofmtDiff(text, cwd) {
    const out = [];
    const chunks = text.split(/^(?=diff )/m).filter(c => c.startsWith('diff '));
    for (const chunk of chunks) {
        const header = /^diff (.+)\.orig (.+)$/m.exec(chunk);
        const file = header?.[2]?.trim();
        if (!file)
            continue;
        let line = 1;
        const hunk = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@.*\n((?:[ +\-\\].*\n?)*)/m.exec(chunk);
        if (hunk) {
            const body = (hunk[2] ?? '').split('\n');
            const firstChange = body.findIndex(l => l.startsWith('-') || l.startsWith('+'));
            line = Number(hunk[1]) + Math.max(0, firstChange);
        }
        out.push({ file: external_node_path_namespaceObject.resolve(cwd, file), line, diff: chunk.trimEnd() });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/stages/vet.ts
/** vet: `go vet ./...` in every module; each finding an error annotation at its file and line. */




const vet = {
    id: 'vet',
    kind: 'check',
    parallel: true,
    title: () => 'go vet',
    async run(ctx) {
        const go = goTool(ctx, requireGo(ctx).goroot, 'go');
        const findings = [];
        for (const mod of await modules(ctx)) {
            // -json reports findings as JSON and exits 0; a package that does not compile exits 1 with text.
            const r = await ctx.host.exec.run(go, ['vet', '-json', './...'], { cwd: mod.dir });
            const found = parseVetJson(`${r.stdout}\n${r.stderr}`); // stdout since Go 1.2x, stderr before
            if (r.code !== 0)
                found.push(...parsePositionLines(r.stderr, mod.dir));
            if (r.code !== 0 && found.length === 0) {
                throw new UserError(`go vet failed in ${mod.rel} (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-5).join(' ')}`);
            }
            findings.push(...found.map(f => ({ ...f, file: relative(ctx, f.file) })));
        }
        ctx.facts.vet = { findings };
        annotate(ctx, findings, f => `go vet${f.source ? ` (${f.source})` : ''}`);
        if (findings.length > 0)
            throw new UserError(`go vet found ${plural(findings.length, 'problem')}`);
        return `no findings in ${plural((await modules(ctx)).length, 'module')}`;
    },
};
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}

;// CONCATENATED MODULE: ./src/stages/build.ts
/**
 * build: static binaries for every platform, stamped by -ldflags with version, commit and date (the
 * commit's time, so that two builds of one commit are byte-identical), built in parallel on one build
 * cache into <output-dir>/<os>_<arch>[_<variant>]/<name>[.exe], with checksums.txt. ELF binaries are
 * read back: with cgo off, an interpreter or a needed shared library fails the build.
 */







const build = {
    id: 'build',
    title: ctx => `Building ${plural(ctx.config.build.targets.length, 'platform')}`,
    async run(ctx) {
        const cfg = ctx.config.build;
        const go = goTool(ctx, requireGo(ctx).goroot, 'go');
        await checkPlatforms(ctx, go);
        const meta = await metadata(ctx);
        const mains = await mainPackages(ctx, go);
        const flags = ldflags(cfg.versionPackage, meta, cfg.ldflags);
        ctx.host.log.info(`version ${meta.version}, commit ${meta.commit}, date ${meta.date}`);
        ctx.host.log.info(`-ldflags=${flags}`);
        const jobs = mains.flatMap(main => cfg.targets.map(target => ({ main, target })));
        for (const t of cfg.targets)
            await ctx.host.files.remove(external_node_path_namespaceObject.join(cfg.outputDir, t.folder));
        const artifacts = await pool(jobs, Math.max(1, ctx.host.cpus), ({ main, target }) => buildOne(ctx, go, flags, main, target));
        const sums = artifacts
            .map(a => `${a.sha256}  ${external_node_path_namespaceObject.relative(cfg.outputDir, a.path).split(external_node_path_namespaceObject.sep).join('/')}`)
            .sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
        const checksums = external_node_path_namespaceObject.join(cfg.outputDir, 'checksums.txt');
        await ctx.host.files.writeText(checksums, `${sums.join('\n')}\n`);
        ctx.facts.build = { ...meta, artifacts, checksums };
        for (const a of artifacts)
            ctx.host.log.info(`${a.rel}  ${a.size} bytes  static: ${a.static === undefined ? 'n/a' : a.static ? 'yes' : 'no'}  sha256 ${a.sha256}`);
        return `${plural(artifacts.length, 'binary', 'binaries')} of ${meta.version}`;
    },
};
async function checkPlatforms(ctx, go) {
    const r = await ctx.host.exec.run(go, ['tool', 'dist', 'list'], { silent: true });
    const list = r.stdout.split('\n').map(l => l.trim()).filter(Boolean);
    const missing = ctx.config.build.targets.filter(t => !list.includes(`${t.os}/${t.arch}`));
    if (r.code === 0 && missing.length > 0) {
        throw new UserError(`Go ${requireGo(ctx).version} cannot build for ${missing.map(t => t.platform).join(', ')} (go tool dist list: ${list.join(', ')})`);
    }
}
async function git(ctx, args) {
    const r = await ctx.host.exec.run('git', args, { cwd: ctx.config.workspace, silent: true });
    return r.code === 0 ? r.stdout.trim() : undefined;
}
/** version (input, else the tag on HEAD, else a pseudo-version), commit and the commit's time. */
async function metadata(ctx) {
    const commit = await git(ctx, ['rev-parse', 'HEAD']);
    if (commit === undefined) {
        ctx.host.log.warning(`${ctx.config.workspace} is not a git checkout: version ${ctx.config.build.version || 'dev'}, commit none, date 1970-01-01T00:00:00Z`);
        return { version: ctx.config.build.version || 'dev', commit: 'none', date: '1970-01-01T00:00:00Z' };
    }
    const seconds = Number(await git(ctx, ['log', '-1', '--format=%ct', 'HEAD']));
    const time = new Date((Number.isFinite(seconds) ? seconds : 0) * 1000);
    const date = time.toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (ctx.config.build.version !== '')
        return { version: ctx.config.build.version, commit, date };
    const tags = (await git(ctx, ['tag', '--points-at', 'HEAD', '--sort=-version:refname'])) ?? '';
    const onHead = tags.split('\n').find(t => /^v?\d+\.\d+\.\d+/.test(t)) ?? (ctx.run.ref.startsWith('refs/tags/') ? ctx.run.ref.slice(10) : undefined);
    if (onHead)
        return { version: onHead, commit, date };
    const latest = await git(ctx, ['describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*', 'HEAD']);
    return { version: pseudoVersion(commit, time, latest), commit, date };
}
async function mainPackages(ctx, go) {
    const mods = await modules(ctx);
    const found = [];
    const nameOf = (mod, dir) => dir === mod.dir ? (mod.path.replace(/\/v\d+$/, '').split('/').pop() ?? 'app') : external_node_path_namespaceObject.basename(dir);
    for (const mod of mods) {
        const patterns = ctx.config.build.main.length > 0 ? ctx.config.build.main : ['./...'];
        const r = await ctx.host.exec.run(go, ['list', '-f', '{{.Name}}\t{{.Dir}}', ...patterns], { cwd: mod.dir, silent: true });
        if (r.code !== 0) {
            if (ctx.config.build.main.length > 0 && mods.length > 1)
                continue; // the package is in another module
            throw new UserError(`go list ${patterns.join(' ')} failed in ${mod.rel}: ${r.stderr.trim()}`);
        }
        for (const line of r.stdout.split('\n')) {
            const [name, dir] = line.split('\t');
            if (name !== 'main' || !dir)
                continue;
            const rel = external_node_path_namespaceObject.relative(mod.dir, dir);
            found.push({ module: mod, pkg: rel === '' ? '.' : `./${rel.split(external_node_path_namespaceObject.sep).join('/')}`, name: nameOf(mod, dir) });
        }
    }
    if (found.length === 0) {
        throw new UserError(ctx.config.build.main.length > 0 ? `main: ${ctx.config.build.main.join(', ')} holds no main package` : 'no main package to build in any module');
    }
    const { binaryName } = ctx.config.build;
    if (binaryName !== '') {
        if (found.length > 1)
            throw new UserError(`binary-name is set, but there are ${found.length} main packages (${found.map(m => m.pkg).join(', ')}); set main to one of them`);
        return [{ ...found[0], name: binaryName }];
    }
    return found;
}
async function buildOne(ctx, go, flags, main, target) {
    const { cgo, outputDir } = ctx.config.build;
    const output = external_node_path_namespaceObject.join(outputDir, target.folder, binaryFile(main.name, target));
    const env = { ...target.env, CGO_ENABLED: cgo ? '1' : '0' };
    const r = await ctx.host.exec.run(go, buildArgs(output, flags, main.pkg), { cwd: main.module.dir, env, silent: true });
    if (r.code !== 0) {
        if (!cgo)
            await explainCgo(ctx, go, main, target);
        throw new UserError(`go build ${main.pkg} for ${target.platform} failed:\n${r.stderr.trim()}`);
    }
    const bytes = await ctx.host.files.readBytes(output);
    const linkage = elfLinkage(bytes);
    const isStatic = linkage === undefined ? undefined : linkage.interpreter === undefined && linkage.needed.length === 0;
    if (!cgo && isStatic === false) {
        throw new UserError(`${relative(ctx, output)} is dynamically linked although cgo is false` +
            `${linkage?.interpreter ? ` (interpreter ${linkage.interpreter})` : ''}${linkage?.needed.length ? ` (needs ${linkage.needed.join(', ')})` : ''}. ` +
            'Remove -linkmode=external or other linker flags that link dynamically.');
    }
    return {
        kind: 'binary',
        name: main.name,
        platform: target.platform,
        path: output,
        rel: relative(ctx, output),
        sha256: await ctx.host.files.sha256(output),
        size: bytes.length,
        ...(isStatic !== undefined ? { static: isStatic } : {}),
    };
}
/** When a build fails with cgo off, says so if the package or a non-standard dependency uses cgo. */
async function explainCgo(ctx, go, main, target) {
    const r = await ctx.host.exec.run(go, ['list', '-deps', '-f', '{{if and .CgoFiles (not .Standard)}}{{.ImportPath}} ({{join .CgoFiles ", "}}){{end}}', main.pkg], { cwd: main.module.dir, env: { ...target.env, CGO_ENABLED: '1' }, silent: true });
    const users = r.stdout.split('\n').map(l => l.trim()).filter(Boolean);
    if (users.length > 0) {
        throw new UserError(`${main.pkg} needs cgo, and cgo is false: ${users.join('; ')} ${users.length === 1 ? 'uses' : 'use'} import "C". ` +
            'Set cgo: true (with a C cross-compiler for each platform), or drop the cgo dependency.');
    }
}
/** Runs `fn` over `items` with at most `limit` at once; results in input order; the first error wins. */
async function pool(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/stages/fmt.ts
/**
 * fmt: a gofmt check that never rewrites files (the common `go fmt ./...` step rewrites them and
 * passes). Lists and annotates every unformatted file; the summary shows the diff.
 */





const BATCH = 200;
const fmt = {
    id: 'fmt',
    kind: 'check',
    parallel: true,
    title: () => 'gofmt check',
    async run(ctx) {
        const gofmt = goTool(ctx, requireGo(ctx).goroot, 'gofmt');
        const files = await ctx.host.files.walk(ctx.config.workingDirectory, name => name.endsWith('.go'));
        const diffs = [];
        for (let i = 0; i < files.length; i += BATCH) {
            const r = await ctx.host.exec.run(gofmt, ['-d', ...files.slice(i, i + BATCH)], { cwd: ctx.config.workingDirectory, silent: true });
            if (r.code !== 0 && r.stdout === '')
                throw new UserError(`gofmt failed (exit ${r.code}): ${r.stderr.trim()}`);
            diffs.push(...parseGofmtDiff(r.stdout, ctx.config.workingDirectory));
        }
        const unformatted = diffs.map(d => ({
            file: relative(ctx, d.file),
            line: d.line,
            message: `${relative(ctx, d.file)} is not gofmt-formatted. Run: gofmt -w ${relative(ctx, d.file)}`,
            diff: d.diff,
        }));
        ctx.facts.fmt = { files: unformatted };
        for (const f of unformatted)
            ctx.host.log.info(`${f.file}\n${f.diff}`);
        annotate(ctx, unformatted, () => 'gofmt');
        if (unformatted.length > 0) {
            throw new UserError(`${plural(unformatted.length, 'file')} not gofmt-formatted: ${unformatted.map(f => f.file).join(', ')}`);
        }
        return `${plural(files.length, 'file')} formatted`;
    },
};

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/go/golangci.ts
function lintAsset(version, os, arch) {
    const folder = `golangci-lint-${version}-${os}-${arch}`;
    const format = os === 'windows' ? 'zip' : 'tar.gz';
    return { archive: `${folder}.${format}`, folder, checksums: `golangci-lint-${version}-checksums.txt`, format };
}
/** `<sha256>  <filename>` lines → filename → sha256. */
function parseChecksums(text) {
    const out = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^([0-9a-fA-F]{64})\s+\*?(\S+)$/.exec(line.trim());
        if (m?.[1] && m[2])
            out.set(m[2], m[1].toLowerCase());
    }
    return out;
}
/** `golangci-lint run --output.json.path=stdout` → findings (paths as printed; abs with --path-mode=abs). */
function parseLintJson(text) {
    const start = text.indexOf('{');
    if (start < 0)
        return [];
    const doc = JSON.parse(text.slice(start));
    const out = [];
    for (const issue of doc.Issues ?? []) {
        const pos = (issue.Pos ?? {});
        if (typeof pos.Filename !== 'string' || typeof issue.Text !== 'string')
            continue;
        out.push({
            file: pos.Filename,
            line: typeof pos.Line === 'number' ? pos.Line : 1,
            ...(typeof pos.Column === 'number' && pos.Column > 0 ? { col: pos.Column } : {}),
            message: issue.Text,
            ...(typeof issue.FromLinter === 'string' ? { source: issue.FromLinter } : {}),
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/go/platform.ts
/** Node's names for this machine → Go's. */
const GOOS = {
    linux: 'linux',
    darwin: 'darwin',
    win32: 'windows',
    freebsd: 'freebsd',
    openbsd: 'openbsd',
    aix: 'aix',
    sunos: 'solaris',
};
const GOARCH = {
    x64: 'amd64',
    arm64: 'arm64',
    ia32: '386',
    arm: 'armv6l', // the release archives' name for GOARCH=arm
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
    loong64: 'loong64',
};
function hostPlatform(platform, arch) {
    const os = GOOS[platform];
    const goArch = GOARCH[arch];
    if (os === undefined || goArch === undefined) {
        throw new Error(`go-pipeline does not know Go's name for this machine (${platform}/${arch})`);
    }
    return { os, arch: goArch, nodeArch: arch };
}

;// CONCATENATED MODULE: ./src/stages/lint.ts
/**
 * lint: golangci-lint v2. Installed from the release archive at golangci-lint-base-url with its sha256
 * verified against the release's checksums file (golangci-lint-action doesn't), kept in the tool
 * cache; or the one on PATH with `golangci-lint-version: path`. Config is auto-detected by
 * golangci-lint itself. Every issue becomes an annotation at its file and line.
 */







const lint = {
    id: 'lint',
    kind: 'check',
    parallel: true,
    title: ctx => {
        const v = ctx.config.lint.version;
        return `golangci-lint ${v.kind === 'path' ? '(from PATH)' : `v${v.version}`}`;
    },
    async run(ctx) {
        const { binary, version } = await install(ctx);
        const newFrom = await newIssuesBase(ctx);
        const args = [
            'run',
            '--output.json.path=stdout',
            '--path-mode=abs',
            '--show-stats=false',
            ...(newFrom ? [`--new-from-rev=${newFrom}`] : []),
            ...ctx.config.lint.args,
            './...',
        ];
        const env = { GOLANGCI_LINT_CACHE: lintCacheDir(ctx) };
        const issues = [];
        for (const mod of await modules(ctx)) {
            const r = await ctx.host.exec.run(binary, args, { cwd: mod.dir, env, silent: true });
            if (r.code !== 0 && r.code !== 1) {
                throw new UserError(`golangci-lint failed in ${mod.rel} (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-8).join('\n')}`);
            }
            let found;
            try {
                found = parseLintJson(r.stdout);
            }
            catch (error) {
                throw new UserError(`golangci-lint printed output go-pipeline cannot read (${errorMessage(error)}): ${r.stdout.slice(0, 200)}`);
            }
            issues.push(...found.map(f => ({ ...f, file: relative(ctx, f.file) })));
            if (r.stderr.trim() !== '')
                ctx.host.log.info(r.stderr.trim());
        }
        ctx.facts.lint = { version, issues, ...(newFrom ? { newFrom } : {}) };
        for (const i of issues)
            ctx.host.log.info(`${i.file}:${i.line}${i.col ? `:${i.col}` : ''}: ${i.message} (${i.source ?? 'golangci-lint'})`);
        annotate(ctx, issues, f => `golangci-lint${f.source ? ` (${f.source})` : ''}`);
        if (issues.length > 0)
            throw new UserError(`golangci-lint found ${plural(issues.length, 'issue')}`);
        return `golangci-lint ${version}: no issues${newFrom ? ` new since ${newFrom.slice(0, 12)}` : ''}`;
    },
};
/** golangci-lint's own cache folder, never shared with another tool's. */
function lintCacheDir(ctx) {
    return ctx.host.env.get('GOLANGCI_LINT_CACHE') || external_node_path_namespaceObject.join(external_node_os_namespaceObject.homedir(), '.cache', 'golangci-lint');
}
async function install(ctx) {
    const { host } = ctx;
    const exe = host.platform === 'win32' ? 'golangci-lint.exe' : 'golangci-lint';
    const wanted = ctx.config.lint.version;
    if (wanted.kind === 'path') {
        const binary = await host.files.which('golangci-lint');
        if (binary === undefined) {
            throw new UserError('golangci-lint-version is "path", but there is no golangci-lint on PATH');
        }
        const r = await host.exec.run(binary, ['version'], { silent: true });
        return { binary, version: /version v?(\S+)/.exec(r.stdout)?.[1] ?? 'unknown' };
    }
    const { version } = wanted;
    const platform = hostPlatform(host.platform, host.arch);
    const stored = await host.tools.find('golangci-lint', version, platform.nodeArch);
    if (stored) {
        host.log.info(`golangci-lint ${version} from the tool cache`);
        return { binary: external_node_path_namespaceObject.join(stored.dir, exe), version };
    }
    const asset = lintAsset(version, platform.os, platform.arch);
    const base = `${ctx.config.lint.baseUrl}/v${version}`;
    const sums = await download(ctx, `${base}/${asset.checksums}`);
    const expected = parseChecksums((await host.files.readText(sums)) ?? '').get(asset.archive);
    await host.files.remove(sums);
    if (expected === undefined) {
        throw new UserError(`${base}/${asset.checksums} lists no checksum for ${asset.archive}`);
    }
    const url = `${base}/${asset.archive}`;
    host.log.info(`Downloading ${url}`);
    const archive = await download(ctx, url);
    const digest = await host.files.sha256(archive);
    if (digest !== expected) {
        await host.files.remove(archive);
        throw new UserError(`checksum mismatch for ${asset.archive} from ${url}: ${asset.checksums} says sha256 ${expected}, ` +
            `the downloaded file has sha256 ${digest}. Nothing was installed.`);
    }
    host.log.info(`Verified sha256 ${digest}`);
    const extracted = await host.downloader.extract(archive, asset.format);
    await host.files.remove(archive);
    const dir = await host.tools.add(external_node_path_namespaceObject.join(extracted, asset.folder), 'golangci-lint', version, platform.nodeArch);
    return { binary: external_node_path_namespaceObject.join(dir, exe), version };
}
async function download(ctx, url) {
    try {
        return await ctx.host.downloader.download(url);
    }
    catch (error) {
        throw new UserError(`could not download ${url}: ${errorMessage(error)}`);
    }
}
/** The commit to report new issues from: the PR's base, when only-new-issues is on and it is checked out. */
async function newIssuesBase(ctx) {
    if (!ctx.config.lint.onlyNewIssues)
        return undefined;
    const { eventName, baseSha } = ctx.run;
    if (!eventName.startsWith('pull_request')) {
        ctx.host.log.info(`only-new-issues applies to pull requests; this is a ${eventName} run, so every issue is reported`);
        return undefined;
    }
    if (baseSha === undefined) {
        ctx.host.log.warning('only-new-issues: the event has no pull_request.base.sha; reporting every issue');
        return undefined;
    }
    const r = await ctx.host.exec.run('git', ['cat-file', '-e', `${baseSha}^{commit}`], { cwd: ctx.config.workspace, silent: true });
    if (r.code !== 0) {
        ctx.host.log.warning(`only-new-issues: the base commit ${baseSha} is not in this checkout; reporting every issue. ` +
            'Check out with fetch-depth: 0 so that it is.');
        return undefined;
    }
    return baseSha;
}

;// CONCATENATED MODULE: ./src/stages/setup.ts
/**
 * setup: installs the Go the config asks for and records `go env` for later stages.
 *
 * Order of lookups: (1) without the network, for an exact version or a range without check-latest:
 * the CLI's Go on PATH, then the tool store; (2) the release index at go-download-base-url, which
 * resolves aliases and ranges to one release; the tool store again for that exact version;
 * (3) download, verify the sha256 the index gives, extract, add to the tool store.
 */




const setup = {
    id: 'setup',
    title: ctx => `Setting up Go ${ctx.config.goVersion.spec.text} (from ${ctx.config.goVersion.source})`,
    async run(ctx) {
        const installed = await setup_install(ctx);
        const { host } = ctx;
        host.env.addPath(external_node_path_namespaceObject.join(installed.goroot, 'bin'));
        // The installed Go is the one to use: never let go.mod's toolchain line download another.
        host.env.exportVariable('GOTOOLCHAIN', 'local');
        const env = await goEnv(ctx, installed.goroot);
        const reported = goToSemver(env.GOVERSION ?? '');
        if (reported !== installed.version) {
            throw new UserError(`the Go at ${installed.goroot} reports ${env.GOVERSION ?? 'no version'}, expected go${installed.version}`);
        }
        const gopath = (env.GOPATH ?? '').split(external_node_path_namespaceObject.delimiter)[0];
        if (gopath)
            host.env.addPath(external_node_path_namespaceObject.join(gopath, 'bin'));
        ctx.facts.go = { ...installed, env };
        host.log.info(`Go ${installed.version} (${installed.source}) at ${installed.goroot}`);
        return `Go ${installed.version} from ${sourceText(installed.source)}`;
    },
};
function sourceText(source) {
    return source === 'tool-cache' ? 'the tool cache' : source === 'path' ? 'PATH' : 'a verified download';
}
async function setup_install(ctx) {
    const { config, host } = ctx;
    const { spec } = config.goVersion;
    const platform = hostPlatform(host.platform, host.arch);
    if (!config.checkLatest && spec.kind !== 'alias') {
        const local = await fromPath(ctx, v => satisfies(v, spec));
        if (local)
            return local;
        const stored = await host.tools.find('go', spec.kind === 'exact' ? spec.version : spec.range, platform.nodeArch);
        if (stored)
            return { goroot: stored.dir, version: stored.version, source: 'tool-cache' };
    }
    const indexUrl = `${config.goDownloadBaseUrl}/?mode=json&include=all`;
    const releases = await fetchIndex(ctx, indexUrl);
    const release = selectRelease(spec, releases);
    if (release === undefined)
        throw notFound(spec, releases, indexUrl);
    host.log.info(`Go ${spec.text} resolves to ${release.version} in ${indexUrl}`);
    const local = await fromPath(ctx, v => v === release.semver);
    if (local)
        return local;
    const stored = await host.tools.find('go', release.semver, platform.nodeArch);
    if (stored)
        return { goroot: stored.dir, version: stored.version, source: 'tool-cache' };
    const file = archiveFor(release, platform.os, platform.arch);
    if (file === undefined) {
        const have = release.files.filter(f => f.kind === 'archive').map(f => `${f.os}/${f.arch}`);
        throw new UserError(`${release.version} has no archive for ${platform.os}/${platform.arch} in ${indexUrl} (it has: ${have.join(', ') || 'none'})`);
    }
    const url = `${config.goDownloadBaseUrl}/${file.filename}`;
    host.log.info(`Downloading ${url} (${file.size} bytes)`);
    const archive = await setup_download(ctx, url);
    const digest = await host.files.sha256(archive);
    if (digest !== file.sha256) {
        await host.files.remove(archive);
        throw new UserError(`checksum mismatch for ${file.filename} from ${url}: the release index says sha256 ${file.sha256}, ` +
            `the downloaded file has sha256 ${digest}. Nothing was installed.`);
    }
    host.log.info(`Verified sha256 ${digest}`);
    const extracted = await host.downloader.extract(archive, file.filename.endsWith('.zip') ? 'zip' : 'tar.gz');
    await host.files.remove(archive);
    const dir = await host.tools.add(external_node_path_namespaceObject.join(extracted, 'go'), 'go', release.semver, platform.nodeArch);
    return { goroot: dir, version: release.semver, source: 'download' };
}
async function fromPath(ctx, wanted) {
    const go = await ctx.host.goOnPath?.();
    if (go === undefined || !wanted(go.version))
        return undefined;
    return { goroot: go.goroot, version: go.version, source: 'path' };
}
async function setup_download(ctx, url) {
    try {
        return await ctx.host.downloader.download(url);
    }
    catch (error) {
        throw new UserError(`could not download ${url}: ${errorMessage(error)}`);
    }
}
async function fetchIndex(ctx, url) {
    const file = await setup_download(ctx, url);
    try {
        const text = (await ctx.host.files.readText(file)) ?? '';
        return parseReleaseIndex(JSON.parse(text));
    }
    catch (error) {
        throw new UserError(`${url} is not a Go release index: ${errorMessage(error)}`);
    }
    finally {
        await ctx.host.files.remove(file);
    }
}
function notFound(spec, releases, url) {
    const near = nearestVersions(spec, releases);
    return new UserError(`no Go release matches ${spec.text} in ${url}.` +
        (near.length > 0 ? ` Nearest available: ${near.join(', ')}.` : ' The index lists no releases.'));
}
async function goEnv(ctx, goroot) {
    const go = external_node_path_namespaceObject.join(goroot, 'bin', ctx.host.platform === 'win32' ? 'go.exe' : 'go');
    const result = await ctx.host.exec.run(go, ['env', '-json'], {
        cwd: ctx.config.workingDirectory,
        env: { GOTOOLCHAIN: 'local' },
        silent: true,
    });
    if (result.code !== 0) {
        throw new UserError(`${go} env -json failed (exit ${result.code}): ${result.stderr.trim()}`);
    }
    const parsed = JSON.parse(result.stdout);
    const env = {};
    for (const [k, v] of Object.entries(parsed))
        if (typeof v === 'string')
            env[k] = v;
    return env;
}

;// CONCATENATED MODULE: ./src/go/coverage.ts
/** Coverage profiles (`-coverprofile`): parse, merge, and the totals `go tool cover -func` prints. Pure. */
/** Merges profiles (one per module) into one: duplicate blocks add their counts (max in set mode). */
function mergeProfiles(profiles) {
    let mode = '';
    const blocks = new Map();
    for (const text of profiles) {
        for (const line of text.split('\n')) {
            if (line.startsWith('mode: ')) {
                mode ||= line.slice(6).trim();
                continue;
            }
            const m = /^(.+:\d+\.\d+,\d+\.\d+) (\d+) (\d+)$/.exec(line.trim());
            if (!m)
                continue;
            const key = m[1] ?? '';
            const stmts = Number(m[2]);
            const count = Number(m[3]);
            const b = blocks.get(key);
            if (b === undefined)
                blocks.set(key, { stmts, count });
            else
                b.count = mode === 'set' ? Math.max(b.count, count) : b.count + count;
        }
    }
    const lines = [`mode: ${mode || 'atomic'}`];
    for (const [key, b] of blocks)
        lines.push(`${key} ${b.stmts} ${b.count}`);
    return lines.join('\n') + '\n';
}
/** covered/total as a percentage with one decimal, rounding half to even on the exact value, as Go does. */
function percent(covered, total) {
    if (total === 0)
        return '0.0';
    const num = covered * 1000;
    let q = Math.floor(num / total);
    const r = num - q * total;
    if (2 * r > total || (2 * r === total && q % 2 === 1))
        q++;
    return `${Math.floor(q / 10)}.${q % 10}`;
}
function coverageTotals(profile) {
    const perPkg = new Map();
    let statements = 0;
    let covered = 0;
    for (const line of profile.split('\n')) {
        const m = /^(.+):\d+\.\d+,\d+\.\d+ (\d+) (\d+)$/.exec(line.trim());
        if (!m)
            continue;
        const file = m[1] ?? '';
        const stmts = Number(m[2]);
        const hit = Number(m[3]) > 0 ? stmts : 0;
        statements += stmts;
        covered += hit;
        const pkg = file.slice(0, file.lastIndexOf('/'));
        const p = perPkg.get(pkg) ?? { statements: 0, covered: 0 };
        p.statements += stmts;
        p.covered += hit;
        perPkg.set(pkg, p);
    }
    return {
        statements,
        covered,
        percent: percent(covered, statements),
        byPackage: [...perPkg.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([pkg, p]) => ({ pkg, ...p, percent: percent(p.covered, p.statements) })),
    };
}

;// CONCATENATED MODULE: ./src/go/testevents.ts
/** `go test -json` (test2json) events → a test report, and where each failure happened. Pure. */


function parseTestEvents(stream, into = { packages: [], tests: [], buildOutput: [] }) {
    const pkgs = new Map(into.packages.map(p => [p.pkg, p]));
    const tests = new Map(into.tests.map(t => [`${t.pkg}\u0000${t.name}`, t]));
    for (const line of stream.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        let e;
        try {
            e = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (e.Action === 'build-output') {
            into.buildOutput.push(e.Output ?? '');
            continue;
        }
        if (e.Package === undefined || e.Action === undefined)
            continue;
        let pkg = pkgs.get(e.Package);
        if (pkg === undefined) {
            pkg = { pkg: e.Package, status: 'running', elapsed: 0, buildFailed: false, output: [] };
            pkgs.set(e.Package, pkg);
            into.packages.push(pkg);
        }
        if (e.Test === undefined) {
            if (e.Action === 'output')
                pkg.output.push(e.Output ?? '');
            if (e.Action === 'pass' || e.Action === 'fail' || e.Action === 'skip') {
                pkg.status = e.Action;
                pkg.elapsed = e.Elapsed ?? 0;
                if (e.FailedBuild !== undefined)
                    pkg.buildFailed = true;
            }
            continue;
        }
        const key = `${e.Package}\u0000${e.Test}`;
        let test = tests.get(key);
        if (test === undefined) {
            test = { pkg: e.Package, name: e.Test, status: 'running', elapsed: 0, output: [] };
            tests.set(key, test);
            into.tests.push(test);
        }
        if (e.Action === 'output')
            test.output.push(e.Output ?? '');
        if (e.Action === 'pass' || e.Action === 'fail' || e.Action === 'skip') {
            test.status = e.Action;
            test.elapsed = e.Elapsed ?? 0;
        }
    }
    return into;
}
/** Failed tests none of whose subtests failed: where the failure itself is. */
function failedLeaves(report) {
    const failed = report.tests.filter(t => t.status === 'fail');
    return failed.filter(t => !failed.some(o => o.pkg === t.pkg && o.name.startsWith(`${t.name}/`)));
}
const FRAME = /^\s+((?:[A-Za-z]:)?[/\\].*\.go):(\d+)(?: \+0x[0-9a-f]+)?$/;
/** The first stack frame in the user's code (under one of `roots`), or undefined. */
function firstUserFrame(lines, roots) {
    for (const l of lines) {
        const m = FRAME.exec(l.trimEnd());
        if (!m)
            continue;
        const file = m[1] ?? '';
        if (roots.some(r => file.startsWith(r + external_node_path_namespaceObject.sep) || file.startsWith(r + '/')))
            return { file, line: Number(m[2]) };
    }
    return undefined;
}
/**
 * Where a failing test failed: a data race's first frame in the user's code, a panic's, or the
 * `file_test.go:42: message` lines that t.Error/t.Fatal print (relative to the package folder).
 */
function failureLocation(test, pkgDir, roots) {
    const lines = test.output.join('').split('\n');
    if (lines.some(l => l.includes('WARNING: DATA RACE'))) {
        const at = firstUserFrame(lines.slice(lines.findIndex(l => l.includes('WARNING: DATA RACE'))), roots);
        if (at)
            return { ...at, kind: 'race', message: `data race detected during ${test.name}` };
    }
    const panicAt = lines.findIndex(l => /^panic: /.test(l));
    if (panicAt >= 0) {
        const at = firstUserFrame(lines.slice(panicAt), roots);
        if (at)
            return { ...at, kind: 'panic', message: `${test.name} panicked: ${(lines[panicAt] ?? '').replace(/^panic: /, '')}` };
    }
    const asserts = lines
        .filter(l => /^\s+\S+\.go:\d+: /.test(l) && !/^\s+testing\.go:\d+: /.test(l))
        .flatMap(l => parsePositionLines(l.trim(), pkgDir));
    const first = asserts[0];
    if (first) {
        return { file: first.file, line: first.line, kind: 'assertion', message: asserts.map(a => a.message).join('\n') };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/stages/test.ts
/**
 * test: `go test -race -covermode=atomic -coverprofile -json ./...` in every module. test2json events
 * become a report (packages, pass/fail/skip, slowest tests) and an annotation per failing test at the
 * failure's file and line; coverage is merged across modules, totalled as `go tool cover -func` does,
 * and gated by coverage-threshold.
 */








const test = {
    id: 'test',
    kind: 'check',
    parallel: true,
    title: ctx => `go test${ctx.config.test.race ? ' -race' : ''} with coverage`,
    async run(ctx) {
        const { race, args, coverageThreshold } = ctx.config.test;
        const go = goTool(ctx, requireGo(ctx).goroot, 'go');
        if (race)
            await requireCgo(ctx);
        const mods = await modules(ctx);
        const report = { packages: [], tests: [], buildOutput: [] };
        const profiles = [];
        const buildErrors = [];
        const dir = external_node_path_namespaceObject.join(ctx.host.tempDir, 'go-pipeline');
        for (const [i, mod] of mods.entries()) {
            const profile = external_node_path_namespaceObject.join(dir, `coverage-${i}.out`);
            await ctx.host.files.writeText(profile, ''); // creates the folder; go test overwrites it
            const argv = ['test', ...(race ? ['-race'] : []), '-covermode=atomic', `-coverprofile=${profile}`, '-json', ...args, './...'];
            ctx.host.log.info(`${mod.rel}: go ${argv.join(' ')}`);
            const before = report.packages.length + report.buildOutput.length;
            const buildLines = report.buildOutput.length;
            const r = await ctx.host.exec.run(go, argv, { cwd: mod.dir, env: race ? { CGO_ENABLED: '1' } : {}, silent: true });
            parseTestEvents(r.stdout, report);
            // Compiler messages are relative to the folder go test ran in.
            buildErrors.push(...report.buildOutput.slice(buildLines).flatMap(l => parsePositionLines(l, mod.dir)));
            if (r.code !== 0 && report.packages.length + report.buildOutput.length === before) {
                throw new UserError(`go test failed in ${mod.rel} (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-8).join('\n')}`);
            }
            profiles.push((await ctx.host.files.readText(profile)) ?? '');
        }
        const coverageFile = external_node_path_namespaceObject.join(dir, 'coverage.out');
        const merged = mergeProfiles(profiles);
        await ctx.host.files.writeText(coverageFile, merged);
        const coverage = { ...coverageTotals(merged), file: coverageFile };
        const failures = locateFailures(ctx, report, mods, buildErrors);
        const summary = summarize(report, failures, coverage, race);
        ctx.facts.test = summary;
        logReport(ctx, report);
        annotate(ctx, failures, f => f.source ?? 'go test');
        const problems = [];
        const failedPkgs = report.packages.filter(p => p.status === 'fail').length;
        if (failedPkgs > 0 || summary.fail > 0)
            problems.push(`${plural(summary.fail, 'test')} failed in ${plural(failedPkgs, 'package')}`);
        if (coverageThreshold > 0 && Number(coverage.percent) < coverageThreshold) {
            const message = `coverage ${coverage.percent}% is below coverage-threshold ${coverageThreshold}%`;
            ctx.host.log.error(message, { title: 'coverage' });
            problems.push(message);
        }
        if (problems.length > 0)
            throw new UserError(problems.join('; '));
        return `${summary.pass} passed, ${summary.skip} skipped in ${plural(report.packages.length, 'package')}; coverage ${coverage.percent}%`;
    },
};
async function requireCgo(ctx) {
    if (ctx.host.env.get('CGO_ENABLED') === '0') {
        throw new UserError('race: go test -race needs cgo, and CGO_ENABLED=0 is set in the environment. Unset it, or set race: false.');
    }
    const cc = (requireGo(ctx).env.CC || 'gcc').split(/\s+/)[0] ?? 'gcc';
    const found = external_node_path_namespaceObject.isAbsolute(cc) ? ((await ctx.host.files.readText(cc)) !== undefined ? cc : undefined) : await ctx.host.files.which(cc);
    if (found === undefined) {
        throw new UserError(`race: go test -race needs cgo and a C compiler, and ${cc} (go env CC) is not on PATH. ` +
            'Install one (on Ubuntu: apt-get install gcc), or set race: false.');
    }
}
function packageDir(pkg, mods) {
    const mod = [...mods].sort((a, b) => b.path.length - a.path.length).find(m => pkg === m.path || pkg.startsWith(`${m.path}/`));
    return mod === undefined ? undefined : external_node_path_namespaceObject.join(mod.dir, pkg.slice(mod.path.length));
}
function locateFailures(ctx, report, mods, buildErrors) {
    const roots = mods.map(m => m.dir);
    const out = [];
    for (const t of failedLeaves(report)) {
        const dir = packageDir(t.pkg, mods) ?? ctx.config.workingDirectory;
        const loc = failureLocation(t, dir, roots);
        const source = `${t.name} (${t.pkg})`;
        if (loc)
            out.push({ file: relative(ctx, loc.file), line: loc.line, message: `${t.name}: ${loc.message}`, source });
        else
            out.push({ file: relative(ctx, dir), line: 1, message: `${t.name} failed:\n${t.output.join('').trim().slice(-1000)}`, source });
    }
    // Test binaries that did not build: the compiler's file:line messages, once each.
    const seen = new Set();
    for (const f of buildErrors) {
        const file = relative(ctx, f.file);
        const key = `${file}:${f.line}:${f.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ file, line: f.line, ...(f.col !== undefined ? { col: f.col } : {}), message: f.message, source: 'go test (build failed)' });
    }
    // Packages that failed with no failing test and no build output (TestMain, init, a race outside tests).
    for (const p of report.packages) {
        if (p.status !== 'fail' || p.buildFailed || report.tests.some(t => t.pkg === p.pkg && t.status === 'fail'))
            continue;
        const dir = packageDir(p.pkg, mods) ?? ctx.config.workingDirectory;
        out.push({ file: relative(ctx, dir), line: 1, message: `${p.pkg} failed:\n${p.output.join('').trim().slice(-1000)}`, source: `go test (${p.pkg})` });
    }
    return out;
}
function summarize(report, failures, coverage, race) {
    const count = (status) => report.tests.filter(t => t.status === status).length;
    return {
        packages: report.packages.map(p => {
            const tests = report.tests.filter(t => t.pkg === p.pkg);
            return {
                pkg: p.pkg,
                status: p.status,
                elapsed: p.elapsed,
                pass: tests.filter(t => t.status === 'pass').length,
                fail: tests.filter(t => t.status === 'fail').length,
                skip: tests.filter(t => t.status === 'skip').length,
            };
        }),
        pass: count('pass'),
        fail: count('fail'),
        skip: count('skip'),
        slowest: [...report.tests]
            .filter(t => !t.name.includes('/'))
            .sort((a, b) => b.elapsed - a.elapsed)
            .slice(0, 5)
            .map(t => ({ pkg: t.pkg, name: t.name, elapsed: t.elapsed })),
        failures,
        ...(coverage ? { coverage } : {}),
        race,
    };
}
function logReport(ctx, report) {
    for (const t of failedLeaves(report))
        ctx.host.log.info(`--- FAIL: ${t.name} (${t.pkg})\n${t.output.join('').trimEnd()}`);
    if (report.buildOutput.length > 0)
        ctx.host.log.info(report.buildOutput.join('').trimEnd());
    for (const p of report.packages) {
        const word = p.status === 'pass' ? 'ok  ' : p.status === 'fail' ? 'FAIL' : p.status === 'skip' ? '?   ' : '... ';
        ctx.host.log.info(`${word} ${p.pkg} ${p.elapsed.toFixed(3)}s`);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/pipeline.ts






const PIPELINE = [setup, vet, fmt, lint, test, build];
function selectStages(ids) {
    return PIPELINE.filter(s => ids.includes(s.id));
}

;// CONCATENATED MODULE: ./src/pipeline/report.ts
const ICON = { success: '✅', failure: '❌', skipped: '⏭️' };
const MAX_ROWS = 50;
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function at(f) {
    return `\`${f.file}:${f.line}${f.col !== undefined ? `:${f.col}` : ''}\``;
}
function findingsTable(findings, sourceHeader) {
    const rows = findings.slice(0, MAX_ROWS).map(f => `| ${at(f)} | ${cell(f.source ?? '')} | ${cell(f.message)} |`);
    const more = findings.length > MAX_ROWS ? [`\n…and ${findings.length - MAX_ROWS} more (see the annotations).`] : [];
    return [`| Where | ${sourceHeader} | Message |`, '| --- | --- | --- |', ...rows, ...more];
}
function renderSummary(report, facts) {
    const lines = [
        '## go-pipeline',
        '',
        report.failure === undefined ? '**Result:** ✅ passed' : `**Result:** ❌ failed (${cell(report.failure)})`,
        '',
        '| Stage | Status | Time | Note |',
        '| --- | --- | ---: | --- |',
        ...report.rows.map(r => `| ${r.id} | ${ICON[r.status]} ${r.status} | ${r.seconds.toFixed(2)} s | ${cell(r.note)} |`),
    ];
    const { go, vet, fmt, lint, test } = facts;
    if (go !== undefined)
        lines.push('', `Go ${go.version} (${go.source}) at \`${go.goroot}\``);
    if (facts.modules && facts.modules.length > 1) {
        lines.push('', `Modules: ${facts.modules.map(m => `\`${m.rel}\` (${m.path})`).join(', ')}`);
    }
    if (vet && vet.findings.length > 0)
        lines.push('', `### go vet: ${vet.findings.length} finding(s)`, '', ...findingsTable(vet.findings, 'Analyzer'));
    if (fmt && fmt.files.length > 0) {
        lines.push('', `### gofmt: ${fmt.files.length} file(s) not formatted`, '');
        for (const f of fmt.files.slice(0, MAX_ROWS)) {
            lines.push(`<details><summary><code>${f.file}</code></summary>`, '', '```diff', f.diff, '```', '', '</details>');
        }
    }
    if (lint && lint.issues.length > 0) {
        lines.push('', `### golangci-lint ${lint.version}: ${lint.issues.length} issue(s)${lint.newFrom ? ` new since ${lint.newFrom.slice(0, 12)}` : ''}`, '', ...findingsTable(lint.issues, 'Linter'));
    }
    if (test) {
        lines.push('', '### Tests', '', `**${test.pass} passed, ${test.fail} failed, ${test.skip} skipped** in ${test.packages.length} package(s)${test.race ? ', with the race detector' : ''}.`, '', '| Package | Status | Pass | Fail | Skip | Time |', '| --- | --- | ---: | ---: | ---: | ---: |', ...test.packages.map(p => `| \`${p.pkg}\` | ${p.status} | ${p.pass} | ${p.fail} | ${p.skip} | ${p.elapsed.toFixed(2)} s |`));
        if (test.failures.length > 0)
            lines.push('', '#### Failures', '', ...findingsTable(test.failures, 'Test'));
        if (test.slowest.length > 0) {
            lines.push('', '#### Slowest tests', '', '| Test | Package | Time |', '| --- | --- | ---: |', ...test.slowest.map(t => `| ${t.name} | \`${t.pkg}\` | ${t.elapsed.toFixed(2)} s |`));
        }
        if (test.coverage) {
            const c = test.coverage;
            lines.push('', `#### Coverage: ${c.percent}% of ${c.statements} statements`, '', '| Package | Coverage | Statements |', '| --- | ---: | ---: |', ...c.byPackage.map(p => `| \`${p.pkg}\` | ${p.percent}% | ${p.statements} |`));
        }
    }
    if (facts.build) {
        const b = facts.build;
        lines.push('', `### Binaries: ${b.version}`, '', `Commit \`${b.commit}\`, date ${b.date}.`, '', '| Binary | Platform | Size | Static | sha256 |', '| --- | --- | ---: | --- | --- |', ...b.artifacts.map(a => `| \`${a.rel}\` | ${a.platform} | ${a.size.toLocaleString('en-US')} B | ${a.static === undefined ? 'n/a' : a.static ? 'yes' : 'no'} | \`${a.sha256}\` |`));
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/pipeline/buffered.ts
function bufferedHost(host) {
    const entries = [];
    const log = {
        info: message => void entries.push({ level: 'info', message }),
        debug: message => void entries.push({ level: 'debug', message }),
        warning: (message, at) => void entries.push({ level: 'warning', message, ...(at ? { at } : {}) }),
        error: (message, at) => void entries.push({ level: 'error', message, ...(at ? { at } : {}) }),
        async group(title, fn) {
            entries.push({ level: 'info', message: `── ${title}` });
            return fn();
        },
    };
    const buffered = {
        ...host,
        log,
        exec: {
            async run(command, args, options = {}) {
                const r = await host.exec.run(command, args, { ...options, silent: true });
                if (options.silent !== true) {
                    entries.push({ level: 'info', message: `[command]${command} ${args.join(' ')}` });
                    const out = (r.stdout + r.stderr).trimEnd();
                    if (out !== '')
                        entries.push({ level: 'info', message: out });
                }
                return r;
            },
        },
    };
    return {
        host: buffered,
        replay(target) {
            for (const e of entries) {
                if (e.level === 'warning' || e.level === 'error')
                    target[e.level](e.message, e.at);
                else
                    target[e.level](e.message);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/pipeline/runner.ts


/** Consecutive parallel stages form one batch; every other stage is a batch of its own. */
function batches(stages) {
    const out = [];
    for (const stage of stages) {
        const last = out[out.length - 1];
        if (stage.parallel && last?.[0]?.parallel)
            last.push(stage);
        else
            out.push([stage]);
    }
    return out;
}
async function runPipeline(stages, ctx) {
    const rows = new Map();
    const failures = [];
    let blocked; // why the stages that follow cannot run
    for (const batch of batches(stages)) {
        const runnable = [];
        for (const stage of batch) {
            const title = stage.title(ctx);
            const checkFailed = failures.length > 0 && blocked === undefined;
            if (blocked !== undefined || (checkFailed && stage.kind !== 'check')) {
                rows.set(stage.id, { id: stage.id, title, status: 'skipped', seconds: 0, note: `not run: ${blocked ?? 'a check failed'}` });
                continue;
            }
            const reason = stage.skip?.(ctx);
            if (reason !== undefined) {
                ctx.host.log.info(`Skipping ${stage.id}: ${reason}`);
                rows.set(stage.id, { id: stage.id, title, status: 'skipped', seconds: 0, note: reason });
                continue;
            }
            runnable.push(stage);
        }
        const outcomes = runnable.length === 1
            ? [await runOne(runnable[0], ctx)]
            : await runConcurrently(runnable, ctx);
        for (const [i, o] of outcomes.entries()) {
            const stage = runnable[i];
            rows.set(stage.id, o.row);
            if (o.row.status === 'failure') {
                failures.push(`${stage.id}: ${o.row.note}`);
                if (stage.kind !== 'check')
                    blocked = `${stage.id} failed`;
            }
        }
    }
    const ordered = stages.map(s => rows.get(s.id)).filter((r) => r !== undefined);
    return failures.length === 0 ? { rows: ordered } : { rows: ordered, failure: failures.join('; ') };
}
async function attempt(stage, ctx, title, run) {
    const started = ctx.host.clock.now();
    try {
        const note = await run();
        return { row: { id: stage.id, title, status: 'success', seconds: elapsed(ctx, started), note: note ?? '' } };
    }
    catch (error) {
        return { row: { id: stage.id, title, status: 'failure', seconds: elapsed(ctx, started), note: errorMessage(error) } };
    }
}
function runOne(stage, ctx) {
    const title = stage.title(ctx);
    return ctx.host.log.group(title, () => attempt(stage, ctx, title, () => stage.run(ctx)));
}
/** Runs stages at once, each on a buffered host; then writes each one's log as a group, in order. */
async function runConcurrently(stages, ctx) {
    const runs = stages.map(stage => {
        const buffer = bufferedHost(ctx.host);
        const title = stage.title(ctx);
        const sub = { ...ctx, host: buffer.host };
        return { stage, title, buffer, outcome: attempt(stage, sub, title, () => stage.run(sub)) };
    });
    const outcomes = [];
    for (const r of runs) {
        const outcome = await r.outcome;
        await ctx.host.log.group(r.title, async () => {
            r.buffer.replay(ctx.host.log);
            if (outcome.row.status === 'failure')
                ctx.host.log.info(`${r.stage.id} failed: ${outcome.row.note}`);
        });
        outcomes.push(outcome);
    }
    return outcomes;
}
function elapsed(ctx, started) {
    return Math.round((ctx.host.clock.now() - started) / 10) / 100;
}

;// CONCATENATED MODULE: ./src/cli/cli.ts
/** `go-pipeline <command>`: the terminal front door. Returns the exit code. */







const USAGE = `Usage: go-pipeline <command> [options]

Commands:
  run [dir]     Run the pipeline's stages on this machine, as the action runs them in CI.
                dir is the Go module or workspace root (default: the current folder).
  help          Show this text.

Options of run (the action's inputs, same names and meaning):
${INPUT_NAMES.filter(n => n !== 'working-directory')
    .map(n => `  --${n.padEnd(22)}default: ${INPUT_DEFAULTS[n] === '' ? '(none)' : INPUT_DEFAULTS[n]}`)
    .join('\n')}
`;
async function cli(argv, io) {
    const [command, ...rest] = argv;
    switch (command) {
        case 'run':
            return runCommand(rest, io);
        case undefined:
        case 'help':
        case '--help':
        case '-h':
            io.out.write(USAGE);
            return command === undefined ? 2 : 0;
        default:
            io.err.write(`go-pipeline: unknown command "${command}". Commands: run, help.\n`);
            return 2;
    }
}
async function runCommand(args, io) {
    const options = Object.fromEntries(INPUT_NAMES.filter(n => n !== 'working-directory').map(n => [n, { type: 'string' }]));
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: [...args], options, allowPositionals: true, strict: true });
    }
    catch (error) {
        io.err.write(`go-pipeline run: ${errorMessage(error)}\n\n${USAGE}`);
        return 2;
    }
    if (parsed.positionals.length > 1) {
        io.err.write(`go-pipeline run: expected at most one folder, got ${parsed.positionals.join(' ')}\n`);
        return 2;
    }
    const values = parsed.values;
    // The folder given is the repository root: annotations are relative to it.
    const root = external_node_path_namespaceObject.resolve(io.cwd, parsed.positionals[0] ?? '.');
    const raw = (name) => (name === 'working-directory' ? '.' : (values[name] ?? INPUT_DEFAULTS[name]));
    const host = io.host();
    try {
        const config = await loadConfig(raw, root, host.files.readText);
        for (const warning of config.warnings)
            host.log.warning(warning);
        const ctx = { config, host, run: { eventName: 'local', ref: '', sha: '' }, facts: {} };
        const report = await runPipeline(selectStages(config.stages), ctx);
        io.out.write(`\n${renderSummary(report, ctx.facts)}`);
        return report.failure === undefined ? 0 : 1;
    }
    catch (error) {
        io.err.write(`go-pipeline run: ${errorMessage(error)}\n`);
        return 1;
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/ports/node-files.ts
/** Files port on Node's fs, shared by both adapters. */





async function walk(root, match) {
    const out = [];
    const visit = async (dir) => {
        let entries;
        try {
            entries = await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const e of entries) {
            const full = external_node_path_namespaceObject.join(dir, e.name);
            if (e.isDirectory()) {
                if (!skippedDir(e.name))
                    await visit(full);
            }
            else if (e.isFile() && match(e.name)) {
                out.push(full);
            }
        }
    };
    await visit(root);
    return out;
}
async function which(name) {
    const exts = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
    for (const dir of (process.env.PATH ?? '').split(external_node_path_namespaceObject.delimiter)) {
        if (dir === '')
            continue;
        for (const ext of exts) {
            const candidate = external_node_path_namespaceObject.join(dir, name + ext);
            try {
                await (0,promises_namespaceObject.access)(candidate, external_node_fs_namespaceObject.constants.X_OK);
                return candidate;
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
}
const nodeFiles = {
    async readText(file) {
        try {
            return await (0,promises_namespaceObject.readFile)(file, 'utf8');
        }
        catch {
            return undefined;
        }
    },
    async writeText(file, text) {
        await (0,promises_namespaceObject.mkdir)(external_node_path_namespaceObject.dirname(file), { recursive: true });
        await (0,promises_namespaceObject.writeFile)(file, text);
    },
    walk,
    which,
    sha256(file) {
        return new Promise((resolve, reject) => {
            const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
            (0,external_node_fs_namespaceObject.createReadStream)(file)
                .on('error', reject)
                .on('data', chunk => hash.update(chunk))
                .on('end', () => resolve(hash.digest('hex')));
        });
    },
    async remove(file) {
        await (0,promises_namespaceObject.rm)(file, { recursive: true, force: true });
    },
    readBytes: file => (0,promises_namespaceObject.readFile)(file),
    size: async (file) => (await (0,promises_namespaceObject.stat)(file)).size,
};
const systemClock = { now: () => Date.now() };

;// CONCATENATED MODULE: ./src/ports/local.ts
/**
 * The local adapter for `go-pipeline run`: a developer's terminal, the Go on PATH, and a tool store
 * in the user's cache folder. It never imports @actions/*.
 */










function userCacheDir() {
    const base = process.env.XDG_CACHE_HOME ||
        (process.platform === 'win32' ? process.env.LOCALAPPDATA : undefined) ||
        external_node_path_namespaceObject.join(external_node_os_namespaceObject.homedir(), '.cache');
    return external_node_path_namespaceObject.join(base, 'go-pipeline');
}
function where(at) {
    if (at?.file === undefined)
        return '';
    return `${at.file}${at.line !== undefined ? `:${at.line}` : ''}${at.col !== undefined ? `:${at.col}` : ''}: `;
}
function terminalLog(out) {
    return {
        info: m => out.write(`${m}\n`),
        debug: m => {
            if (process.env.GO_PIPELINE_DEBUG)
                out.write(`debug: ${m}\n`);
        },
        warning: (m, at) => out.write(`${where(at)}warning: ${m}\n`),
        error: (m, at) => out.write(`${where(at)}error: ${m}\n`),
        async group(title, fn) {
            out.write(`\n── ${title}\n`);
            return fn();
        },
    };
}
function run(command, args, cwd, env, echo) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, [...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (b) => {
            stdout += b.toString();
            if (echo)
                process.stdout.write(b);
        });
        child.stderr.on('data', (b) => {
            stderr += b.toString();
            if (echo)
                process.stderr.write(b);
        });
        child.on('error', reject);
        child.on('close', code => resolve({ code: code ?? 1, stdout, stderr }));
    });
}
async function fetchWithRetries(url, dest, attempts = 3) {
    let last;
    for (let i = 1; i <= attempts; i++) {
        try {
            const res = await fetch(url);
            if (!res.ok || res.body === null) {
                const retryable = res.status >= 500 || res.status === 408 || res.status === 429;
                last = new Error(`HTTP ${res.status} ${res.statusText}`);
                if (!retryable)
                    break;
            }
            else {
                await (0,external_node_stream_promises_namespaceObject.pipeline)(external_node_stream_namespaceObject.Readable.fromWeb(res.body), (0,external_node_fs_namespaceObject.createWriteStream)(dest));
                return;
            }
        }
        catch (error) {
            last = error;
        }
        if (i < attempts)
            await new Promise(r => setTimeout(r, 1000 * i));
    }
    throw last instanceof Error ? last : new Error(String(last));
}
function localHost(cacheDir = userCacheDir(), out = process.stdout) {
    const toolsDir = external_node_path_namespaceObject.join(cacheDir, 'tools');
    const tmpDir = external_node_path_namespaceObject.join(cacheDir, 'tmp');
    const envNow = (extra) => ({ ...process.env, ...extra });
    return {
        kind: 'local',
        platform: process.platform,
        arch: process.arch,
        log: terminalLog(out),
        exec: {
            run: (command, args, options = {}) => run(command, args, options.cwd, envNow(options.env), options.silent !== true),
        },
        tools: {
            async find(tool, versionSpec, arch) {
                const root = external_node_path_namespaceObject.join(toolsDir, tool);
                let versions;
                try {
                    versions = await (0,promises_namespaceObject.readdir)(root);
                }
                catch {
                    return undefined;
                }
                const complete = [];
                for (const v of versions) {
                    if (semver.valid(v) === null)
                        continue;
                    try {
                        await (0,promises_namespaceObject.stat)(external_node_path_namespaceObject.join(root, v, `${arch}.complete`));
                        complete.push(v);
                    }
                    catch {
                        // an interrupted install: not usable
                    }
                }
                const best = semver.maxSatisfying(complete, versionSpec, { includePrerelease: semver.valid(versionSpec) !== null });
                return best === null ? undefined : { dir: external_node_path_namespaceObject.join(root, best, arch), version: best };
            },
            async add(sourceDir, tool, version, arch) {
                const dest = external_node_path_namespaceObject.join(toolsDir, tool, version, arch);
                await (0,promises_namespaceObject.rm)(dest, { recursive: true, force: true });
                await (0,promises_namespaceObject.rm)(`${dest}.complete`, { force: true });
                await (0,promises_namespaceObject.mkdir)(external_node_path_namespaceObject.dirname(dest), { recursive: true });
                await (0,promises_namespaceObject.rename)(sourceDir, dest);
                await (0,promises_namespaceObject.writeFile)(`${dest}.complete`, '');
                return dest;
            },
        },
        downloader: {
            async download(url) {
                await (0,promises_namespaceObject.mkdir)(tmpDir, { recursive: true });
                const dest = external_node_path_namespaceObject.join(await (0,promises_namespaceObject.mkdtemp)(external_node_path_namespaceObject.join(tmpDir, 'dl-')), 'download');
                await fetchWithRetries(url, dest);
                return dest;
            },
            async extract(file, format) {
                await (0,promises_namespaceObject.mkdir)(tmpDir, { recursive: true });
                const dir = await (0,promises_namespaceObject.mkdtemp)(external_node_path_namespaceObject.join(tmpDir, 'x-'));
                // bsdtar (macOS, Windows) reads zip too; GNU tar handles tar.gz.
                const args = format === 'zip' ? ['-xf', file, '-C', dir] : ['-xzf', file, '-C', dir];
                const r = await run('tar', args, undefined, envNow(), false);
                if (r.code !== 0)
                    throw new Error(`tar ${args.join(' ')} failed: ${r.stderr.trim()}`);
                return dir;
            },
        },
        env: {
            get: name => process.env[name],
            addPath(dir) {
                process.env.PATH = `${dir}${external_node_path_namespaceObject.delimiter}${process.env.PATH ?? ''}`;
            },
            exportVariable(name, value) {
                process.env[name] = value;
            },
        },
        files: nodeFiles,
        clock: systemClock,
        cpus: external_node_os_namespaceObject.availableParallelism(),
        tempDir: external_node_path_namespaceObject.join(cacheDir, 'run'),
        async goOnPath() {
            try {
                const r = await run('go', ['env', '-json', 'GOROOT', 'GOVERSION'], undefined, envNow({ GOTOOLCHAIN: 'local' }), false);
                if (r.code !== 0)
                    return undefined;
                const env = JSON.parse(r.stdout);
                const version = goToSemver(env.GOVERSION ?? '');
                return env.GOROOT && version ? { goroot: env.GOROOT, version } : undefined;
            }
            catch {
                return undefined; // no go on PATH
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/entrypoints/cli.ts


void cli(process.argv.slice(2), {
    out: process.stdout,
    err: process.stderr,
    cwd: process.cwd(),
    host: () => localHost(),
}).then(code => {
    process.exitCode = code;
});

