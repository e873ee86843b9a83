import { refuses, shown } from '../support/question-answering';

// «Skal helsestasjonene legges ned?»: the page says no service or office closes; a yes/no question that says one does
// asks what the page does not say, though the service is on the list of those that take the platform into use.

describe('a yes/no question that says something closes or is shut down', () => {
  it('is refused, in bokmål, nynorsk and English, also of a service on the list', () => {
    refuses([
      'Skal helsestasjonene legges ned?',
      'Blir legevakta stengt?',
      'Vert helsestasjonen lagt ned når Helseplattformen kjem?',
      'Will the health stations close?',
      'Is the project office closed on Fridays?',
    ]);
  });

  it('is refused when the words for closing come before the service, as verbs do', () => {
    refuses([
      'Er det planer om å legge ned legevakten?',
      'Skal kommunen avvikle skolehelsetjenesten?',
      'Skal dei leggje ned fengselshelsetenesta?',
      'Are they going to shut down the emergency clinic?',
    ]);
  });

  it('still answers the list, and "close" that says how near', () => {
    expect(shown('Will the health stations get Helseplattformen?').text).toMatch(/^Yes/u);
    expect(shown('Does Teknisk work in close cooperation with Funksjonalitet?').text).toMatch(/^Yes/u);
    expect(shown('Vil driften av de gamle journalsystemene fjernes?').text).toMatch(/^Ja/u);
  });
});
