import { answerer, people, refuses, shown } from '../support/question-answering';

// A body, list, place or person of the page asked for in the asker's own words: «elektronisk samarbeid» for digital
// samhandling, «trygghet for pasientene» for pasientsikkerhet, «kommunelege», «executive director», «skulebygg», «en
// fellesadresse for e-post», «nytteuttak». The words are read as the page's own; what the page does not have stays
// refused.

describe('names said in other words', () => {
  it('answers of a body called by another word for what it is for', () => {
    for (const q of [
      'Hva har det regionale rådet for elektronisk samarbeid i helse spilt en sentral rolle i å utvikle?',
      'Kva har det regionale rådet for elektronisk samhandling vore sentralt i?',
      'What has the regional council for electronic collaboration been central in developing?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('e-meld')]);
  });

  it('answers the list its heading is said of in other words', () => {
    for (const q of [
      'Hvilke fordeler for kommunene nevnes når det gjelder faglig standard og trygghet for pasientene?',
      'Kva gevinstar handlar om tryggleiken til pasientane?',
      'Which benefits are about the safety of patients?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/pasientsikkerhet|patient safety/)]);
  });

  it('answers who holds a role said another way', () => {
    expect(people('Er det en kommunelege med i rådet for opsjonskommunene? Hvem er det?')).toContain(
      'Ragnhild Holmberg Aunsmo',
    );
    expect(people('Who is the municipal doctor on the council?')).toEqual(['Ragnhild Holmberg Aunsmo']);
    expect(people("Who is Trondheim's executive director for health and welfare?")).toEqual([
      'Helge Garåsen',
    ]);
    expect(
      people("Does the page mention Trondheim's executive director for health and welfare? Who is it?"),
    ).toEqual(['Helge Garåsen']);
    expect(people('Who has day-to-day responsibility for the project office?')).toEqual([
      'Elise B. Vesterhus',
    ]);
    expect(people('Hvem kan jeg kontakte hvis jeg vil skrive en artikkel om Helseplattformen?')).toEqual([
      'Tone Fagerholt',
    ]);
    expect(shown('Hvem leder arbeidet med nytteuttak i Trondheim?').text).toContain('Øyvind Tanum');
  });

  it('answers the place said as one word of two of its names, or as the former one', () => {
    for (const q of [
      'Kva for eit skulebygg held prosjektet til i tidlegare?',
      'I hvilket skolebygg holder prosjektet til?',
      'Hvilken tidligere skole holder prosjektkontoret til i?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Kalvskinnet')]);
  });

  it('answers the shared address of the project office', () => {
    for (const q of [
      'Finnes det en fellesadresse for e-post som går til hele prosjektkontoret, og i så fall hvilken?',
      'Kva er fellesadressa til prosjektkontoret?',
      "What's the shared email for reaching the project office?",
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('helseplattformen.helseogvelferd@')]);
    expect(answerer.answer('Which organisation did Trondheim carry out the procurement with?').topicId).toBe(
      'anskaffelse',
    );
  });

  it('answers the services of the health and welfare sector, not its director', () => {
    for (const q of [
      'Kva tenester i helse og velferd i Trondheim skal over på Helseplattformen?',
      'Hvilke enheter innen helse og velferd i Trondheim får ny journal gjennom Helseplattformen?',
      'Kva delar av helse og velferd i Trondheim kommune blir med i Helseplattformen?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'tjenester']);
    expect(people('Hvem leder helse og velferd i Trondheim?')).toEqual(['Helge Garåsen']);
    expect(shown('Hvor mange ansatte har helse og velferd i Trondheim?').answer.missing).toEqual({
      attribute: 'count',
      subject: 'ansatte',
    });
  });

  it('answers the migration of data said as moving them, and the benefits work said half in English', () => {
    for (const q of [
      'hva skjer med dataene i de gamle fagsystemene våre, blir det flyttet over til HP?',
      'Blir dataene våre flyttet over til Helseplattformen?',
      'Will our data be moved to the new system?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'teknisk']);
    expect(shown('What will the gevinst work first focus on?').text).toContain('method, approach and tools');
  });

  it('still refuses what the page does not have', () => {
    refuses([
      'Hva er elektronisk resept?',
      'Hvem er kommunelegen i Trondheim?',
      'Hvor trygt er systemet mot hacking?',
      'Hva er den faglige standarden for sykepleiere i Norge?',
      'Hvem skal jeg kontakte om jeg vil skrive en sak om lønn?',
      'Who is the executive director of Helse Midt-Norge RHF?',
      'Hvem har ansvaret for å legge en plan for julebordet?',
      'Does the page mention the salary of nurses?',
      'Hvilken tidligere ordfører var med?',
      'Når flytter prosjektkontoret til nye lokaler?',
      'Kan jeg flytte data fra min PC til OneDrive?',
    ]);
  });
});

describe('the name of something in a language', () => {
  it('answers the Norwegian name of a body with its name, which holds the Norwegian one', () => {
    for (const [q, name] of [
      [
        'What is the Norwegian name of the regional advisory council that works on digital collaboration?',
        'Regionalt fagråd for digital samhandling',
      ],
      ['What is the Norwegian name of the cooperation council?', 'Samarbeidsrådet'],
    ])
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(name!)]);
  });

  it('still refuses the name of what the page does not have, and a role said with a language', () => {
    refuses([
      'What is the Norwegian name of the steering committee?',
      'What is the English name of the canteen?',
      'Who is the Norwegian minister of health?',
    ]);
  });
});

describe('«regular GP», the English for fastlege', () => {
  it('reads it as the GPs the page says can connect, after an introduction too', () => {
    for (const q of [
      "I'm a Swedish locum GP covering in Trøndelag this summer. Can regular GPs in Central Norway hook up to the chosen solution as well?",
      'can regular gps connect to the solution?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Yes/u)]);
  });

  it('still refuses what the page does not say of GPs or of others', () => {
    refuses(['Who is the regular GP of Ola Skorstad?', 'Can regular dentists connect to the solution?']);
  });
});

describe('«family doctor» and «whatever solution gets chosen», in American and British English', () => {
  it('reads a family doctor or physician as a GP, and whatever solution is chosen as the solution that is', () => {
    for (const q of [
      'Can family doctors across Central Norway connect to the solution that gets chosen?',
      'Can family physicians in Midt-Norge connect to the solution?',
      'Can GPs in Central Norway hook up to whatever solution gets chosen?',
      'Can GPs connect to whichever solution is chosen?',
      'Kan fastlegane kople seg på kva løysing som enn blir vald?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Yes|Ja)\. /u)]);
    // An English yes/no question opened by «must» is answered in English.
    expect(shown('Must family doctors use Helseplattformen?').text).toMatch(/^Option agreements/u);
  });

  it('still refuses, or gives no yes, where the page does not say it', () => {
    refuses([
      'Who is the family doctor of Ola Skorstad?',
      'How many family doctors are there in Trondheim?',
      'Can dentists connect to whatever solution gets chosen?',
      'Will whatever solution gets chosen be free for GPs?',
    ]);
    expect(shown('Can private hospitals connect to whatever solution gets chosen?').text).not.toMatch(
      /^Yes/u,
    );
  });
});

describe('what someone of a role is called', () => {
  it('is who holds the role, as «Hvem er …» asks', () => {
    expect(people('Hva heter rådmannen i Lierne?')).toEqual(['Karl Audun Fagerli']);
    expect(people('Kva heiter rådmannen i Lierne?')).toEqual(['Karl Audun Fagerli']);
    expect(people('Rådmannen fra Lierne. Hva heter han?')).toEqual(['Karl Audun Fagerli']);
    expect(people('Hva heter rådmannen fra Lierne som sitter i samarbeidsrådet?')).toEqual([
      'Karl Audun Fagerli',
    ]);
  });

  it('is who holds the role when their name is asked for, in English, bokmål and nynorsk', () => {
    for (const q of [
      'What is the name of the rådmann of Malvik?',
      "Malvik's chief officer in that group, what's his name?",
      'Hva er navnet på rådmannen i Malvik?',
      'Kva er namnet på rådmannen i Malvik?',
    ])
      expect([q, people(q)]).toEqual([q, ['Carl-Jacob Midttun']]);
    expect(people("The rådmann of Lierne, what's his name?")).toEqual(['Karl Audun Fagerli']);
  });

  it('still refuses a role the page names no one for there, and what a place is called', () => {
    refuses([
      'Hva heter rådmannen i Oppdal?',
      'Hva heter kommuneoverlegen i Steinkjer?',
      'Hva heter rådmannen i Trondheim?',
      'Hva heter Lierne?',
      'What is the name of the rådmann of Bergen?',
      "What is the name of Malvik's mayor?",
      'Hva er navnet på ordføreren i Malvik?',
      "What is the name of Malvik's rådmann's wife?",
      'What is the name of the rådmann of Oppdal?',
      'What is the name of Lierne?',
    ]);
  });
});
