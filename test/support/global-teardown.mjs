export default async function globalTeardown() {
  await globalThis.__SNOWBALL_EMBEDDED__?.stop();
}
