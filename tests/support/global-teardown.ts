export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __omsTestPostgres?: { stop(): Promise<void> } }).__omsTestPostgres;
  await server?.stop();
}
