import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import type { MongoMemoryServer } from 'mongodb-memory-server-core';
import { createLogger } from '../../src/logger';
import { createRepositories, IN_MEMORY_DATA_DIR, type DataLayer } from '../../src/data';

/** A fresh, empty store for one test; `open` connects one more instance (a second "process") to it. */
export interface TestBackend {
  open(): Promise<DataLayer>;
  cleanup(): Promise<void>;
}

/** Where the MongoDB leg of the tests runs, decided before any test is collected. */
export type MongoTarget =
  | { kind: 'uri'; uri: string }
  | { kind: 'memory-server'; systemBinary?: string; download: boolean }
  | { kind: 'none'; reason: string };

/** A logger that prints nothing (set TEST_LOG_LEVEL to see the data layer's logs). */
export const testLogger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

/** True when REQUIRE_MONGODB=1: a missing MongoDB fails the run instead of skipping its tests. */
export const mongoRequired = process.env.REQUIRE_MONGODB === '1';

function which(command: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function cachedMongod(): boolean {
  const dirs = [
    path.resolve(__dirname, '../../node_modules/.cache/mongodb-memory-server'),
    path.join(homedir(), '.cache/mongodb-binaries'),
  ];
  return dirs.some(
    (dir) => existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => /mongod/.test(String(f))),
  );
}

/**
 * MONGODB_URI when set; otherwise mongodb-memory-server when it can run without fetching a binary (a `mongod` on
 * PATH or MONGOMS_SYSTEM_BINARY, or one cached), or when MONGOMS_RUNTIME_DOWNLOAD=1 allows it to download one.
 */
export function resolveMongoTarget(): MongoTarget {
  const uri = process.env.MONGODB_URI?.trim();
  if (uri) return { kind: 'uri', uri };
  const systemBinary = process.env.MONGOMS_SYSTEM_BINARY || which('mongod');
  const download = /^(1|true)$/i.test(process.env.MONGOMS_RUNTIME_DOWNLOAD ?? '');
  if (systemBinary || download || cachedMongod()) return { kind: 'memory-server', systemBinary, download };
  return {
    kind: 'none',
    reason:
      'no MONGODB_URI and no local mongod for mongodb-memory-server ' +
      '(start one with `bash scripts/mongo-test-server.sh start`, or set MONGOMS_RUNTIME_DOWNLOAD=1)',
  };
}

/** Prints a banner that the MongoDB tests did not run, and why. */
export function warnMongoSkipped(suite: string, reason: string): void {
  console.warn(
    [
      '',
      '================================================================================',
      ` SKIPPED: ${suite} (MongoDB leg)`,
      ` Reason: ${reason}.`,
      ' Set REQUIRE_MONGODB=1 to make this a failure instead.',
      '================================================================================',
      '',
    ].join('\n'),
  );
}

/** The embedded backend in memory: one instance per test (it is a single-process store). */
export function embeddedBackend(): TestBackend {
  let layer: Promise<DataLayer> | undefined;
  return {
    open: () => {
      layer ??= createRepositories(
        {
          MONGODB_URI: undefined,
          MONGODB_DB: 'unused',
          MONGODB_TIMEOUT_MS: 1500,
          DATA_DIR: IN_MEMORY_DATA_DIR,
        },
        testLogger,
      );
      return layer;
    },
    cleanup: async () => {
      if (layer) await (await layer).close();
    },
  };
}

/** Starts mongodb-memory-server, or returns the URI to use; the returned function stops what was started. */
export async function mongoServer(target: MongoTarget): Promise<{ uri: string; stop(): Promise<void> }> {
  if (target.kind === 'uri') return { uri: target.uri, stop: async () => undefined };
  if (target.kind === 'none') throw new Error(`MongoDB is required (REQUIRE_MONGODB=1) but ${target.reason}`);
  if (!target.download) process.env.MONGOMS_RUNTIME_DOWNLOAD = 'false';
  const { MongoMemoryServer: Server } = await import('mongodb-memory-server-core');
  const server: MongoMemoryServer = await Server.create({
    binary: target.systemBinary ? { systemBinary: target.systemBinary } : {},
  });
  return { uri: server.getUri(), stop: async () => void (await server.stop()) };
}

/** A database of its own (random name) on the server, dropped by cleanup. */
export function mongoBackend(uri: string, timeoutMs = 3000): TestBackend {
  const db = `hp_test_${randomBytes(6).toString('hex')}`;
  const opened: DataLayer[] = [];
  return {
    open: async () => {
      const layer = await createRepositories(
        { MONGODB_URI: uri, MONGODB_DB: db, MONGODB_TIMEOUT_MS: timeoutMs, DATA_DIR: 'unused' },
        testLogger,
      );
      opened.push(layer);
      return layer;
    },
    cleanup: async () => {
      await Promise.all(opened.map((l) => l.close()));
      const client = new MongoClient(uri, { serverSelectionTimeoutMS: timeoutMs });
      try {
        await client.db(db).dropDatabase();
      } finally {
        await client.close();
      }
    },
  };
}
