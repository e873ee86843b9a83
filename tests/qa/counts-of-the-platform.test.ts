import { refuses, shown } from '../support/question-answering';

describe('«the shared patient record system» in a count question names the platform', () => {
  it('answers the figure the platform is counted by', () => {
    const q = 'How many residents of Central Norway are affected by the shared patient record system?';
    const { answer, text } = shown(q);
    expect([answer.kind, answer.topicId, text]).toEqual([
      'answer',
      'omfang',
      expect.stringContaining('720 000'),
    ]);
  });

  it('still refuses what no figure counts, or a place no figure is of', () => {
    refuses([
      'How many patients are in the shared patient record system?',
      'How many residents in Molde are affected by the new patient record system?',
      'How many staff at legevakt are affected by the shared patient record system?',
    ]);
  });
});

describe('a count of a part of what a figure counts, or of a place its figure is not of', () => {
  it('refuses residents of Trondheim: the inhabitants figure is of Midt-Norge', () => {
    refuses([
      'How many residents of Trondheim are affected?',
      'How many inhabitants of Trondheim are affected?',
    ]);
    expect(shown('How many residents are affected?').text).toContain('720 000');
  });

  it('answers a count said to be region-wide or across the region with the figures of the region', () => {
    expect(shown('Roughly how many health workers are affected region-wide?').text).toContain('40 000');
    expect(shown('How many inhabitants across the region will the new record cover?').text).toContain(
      '720 000',
    );
  });

  it('refuses the staff who work part-time or are nurses: no figure gives that part', () => {
    refuses([
      'Hvor mange av kommunens ansatte jobber deltid?',
      'Hvor mange av de ansatte er sykepleiere?',
      'Kor mange tilsette er sjukepleiarar?',
      'How many of the employees are nurses?',
    ]);
    expect(shown('Hvor mange ansatte berøres?').text).toContain('40 000');
    expect(shown('Omtrent hvor mange Trondheim-ansatte må lære seg Helseplattformen?').text).toContain(
      '7000',
    );
  });

  it('refuses how long something takes: the page gives no duration', () => {
    refuses([
      'Hvor lang tid tar opplæringen?',
      'Hvor lenge varer opplæringen?',
      'Kor lang tid tek opplæringa?',
      'How long does the training take?',
    ]);
  });
});

describe('the scope of something named, not of the platform', () => {
  it('answers how big a task the training of all staff is with the training, not the figure of those affected', () => {
    for (const q of [
      'Hvordan beskriver siden omfanget av å lære opp alle medarbeiderne?',
      'Korleis skildrar sida omfanget av å lære opp alle medarbeidarane?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([
        q,
        'opplaering',
        expect.stringContaining('betydelig oppgave'),
      ]);
    }
  });

  it('still answers the scope of the platform itself with how many it affects', () => {
    for (const q of ['Hvor stort er omfanget?', 'Hva er omfanget av Helseplattformen?'])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('40 000')]);
  });
});

describe('how many live in the region', () => {
  it('answers with the inhabitants the platform covers', () => {
    for (const q of ['Hvor mange bor i regionen?', 'How many people live in the region covered?'])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('720 000')]);
  });

  it('still refuses how many live in one municipality', () => {
    refuses(['Hvor mange bor i Bindal?', 'How many people live in Trondheim?']);
  });
});
