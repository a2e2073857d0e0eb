#!/usr/bin/env node
// The `zhibu` command: runs the TypeScript CLI directly through tsx, so it works right
// after `npm install` without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli.ts');
process.exitCode = await main(process.argv.slice(2));
