import type { TurnContext } from 'botbuilder';
import type { OutOfTurnDirectory, Role } from '../../src/access/access-policy';
import type { MemberDirectory } from '../../src/access/member-directory';
import { createLogger } from '../../src/logger';
import { accessPolicy } from '../support/access';

const logger = createLogger('silent');

const contextFrom = (from: { id: string; aadObjectId?: string }) =>
  ({ activity: { id: 'act-1', from } }) as unknown as TurnContext;

/** Teams as the bot sees it in a turn: a few people with their UPN and teams; records what it was asked. */
function directory(people: Record<string, { upn: string; teams: string[] }>, fail = false) {
  const asked: string[] = [];
  const dir: MemberDirectory = {
    async member(_context, userId) {
      asked.push(`member:${userId}`);
      if (fail) throw Object.assign(new Error('bad gateway'), { statusCode: 502 });
      const p = people[userId];
      return p && { userPrincipalName: p.upn };
    },
    async teamMember(_context, teamId, userId) {
      asked.push(`team:${teamId}:${userId}`);
      if (fail) throw Object.assign(new Error('bad gateway'), { statusCode: 502 });
      const p = people[userId];
      return p?.teams.includes(teamId) ? { userPrincipalName: p.upn } : undefined;
    },
  };
  return { dir, asked };
}

/** Teams as the tab reaches it through the bot's installations, by object id. */
function outOfTurn(
  people: Record<string, { upn?: string; teams: string[] }>,
  installedTeams: string[],
): OutOfTurnDirectory & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async upnOf(objectId) {
      asked.push(`upn:${objectId}`);
      return people[objectId]?.upn;
    },
    async inTeam(teamId, objectId) {
      asked.push(`team:${teamId}:${objectId}`);
      if (!installedTeams.includes(teamId)) return undefined;
      return people[objectId]?.teams.includes(teamId) ?? false;
    },
  };
}

const TEAM = '19:kommunikasjon@thread.tacv2';
const OFFICE_TEAM = '19:office@thread.tacv2';

describe('the access policy in the chat (commands, card submits, invokes)', () => {
  it('knows a role holder by Entra ID object id without asking Teams', async () => {
    const { dir, asked } = directory({});
    const policy = accessPolicy(
      { PROJECT_OFFICE_MEMBERS: ['BBBBBBBB-0000-0000-0000-000000000002'] },
      logger,
      dir,
    );
    const officer = contextFrom({ id: '29:k', aadObjectId: 'bbbbbbbb-0000-0000-0000-000000000002' });
    expect(await policy.allows(officer, 'office')).toBe(true);
    expect(await policy.allows(officer, 'announce')).toBe(false);
    expect(asked).toEqual([]);
  });

  it('knows someone listed by UPN only through what the Teams members API reports for them', async () => {
    const { dir } = directory({ '29:k': { upn: 'Kari.Nordmann@trondheim.kommune.no', teams: [] } });
    const policy = accessPolicy({ ANNOUNCERS: ['kari.nordmann@trondheim.kommune.no'] }, logger, dir);
    expect(await policy.allows(contextFrom({ id: '29:k', aadObjectId: 'x' }), 'announce')).toBe(true);
    expect(await policy.allows(contextFrom({ id: '29:someone-else', aadObjectId: 'y' }), 'announce')).toBe(
      false,
    );
  });

  it.each<[Role, string]>([
    ['announce', 'ANNOUNCER_TEAM_ID'],
    ['statistics', 'ANNOUNCER_TEAM_ID'],
    ['office', 'PROJECT_OFFICE_TEAM_ID'],
  ])('lets the members of the team in for %s when %s is set', async (role, setting) => {
    const { dir } = directory({
      '29:k': { upn: 'k@x.no', teams: [TEAM, OFFICE_TEAM] },
      '29:p': { upn: 'p@x.no', teams: ['19:other@thread.tacv2'] },
    });
    const policy = accessPolicy(
      { [setting]: setting === 'ANNOUNCER_TEAM_ID' ? TEAM : OFFICE_TEAM },
      logger,
      dir,
    );
    expect(await policy.allows(contextFrom({ id: '29:k' }), role)).toBe(true);
    expect(await policy.allows(contextFrom({ id: '29:p' }), role)).toBe(false);
  });

  it('gives the statistics to exactly those who may announce', async () => {
    const { dir } = directory({ '29:t': { upn: 't@x.no', teams: [TEAM] } });
    const policy = accessPolicy({ ANNOUNCERS: ['aaaa'], ANNOUNCER_TEAM_ID: TEAM }, logger, dir);
    for (const who of [contextFrom({ id: '29:a', aadObjectId: 'AAAA' }), contextFrom({ id: '29:t' })]) {
      expect(await policy.allows(who, 'statistics')).toBe(await policy.allows(who, 'announce'));
      expect(await policy.allows(who, 'statistics')).toBe(true);
    }
  });

  it('keeps knowledge editors apart from announcers', async () => {
    const policy = accessPolicy({ ANNOUNCERS: ['aaaa'], KNOWLEDGE_EDITORS: ['eeee'] }, logger);
    expect(await policy.allows(contextFrom({ id: '29:e', aadObjectId: 'eeee' }), 'editKnowledge')).toBe(true);
    expect(await policy.allows(contextFrom({ id: '29:a', aadObjectId: 'aaaa' }), 'editKnowledge')).toBe(
      false,
    );
    expect(await policy.allows(contextFrom({ id: '29:e', aadObjectId: 'eeee' }), 'announce')).toBe(false);
  });

  it('says no when Teams cannot be asked, rather than letting anyone in', async () => {
    const { dir } = directory({ '29:k': { upn: 'k@x.no', teams: ['t'] } }, true);
    const policy = accessPolicy(
      { PROJECT_OFFICE_MEMBERS: ['k@x.no'], PROJECT_OFFICE_TEAM_ID: 't' },
      logger,
      dir,
    );
    expect(await policy.allows(contextFrom({ id: '29:k' }), 'office')).toBe(false);
  });

  it('lets no one in when nothing is configured, says so, and does not ask Teams', async () => {
    const { dir, asked } = directory({ '29:k': { upn: 'k@x.no', teams: ['t'] } });
    const policy = accessPolicy({}, logger, dir);
    for (const role of ['announce', 'statistics', 'office', 'editKnowledge'] as const) {
      expect(policy.isUnconfigured(role)).toBe(true);
      expect(await policy.allows(contextFrom({ id: '29:k', aadObjectId: 'a' }), role)).toBe(false);
    }
    expect(asked).toEqual([]);
  });
});

