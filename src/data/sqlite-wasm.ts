import v8 from 'node:v8';

/**
 * SQLite for the embedded store, compiled to WebAssembly (node-sqlite3-wasm). By default V8 compiles WebAssembly
 * twice: quickly (Liftoff), then again for speed (TurboFan) where it runs often, and keeps both. For SQLite that cost
 * about 40 MB that stayed with the process and took the bot over its 200 MB budget (bench:turns: 242 MB). Compiling
 * each function once, with TurboFan, when it is first called keeps the fast code without the second copy
 * (bench:turns: 182-187 MB). Liftoff alone saves as much memory but is slower: an announcement to 40 000 used 0.947
 * of the allowed rate, against 0.978 this way. The flag applies when WebAssembly is compiled, so it is set before
 * the module is loaded; SQLite is the only WebAssembly the bot runs.
 */
v8.setFlagsFromString('--no-liftoff');

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the flag above, on purpose
const sqlite = require('node-sqlite3-wasm') as typeof import('node-sqlite3-wasm');

export const Database = sqlite.Database;
export type Database = InstanceType<typeof sqlite.Database>;
export type Statement = ReturnType<Database['prepare']>;
