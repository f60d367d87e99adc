/** Entry for running the CLI from source with tsx (npm run dev -- <command>). */
import { main } from './main.js';

await main(process.argv);
