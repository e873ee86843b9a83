import { people, refuses, shown } from '../support/question-answering';

// The asker's introduction, which the questions after it point back to by «vi», «oss» or «we».

describe('the asker’s own role in an introduction the question points back to', () => {
  it('answers what the rest asks, not the person of the page who has the asker’s role', () => {
    for (const q of [
      'Jeg er kommuneoverlege i en liten kommune på Sunnmøre. Hvem ivaretar interessene til oss små kommuner?',
      'Eg er kommuneoverlege. Kven passar på interessene våre?',
      'Som kommuneoverlege i en liten kommune lurer jeg på noe. Hvilket organ er det som skal passe på oss?',
      "I'm a chief medical officer in a small municipality. Who looks after our interests?",
    ]) {
      const text = shown(q).text;
      expect([q, /Samarbeidsråd|Cooperation Council/.test(text), text.startsWith('Ragnhild')]).toEqual([
        q,
        true,
        false,
      ]);
    }
  });

  it('still answers by the place the introduction names, and refuses someone of the asker’s own', () => {
    expect(people('Jeg er kommuneoverlege i Verdal. Hvem representerer oss i samarbeidsrådet?')).toEqual([
      'Ragnhild Holmberg Aunsmo',
    ]);
    refuses([
      'Jeg er kommuneoverlege i Oppdal. Hvem er kommuneoverlege hos oss?',
      'Jeg er kommuneoverlege. Hvem er vår kontaktperson?',
    ]);
  });
});

describe('several questions after an introduction they point back to', () => {
  it('answers each question as asked after the introduction', () => {
    const sunnmore = shown(
      'Hei, jeg er kommuneoverlege i en liten kommune på Sunnmøre. Er vi i det hele tatt med i HP-samarbeidet, og hvem ivaretar interessene til oss små kommuner',
    ).text;
    expect(sunnmore).toContain('Ja. Sunnmøre ligger i Møre og Romsdal');
    expect(sunnmore).toContain('Samarbeidsråd for opsjonskommuner ivaretar kommunenes interesser');
    const nordmore = shown(
      'Eg jobbar i ein kommune på Nordmøre. Er vi med, og kven tek vare på interessene til kommunane?',
    ).text;
    expect(nordmore).toContain('Ja. Nordmøre ligg i Møre og Romsdal');
    expect(nordmore).toContain('Samarbeidsrådet for opsjonskommunar');
    const oppdal = shown('Jeg jobber i Oppdal. Er vi med, og hvem leder prosjektet?').text;
    expect(oppdal).toContain('Ja. Oppdal ligger i Trøndelag');
    expect(oppdal).toContain('Ola Skorstad');
    const english = shown(
      "I work in a small municipality in Sunnmøre. Are we included, and who looks after the municipalities' interests?",
    ).text;
    expect(english).toContain('Yes. Sunnmøre is in Møre og Romsdal');
    expect(english).toContain('Cooperation Council');
  });

  it('still refuses when a question asks what the page does not say of the asker’s place', () => {
    refuses([
      'Jeg jobber i Oppdal. Er vi med, og hvem er kommuneoverlege hos oss?',
      'Jeg jobber i Bergen. Er vi med, og hvem leder prosjektet hos oss?',
      'Eg jobbar på Vestlandet. Er vi med, og kven tek vare på interessene våre?',
    ]);
  });
});
