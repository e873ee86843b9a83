import { loadConfig } from '../../src/config';
import { featuresOff, startLine } from '../../src/start-report';

describe('the start line', () => {
  it('says where the bot listens, which store and what is off and why, in one line', () => {
    const config = loadConfig({ DATA_DIR: './.data-x' });
    const { msg, fields } = startLine(config, 'http://127.0.0.1:3978', 'embedded');
    expect(msg).not.toContain('\n');
    expect(msg).toContain('http://127.0.0.1:3978/api/messages');
    expect(msg).toMatch(/store: embedded in \/.*\.data-x \(one process only/);
    expect(msg).toMatch(/authentication \(MicrosoftAppId is empty/);
    expect(msg).toMatch(/tab API \(.*TAB_AUTH_ISSUER/);
    expect(msg).toMatch(/announcements \(ANNOUNCERS and ANNOUNCER_TEAM_ID are empty\)/);
    expect(fields).toMatchObject({ store: 'embedded', url: 'http://127.0.0.1:3978/api/messages' });
  });

  it('lists nothing as off when everything is configured, and names MongoDB', () => {
    const config = loadConfig({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
      ANNOUNCERS: 'kari@example.com',
      PROJECT_OFFICE_TEAM_ID: '19:office@thread.tacv2',
      PSEUDONYM_SECRET: 'a-long-enough-secret-42',
      ALLOWED_TENANT_IDS: '00000000-0000-0000-0000-000000000002',
      MONGODB_URI: 'mongodb://db.example:27017/',
    });
    expect(featuresOff(config)).toEqual([]);
    expect(startLine(config, 'http://0.0.0.0:3978', 'mongodb').msg).toMatch(
      /store: MongoDB \(database helseplattformen\) · nothing is off$/,
    );
  });

  it('names TAB_AUTH=off when the tab API runs without sign-in', () => {
    const off = featuresOff(loadConfig({ TAB_AUTH: 'off' }));
    expect(off).toContainEqual({ feature: 'tab sign-in', why: 'TAB_AUTH=off' });
    expect(off.map((f) => f.feature)).not.toContain('tab API');
  });
});
