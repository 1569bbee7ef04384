/** `npm run annotate`: the command itself is in annotate-command.ts (tests call it in-process). */
import { annotate } from './annotate-command';

process.exitCode = await annotate(process.argv.slice(2));
