/** The version of this go-pipeline (package.json's), which the generated files' headers name. */
import pkg from '../package.json' with { type: 'json' }

export const VERSION: string = pkg.version