describe('the access policy in the tab', () => {
  it('grants by the token object id, never by the mutable sign-in name in the token', async () => {
    const teams = outOfTurn({}, []);
    const policy = accessPolicy({ ANNOUNCERS: ['oid-lead', 'kari@x.no'] }, logger, undefined, teams);
    expect(await policy.allowsTabCaller({ objectId: 'OID-LEAD' }, 'announce')).toEqual({ allowed: true });
    // The caller's token may say kari@x.no; it is not passed, and Teams does not know this object id.
    const other = await policy.allowsTabCaller({ objectId: 'oid-other' }, 'announce');
    expect(other.allowed).toBe(false);
    expect(other.unchecked).toMatch(/chat med boten/);
  });

  it('grants a UPN entry when Teams reports that UPN for the caller through their chat with the bot', async () => {
    const teams = outOfTurn({ 'oid-kari': { upn: 'Kari@X.no', teams: [] } }, []);
    const policy = accessPolicy({ ANNOUNCERS: ['kari@x.no'] }, logger, undefined, teams);
    expect(await policy.allowsTabCaller({ objectId: 'oid-kari' }, 'announce')).toEqual({ allowed: true });
    // The answer is reused for a while: Teams is not asked on every tab call.
    await policy.allowsTabCaller({ objectId: 'oid-kari' }, 'announce');
    expect(teams.asked).toEqual(['upn:oid-kari']);
  });

  it('checks ANNOUNCER_TEAM_ID as the chat does, through the bot installed in that team', async () => {
    const teams = outOfTurn({ 'oid-t': { teams: [TEAM] }, 'oid-p': { teams: [] } }, [TEAM]);
    const policy = accessPolicy({ ANNOUNCER_TEAM_ID: TEAM }, logger, undefined, teams);
    expect(await policy.allowsTabCaller({ objectId: 'oid-t' }, 'announce')).toEqual({ allowed: true });
    expect(await policy.allowsTabCaller({ objectId: 'oid-p' }, 'announce')).toEqual({ allowed: false });
  });

  it('says plainly why it cannot check ANNOUNCER_TEAM_ID when the bot is not in that team', async () => {
    const teams = outOfTurn({ 'oid-t': { teams: [TEAM] } }, []);
    const policy = accessPolicy({ ANNOUNCER_TEAM_ID: TEAM }, logger, undefined, teams);
    const access = await policy.allowsTabCaller({ objectId: 'oid-t' }, 'announce');
    expect(access.allowed).toBe(false);
    expect(access.unchecked).toMatch(/kan ikke sjekke medlemskap i teamet i ANNOUNCER_TEAM_ID/);
  });

  it('refuses, and asks again next time, when Teams does not answer', async () => {
    let calls = 0;
    const failing: OutOfTurnDirectory = {
      upnOf: async () => undefined,
      inTeam: async () => {
        calls++;
        throw new Error('connect ECONNREFUSED');
      },
    };
    const policy = accessPolicy({ ANNOUNCER_TEAM_ID: TEAM }, logger, undefined, failing);
    const first = await policy.allowsTabCaller({ objectId: 'oid-t' }, 'announce');
    expect(first).toEqual({
      allowed: false,
      unchecked: expect.stringMatching(/fikk ikke kontakt med Teams/),
    });
    await policy.allowsTabCaller({ objectId: 'oid-t' }, 'announce');
    expect(calls).toBe(2);
  });

  it('vouches for the sign-in name of the development user only', async () => {
    const policy = accessPolicy({ ANNOUNCERS: ['utvikler@localhost'] }, logger);
    expect(
      await policy.allowsTabCaller({ objectId: '0', trustedUpn: 'utvikler@localhost' }, 'announce'),
    ).toEqual({ allowed: true });
  });
});
