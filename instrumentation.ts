// Runs once when the server starts, before it takes requests (see app/lib/startup.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startApp } = await import('./app/lib/startup');
  await startApp();
}
