import { main } from '../action/main.js'

await main()
