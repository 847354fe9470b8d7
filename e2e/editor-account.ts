// The editor the e2e server creates at start-up (ADMIN_EMAIL/ADMIN_PASSWORD in
// playwright.config.ts); admin specs sign in as it. A test-only account on a temp database.
export const E2E_EDITOR = {
  email: 'e2e-editor@example.org',
  name: 'E2e Editor',
  password: 'e2e-editor-password-2022',
} as const;
