// `npm run admin:create`: creates an editor (or resets an editor's password), asking for
// the password at the terminal so it never appears in the shell history.
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH, hashPassword } from '../app/lib/auth/password';
import { openDatabase, resolveDatabasePath } from '../db/client';
import { seedNewDatabase } from '../db/seed/seed';
import { nameFromEmail, upsertUser } from '../db/mutations/users';

const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
let hidden = false;
// Echo nothing while a password is typed.
(rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = function (s: string) {
  if (!hidden || s.includes('\n') || s.includes(':'))
    process.stdout.write(hidden && !s.includes(':') ? '\n' : s);
};
const lines = rl[Symbol.asyncIterator]();
async function ask(question: string, secret = false): Promise<string> {
  hidden = false;
  process.stdout.write(question);
  hidden = secret;
  const { value } = await lines.next();
  hidden = false;
  if (secret && process.stdin.isTTY) process.stdout.write('\n');
  return String(value ?? '').trim();
}

async function main() {
  const email = z.email().safeParse((await ask('Email: ')).toLowerCase());
  if (!email.success) throw new Error('That is not an email address.');
  const name = (await ask(`Name [${nameFromEmail(email.data)}]: `)) || nameFromEmail(email.data);
  const password = await ask(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `, true);
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new Error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  if ((await ask('Repeat the password: ', true)) !== password) throw new Error('The two passwords differ.');
  // On a bare machine this makes the file, as `npm start` would: with the reference data.
  const { db } = openDatabase(resolveDatabasePath(), { whenNew: seedNewDatabase });
  const { created, clearedAttempts } = upsertUser(db, email.data, name, await hashPassword(password));
  db.$client.close();
  console.log(
    created
      ? `Editor ${email.data} created.`
      : `Password of ${email.data} changed; their sessions were ended.`,
  );
  // The operator resets a password to end a lockout: say that it has ended.
  console.log(
    `Sign-in attempts on record for ${email.data} cleared: ${clearedAttempts}. Throttling of the account starts afresh.`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => rl.close());
