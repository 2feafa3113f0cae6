/** Process entry of the `kata` CLI: the only line that sets the exit code. */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
