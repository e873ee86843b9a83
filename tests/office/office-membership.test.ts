import type { TurnContext } from 'botbuilder';
import { createLogger } from '../../src/logger';
import { type MemberDirectory, OfficeMembership } from '../../src/office/office-membership';

const logger = createLogger('silent');

const contextFrom = (from: { id: string; aadObjectId?: string }) =>
  ({ activity: { id: 'act-1', from } }) as unknown as TurnContext;

/** A members API that knows a few people, and records what it was asked. */
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

describe('project-office membership', () => {
  it('knows an office member by Entra ID object id without asking Teams', async () => {
    const { dir, asked } = directory({});
    const m = new OfficeMembership({ members: ['BBBBBBBB-0000-0000-0000-000000000002'] }, logger, dir);
    expect(
      await m.includes(contextFrom({ id: '29:k', aadObjectId: 'bbbbbbbb-0000-0000-0000-000000000002' })),
    ).toBe(true);
    expect(asked).toEqual([]);
  });

  it('knows an office member listed by UPN through the Teams members API', async () => {
    const { dir } = directory({ '29:k': { upn: 'Kari.Nordmann@trondheim.kommune.no', teams: [] } });
    const m = new OfficeMembership({ members: ['kari.nordmann@trondheim.kommune.no'] }, logger, dir);
    expect(await m.includes(contextFrom({ id: '29:k', aadObjectId: 'x' }))).toBe(true);
    expect(await m.includes(contextFrom({ id: '29:someone-else', aadObjectId: 'y' }))).toBe(false);
  });

  it('lets members of the office team in when PROJECT_OFFICE_TEAM_ID is set', async () => {
    const { dir } = directory({
      '29:k': { upn: 'k@x.no', teams: ['19:office@thread.tacv2'] },
      '29:p': { upn: 'p@x.no', teams: ['19:other@thread.tacv2'] },
    });
    const m = new OfficeMembership({ members: [], teamId: '19:office@thread.tacv2' }, logger, dir);
    expect(await m.includes(contextFrom({ id: '29:k' }))).toBe(true);
    expect(await m.includes(contextFrom({ id: '29:p' }))).toBe(false);
  });

  it('says no when Teams cannot be asked, rather than letting anyone in', async () => {
    const { dir } = directory({ '29:k': { upn: 'k@x.no', teams: ['t'] } }, true);
    const m = new OfficeMembership({ members: ['k@x.no'], teamId: 't' }, logger, dir);
    expect(await m.includes(contextFrom({ id: '29:k' }))).toBe(false);
  });

  it('lets no one in when nothing is configured, and says so', async () => {
    const { dir, asked } = directory({ '29:k': { upn: 'k@x.no', teams: ['t'] } });
    const m = new OfficeMembership({ members: [] }, logger, dir);
    expect(m.isUnconfigured).toBe(true);
    expect(await m.includes(contextFrom({ id: '29:k', aadObjectId: 'a' }))).toBe(false);
    expect(asked).toEqual([]);
  });
});
