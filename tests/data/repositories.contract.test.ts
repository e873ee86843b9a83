import { describeUnless } from '../support/describe-unless';
import { describeRepositoryContract } from './repository-contract';
import {
  embeddedBackend,
  mongoBackend,
  mongoRequired,
  mongoServer,
  resolveMongoTarget,
  warnMongoSkipped,
} from './backends';

describeRepositoryContract('embedded store (SQLite in memory)', embeddedBackend);

const target = resolveMongoTarget();

const skipReason = target.kind === 'none' && !mongoRequired ? target.reason : undefined;
if (skipReason) warnMongoSkipped('repository contract', skipReason);
describeUnless(skipReason, 'MongoDB', () => {
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
        : skipReason
          ? 'repository contract'
          : 'MongoDB required by REQUIRE_MONGODB=1 but not available';
  describeRepositoryContract(label, () => {
    if (!server) throw new Error('MongoDB did not start');
    return mongoBackend(server.uri);
  });
});
