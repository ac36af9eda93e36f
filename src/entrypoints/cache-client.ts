// The cache client (@actions/cache and the Azure SDK): a bundle of its own, loaded by the action only
// when a cache is restored or saved. No side effect: it only exports.
export { restore, save } from '../ports/github/cache.js'
