#!/usr/bin/env node
// The `frontdesk` command: runs the TypeScript CLI through tsx (a dependency of FrontDesk).
require('tsx/cjs/api').register();
require('../electron/cli/index.ts');
