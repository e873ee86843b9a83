import { answerer, refuses, shown } from '../support/question-answering';

// The page lists the services as compounds (fengselshelsetjeneste, flyktninghelsetjeneste, skolehelsetjenesten);
// people say them with a preposition: «helsetjenesten i fengselet», «helsetenesta for flyktningar».

describe('a listed service said with a preposition instead of as one word', () => {
  it('answers yes with the item of the list', () => {
    for (const [q, item] of <[string, string][]>[
      ['Omfatter det nye systemet helsetjenesten i fengselet?', 'fengselshelsetjeneste'],
      ['Skal helsetjenesten for flyktninger også bruke Helseplattformen?', 'flyktninghelsetjeneste'],
      ['Er helsetjenesten i skolen med?', 'skolehelsetjenesten'],
      [
        'Skal helsetjenesten for innsatte i fengsel også bruke Helseplattformen i Trondheim?',
        'fengselshelsetjeneste',
      ],
      ['Er helsetjenesten for barn på skolen med?', 'skolehelsetjenesten'],
      ['Omfattar det nye systemet helsetenesta i fengselet?', 'fengselshelse'],
      ['Skal helsetenesta for flyktningar òg bruke Helseplattformen?', 'flyktninghelse'],
      ['Does the health service for refugees use Helseplattformen?', 'flyktninghelsetjeneste'],
      // Inmates are in prison: the health service for them is the prison health service.
      ['Gjelder innføringen også helsetjenesten for innsatte?', 'fengselshelsetjeneste'],
      ['Gjeld det nye journalsystemet helsetenesta til innsette?', 'fengselshelse'],
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.direct?.type]).toEqual([q, 'yes']);
      expect(text).toContain(item);
    }
  });

  it('still refuses a service the page does not list, however it is said', () => {
    refuses([
      'Omfatter det nye systemet helsetjenesten for tenner?',
      'Omfatter det nye systemet tannhelsetjenesten?',
      'Blir tannhelsetenesta i fylket med?',
      'Er helsetjenesten for barn i barnehagen med?',
      'Hvor mange innsatte får helsehjelp?',
    ]);
  });

  it('leaves a preposition that names no listed compound as it is', () => {
    expect(answerer.answer('Kva eining i kommunen kjem Tone Fagerholt frå?').kind).toBe('fallback');
    expect(shown('Hvem er leder av delprosjektet Gevinstrealisering?').text).toContain('Øyvind Tanum');
  });
});
