import { test as setup } from '@playwright/test';
import { EDITOR_STATE, signIn } from './admin';

// Sign in once; the admin specs start from these cookies instead of the form each time.
setup('sign in as the e2e editor', async ({ page }) => {
  await signIn(page);
  await page.context().storageState({ path: EDITOR_STATE });
});
