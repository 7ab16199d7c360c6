// Integration tests share one fresh database per run; test files run in forked workers that
// inherit DATABASE_URL from here.
import { createTestDatabase, dropTestDatabase } from "../test-database";

export default async function setup() {
  const url = await createTestDatabase("socialite_it");
  process.env.DATABASE_URL = url;
  return async () => {
    await dropTestDatabase(url);
  };
}
