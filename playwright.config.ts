import { defineConfig, devices } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { E2E_EDITOR } from './e2e/editor-account';
import { SERVER_NODE_FLAGS } from './scripts/server-flags.mjs';

// The e2e server runs a production build on its own temp database. The folder is made once
// in the main process; workers inherit it through the environment.
process.env.E2E_DATABASE_DIR ??= mkdtempSync(path.join(tmpdir(), 'tracker-e2e-'));
const DATABASE_PATH = path.join(process.env.E2E_DATABASE_DIR, 'tracker.db');
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;

// Debian's Chromium: Playwright cannot download its own browser here (scripts/ensure-chromium.sh).
const CHROMIUM =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM },
  },
  projects: [
    {
      name: 'public',
      testIgnore: [/admin-.*\.spec\.ts/, /\.setup\.ts/],
      use: { ...devices['Desktop Chrome'] },
    },
    // Editors' specs change the data, so they run after every spec that reads the reference figures.
    {
      name: 'admin-setup',
      testMatch: /admin\.setup\.ts/,
      dependencies: ['public'],
      use: { ...devices['Desktop Chrome'] },
    },
    {
      name: 'admin',
      testMatch: /admin-.*\.spec\.ts/,
      dependencies: ['admin-setup'],
      use: { ...devices['Desktop Chrome'], storageState: 'e2e/.auth/editor.json' },
    },
  ],
  webServer: {
    command: `node scripts/build-if-stale.mjs && node ${SERVER_NODE_FLAGS.join(' ')} scripts/serve.mjs --port ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: false,
    // A clean checkout builds inside this wait (a current build is reused): under load on 2 cores it has taken close to 4 minutes.
    timeout: 420_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // The start-up creates this editor on the e2e database, for the admin specs to sign in as.
    // Every spec asks from one address: the API's rate limit is raised out of their way
    // (e2e/api-rate-limit.spec.ts checks it on a server of its own).
    env: {
      DATABASE_PATH,
      API_RATE_LIMIT: '100000',
      NEXT_TELEMETRY_DISABLED: '1',
      ADMIN_EMAIL: E2E_EDITOR.email,
      ADMIN_PASSWORD: E2E_EDITOR.password,
    },
  },
});
