import { describeRepositoryContract } from './repository-contract';
import {
  embeddedBackend,
  mongoBackend,
  mongoRequired,
  mongoServer,
  resolveMongoTarget,
  warnMongoSkipped,
} from './backends';

describeRepositoryContract('embedded store (NeDB in memory)', embeddedBackend);

const target = resolveMongoTarget();

if (target.kind === 'none' && !mongoRequired) {
  warnMongoSkipped('repository contract', target.reason);
  describe.skip(`MongoDB: repository contract (skipped: ${target.reason})`, () => {
    test('runs when MONGODB_URI is set or mongodb-memory-server has a mongod', () => undefined);
  });
} else {
  describe('MongoDB', () => {
    let server: { uri: string; stop(): Promise<void> } | undefined;

    beforeAll(async () => {
      server = await mongoServer(target);
    }, 120_000);

    afterAll(async () => {
      await server?.stop();
    });

    const label =
      target.kind === 'uri'
        ? 'MongoDB at MONGODB_URI'
        : target.kind === 'memory-server'
          ? 'mongodb-memory-server'
          : 'MongoDB required by REQUIRE_MONGODB=1 but not available';
    describeRepositoryContract(label, () => {
      if (!server) throw new Error('MongoDB did not start');
      return mongoBackend(server.uri);
    });
  });
}
