// The `corroborate` executable: compiled by `npm run build:cli` into dist-cli/corroborate.js.
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
