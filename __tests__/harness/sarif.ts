/**
 * A SARIF 2.1.0 validator: the OASIS schema (rtm.5, a data file in __tests__/data, as @microsoft/jest-sarif
 * ships it) compiled with ajv's draft-04 build and its formats (uri-reference: a path with a space fails).
 */
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'

const SCHEMA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'sarif-schema-2.1.0.json')

/** Validates `doc`: the schema's complaints, none when it is a valid SARIF 2.1.0 log. */
export function sarifSchemaErrors(): (doc: unknown) => string[] {
  // The schema has a pattern that is invalid as a unicode regexp: compiled without the u flag.
  // CommonJS modules whose export is also their .default (what TypeScript's types name).
  const ajv = new Ajv.default({ strict: false, allErrors: true, unicodeRegExp: false })
  addFormats.default(ajv)
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object)
  return doc => (validate(doc) ? [] : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message ?? ''}`))
}
