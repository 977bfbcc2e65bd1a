import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The architecture's import rules, checked by running the project's own ESLint config on sample code. */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-globals')
    .map((message) => message.message);
}

describe('lint boundaries', () => {
  it.each([
    ['electron/core/services/sample.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['electron/web/sample.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;"],
    ['electron/cli/sample.ts', "import { shell } from 'electron';\nexport const x = shell;"],
    ['shared/domain/sample.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['shared/domain/sample.ts', "import { useState } from 'react';\nexport const x = useState;"],
    ['shared/domain/sample.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['shared/domain/sample.ts', 'export const x = () => window.location.href;'],
    ['renderer/features/sample.ts', "import { openCore } from '../../electron/core';\nexport const x = openCore;"],
    ['renderer/features/sample.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;"],
  ])('refuses what %s must not import: %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['electron/main/sample.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['electron/core/services/sample.ts', "import { join } from 'node:path';\nexport const x = join;"],
    ['renderer/features/sample.ts', "import { contract } from '../../shared/contract';\nexport const x = contract;"],
  ])('allows %s: %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  });

  it.each(['electron/core/services/sample.ts', 'shared/domain/sample.ts', 'renderer/features/sample.tsx'])(
    'refuses import cycles in %s',
    async (filePath) => {
      const config = (await eslint.calculateConfigForFile(filePath)) as { rules: Record<string, unknown[]> };
      expect(config.rules['import-x/no-cycle']?.[0]).toBe(2);
    },
  );
});
