import type { Activity } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import { ChannelAuthentication } from '../../src/security/channel-authentication';

// botbuilder builds a connector client and a user-token client, each with a whole HTTP pipeline, on every turn;
// the bot keeps them (see BENCHMARKS.md: about a tenth of a turn's work each).
describe('channel authentication: clients kept between turns', () => {
  const auth = new ChannelAuthentication({});
  const activity = (serviceUrl: string) =>
    ({
      type: 'message',
      serviceUrl,
      channelId: 'msteams',
      conversation: { id: 'a:1' },
    }) as Activity;

  test('turns replying to the same service URL share one connector client; another URL gets its own', async () => {
    const first = await auth.authenticateRequest(activity('https://smba.example/emea/'), '');
    const second = await auth.authenticateRequest(activity('https://smba.example/emea/'), '');
    if (!first.connectorFactory || !second.connectorFactory) throw new Error('no connector factory');
    const clientA = await first.connectorFactory.create('https://smba.example/emea/', first.audience);
    const clientB = await second.connectorFactory.create('https://smba.example/emea/', second.audience);
    const other = await second.connectorFactory.create('https://smba.example/amer/', second.audience);
    expect(clientB).toBe(clientA);
    expect(other).not.toBe(clientA);
  });

  test('turns for the same app share one user-token client; another app gets its own', async () => {
    const forApp = (appId: string) =>
      new ClaimsIdentity([
        { type: AuthenticationConstants.AudienceClaim, value: appId },
        { type: AuthenticationConstants.AppIdClaim, value: appId },
        { type: AuthenticationConstants.VersionClaim, value: '1.0' },
      ]);
    const one = await auth.createUserTokenClient(forApp('app-1'));
    expect(await auth.createUserTokenClient(forApp('app-1'))).toBe(one);
    expect(await auth.createUserTokenClient(forApp('app-2'))).not.toBe(one);
  });
});
