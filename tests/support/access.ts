import { AccessPolicy, type AccessConfig, type OutOfTurnDirectory } from '../../src/access/access-policy';
import type { MemberDirectory } from '../../src/access/member-directory';
import type { Logger } from '../../src/logger';

/** A members API that knows nobody (the roles then come from object ids alone). */
export const NOBODY_IN_TEAMS: MemberDirectory = {
  member: async () => undefined,
  teamMember: async () => undefined,
};

/** The one access policy with the given role settings (the rest empty), as the composition builds it. */
export function accessPolicy(
  settings: Partial<AccessConfig>,
  logger: Logger,
  directory: MemberDirectory = NOBODY_IN_TEAMS,
  outOfTurn?: OutOfTurnDirectory,
): AccessPolicy {
  return new AccessPolicy(
    {
      ANNOUNCERS: [],
      ANNOUNCER_TEAM_ID: undefined,
      PROJECT_OFFICE_MEMBERS: [],
      PROJECT_OFFICE_TEAM_ID: undefined,
      KNOWLEDGE_EDITORS: [],
      ...settings,
    },
    logger,
    directory,
    outOfTurn,
  );
}
