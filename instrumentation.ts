// Runs once when the server starts, before it takes requests: open the database, apply
// migrations and load the reference data into a new file. A database that cannot be
// opened stops start-up with a message naming the file, rather than failing every page.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startDatabase } = await import('./db/start');
  startDatabase();
}
