import { answerer, refuses } from '../support/question-answering';

// The services in Trondheim asked for with words around the kind asked for: what is held out first, how much more
// special they are, what the asker is thinking of, and the short forms health workers use.

/** The items the direct line of the answer picks out of the list, in the list's order. */
function picked(q: string): string[] {
  const direct = answerer.answer(q).direct;
  return direct?.type === 'ofKind' ? direct.items : [];
}

/** The words of the answer's items as the user reads them. */
function listed(q: string): string {
  return JSON.stringify(answerer.answer(q).items);
}

describe('services asked for with words around the kind', () => {
  it('holds out the whole of a service named with a compound cut short («helse- og velferdskontor»)', () => {
    expect(
      picked(
        'Kva for tenester utanom helse- og velferdskontor kjem med i Trondheim, til dømes for barn og unge?',
      ),
    ).toEqual(['helsestasjon', 'skulehelsetenesta']);
    expect(picked('Hvilke tjenester utenom helse- og velferdskontor er med, for eksempel for barn?')).toEqual(
      ['helsestasjon', 'skolehelsetjenesten'],
    );
    expect(picked('Kva tenester er med utanom helse- og overdoseteamet, til dømes for flyktningar?')).toEqual(
      ['flyktninghelseteneste'],
    );
  });

  it('holds out what a clause opening the message leaves out, up to its comma', () => {
    const q =
      'Besides the emergency clinic (legevakt), which special health services in Trondheim are included?';
    expect(answerer.answer(q).kind).toBe('answer');
    expect(listed(q)).toContain('prison health service');
    expect(answerer.answer('Utenom legevakten, hvilke tjenester er med i Trondheim?').kind).toBe('answer');
  });

  it('reads how much more special the services are as saying nothing of which', () => {
    expect(
      picked(
        'Kva for litt meir spesielle tenester i Trondheim er òg med, til dømes for innsette, flyktningar og rusbrukarar?',
      ),
    ).toEqual(['fengselshelseteneste', 'flyktninghelseteneste', 'helse- og overdoseteamet']);
    expect(
      picked('Hvilke litt mer spesielle tjenester er med i Trondheim, for eksempel for rusbrukere?'),
    ).toEqual(['helse- og overdoseteamet']);
    expect(picked('Which special services are included for prisoners?')).toEqual([
      'prison health service (fengselshelsetjeneste)',
    ]);
  });

  it('reads what the asker is thinking of as what the question means', () => {
    expect(
      picked(
        'Hvilke tjenester utenom pleie og omsorg er med i Trondheim – tenker på tjenester for flyktninger og innsatte?',
      ),
    ).toEqual(['fengselshelsetjeneste', 'flyktninghelsetjeneste']);
    expect(picked('Kva tenester er med i Trondheim? Eg tenkjer på tenester for born og unge.')).toEqual([
      'helsestasjon',
      'skulehelsetenesta',
    ]);
    expect(
      picked("Which services in Trondheim are included? I'm thinking of services for refugees."),
    ).toEqual(['refugee health service (flyktninghelsetjeneste)']);
  });

  it('reads «physio» and «OT» as physiotherapy and occupational therapy', () => {
    for (const q of [
      'What are the different units included for Trondheim – e.g. do they cover physio and OT?',
      'Is physio included in Trondheim?',
      'Are OT services part of Helseplattformen?',
    ])
      expect([q, listed(q)]).toEqual([q, expect.stringContaining('ergo- og fysioterapitjenester')]);
  });
});

describe('near misses of the services asked around', () => {
  it('refuses the services of a place whose services the page does not list, also after a dash', () => {
    refuses([
      'Hvilke tjenester er med i Molde – tjenester for flyktninger?',
      'Hvilke tjenester er med i Molde – tenker på tjenester for flyktninger?',
      'Besides the emergency clinic (legevakt), which special health services in Molde are included?',
      'Is physio included in Molde?',
    ]);
  });

  it('refuses what the page has nothing of, whatever words stand around it', () => {
    refuses([
      'Hva tenker prosjektet om kantina?',
      'Kva tener ein rådmann i ein kommune i Trøndelag?',
      'Who is the physio in the project?',
      'Do I get paid OT for the training?',
      'Which special services does the project office offer?',
    ]);
  });
});
