import v8 from 'node:v8';

/**
 * SQLite for the embedded store, compiled to WebAssembly (node-sqlite3-wasm). V8 compiles WebAssembly twice by
 * default: quickly (Liftoff), then again for speed (TurboFan) for what runs often. The second compilation of SQLite
 * costs about 40 MB of memory that stays with the process (measured: 60 MB RSS against 101 MB for 20 000 inserts),
 * which took the bot over its 200 MB budget; the first is fast enough for the store's few statements per turn. The
 * flag is set before the module is loaded (it applies when WebAssembly is compiled), and applies to this process's
 * WebAssembly only: SQLite is the only WebAssembly the bot runs.
 */
v8.setFlagsFromString('--liftoff-only');

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the flag above, on purpose
const sqlite = require('node-sqlite3-wasm') as typeof import('node-sqlite3-wasm');

export const Database = sqlite.Database;
export type Database = InstanceType<typeof sqlite.Database>;
export type Statement = ReturnType<Database['prepare']>;
