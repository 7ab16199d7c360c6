/**
 * Prisma's schema engine, run from its Wasm build. Prisma 7's CLI insists on downloading a native
 * engine binary, which these machines cannot reach; the Wasm engine is the same engine shipped as
 * an npm package and drives the database through the app's own driver adapter (adapter-pg).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

const require = createRequire(import.meta.url);

type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
export type SchemaEngine = Awaited<ReturnType<Glue["SchemaEngine"]["new"]>>;

let gluePromise: Promise<Glue> | undefined;

// Importing the .wasm file as a module fails in Node (ERR_UNKNOWN_FILE_EXTENSION), so the
// bindgen glue is wired to an instance compiled by hand.
async function loadGlue(): Promise<Glue> {
  const glue: Glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(
    path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
    "schema_engine_bg.wasm",
  );
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start?: () => void };
  glue.__wbg_set_wasm(exports);
  exports.__wbindgen_start?.();
  return glue;
}

type Queryable = { performIO: (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }> };
type Patchable = Partial<Queryable> & {
  startTransaction?: (...args: unknown[]) => Promise<unknown>;
};

const PG_CHAR = 18;
const PG_NAME = 19;
const PG_TEXT = 25;

// adapter-pg refuses the catalog types "char" and name that the engine reads while diffing
// (prisma/orm#27403); they are plain strings, so they are reported as text.
function reportCatalogTypesAsText<T>(queryable: T): T {
  const target = queryable as Patchable;
  const performIO = target.performIO?.bind(target);
  if (performIO) {
    target.performIO = async (query) => {
      const result = await performIO(query);
      for (const field of result.fields) {
        if (field.dataTypeID === PG_CHAR || field.dataTypeID === PG_NAME)
          field.dataTypeID = PG_TEXT;
      }
      return result;
    };
  }
  const startTransaction = target.startTransaction?.bind(target);
  if (startTransaction) {
    target.startTransaction = async (...args) =>
      reportCatalogTypesAsText(await startTransaction(...args));
  }
  return queryable;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

// PrismaPg.connectToShadowDb connects to the main database; the engine would then wipe it while
// diffing, so shadow databases are created and dropped here.
class AdapterFactory extends PrismaPg {
  private readonly opened: { dispose(): Promise<void> }[] = [];

  constructor(private readonly url: string) {
    super({ connectionString: url });
  }

  override async connect() {
    const adapter = reportCatalogTypesAsText(await super.connect());
    this.opened.push(adapter);
    return adapter;
  }

  /**
   * The engine does not close its connections when freed; one of them still holds the migration
   * advisory lock, which would block the next migrating process until this one exits.
   */
  async closeAll(): Promise<void> {
    await Promise.allSettled(this.opened.splice(0).map((adapter) => adapter.dispose()));
  }

  override async connectToShadowDb() {
    const name = `prisma_shadow_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: this.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const shadow = reportCatalogTypesAsText(
      await new PrismaPg({ connectionString: withDatabase(this.url, name) }).connect(),
    );
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      const cleanup = new pg.Client({ connectionString: this.url });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    };
    return shadow;
  }
}

export type OpenEngine = { engine: SchemaEngine; close(): Promise<void> };

/** Opens a schema engine on the database at url, for the given schema file; close() when done. */
export async function openSchemaEngine(url: string, schemaPath: string): Promise<OpenEngine> {
  gluePromise ??= loadGlue();
  const glue = await gluePromise;
  const content = await readFile(schemaPath, "utf8");
  const adapters = new AdapterFactory(url);
  const factory = bindMigrationAwareSqlAdapterFactory(adapters);
  const log = (line: string) => {
    if (/"level":"(ERROR|WARN)"/.test(line)) console.error(`[schema-engine] ${line}`);
  };
  const engine = await glue.SchemaEngine.new({ datamodels: [[schemaPath, content]] }, log, factory);
  return {
    engine,
    close: async () => {
      engine.free();
      await adapters.closeAll();
    },
  };
}
