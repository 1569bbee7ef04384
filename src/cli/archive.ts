/** `npm run archive`: the command itself is in archive-command.ts (tests call it in-process). */
import { archive } from './archive-command';

process.exitCode = await archive(process.argv.slice(2));
