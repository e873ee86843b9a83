import { answerer, refuses, shown } from '../support/question-answering';

// What the page has, called by the everyday names staff use for it: «småkommunane», «trønderkommunane», «skulebarn»,
// «helsetenesta i skulane», «eiga», and «vi fastlegar» for the kind the asker said they are.

/** The entry the answer is about. */
function topic(q: string): string | undefined {
  return answerer.answer(q).topicId;
}

describe('the page asked of in everyday names', () => {
  it('reads «småkommunane» and «small municipalities» as the smaller municipalities', () => {
    expect(topic('hva gjør samarbeidsrådet egentlig for oss småkommunene')).toBe('samarbeidsradet');
    expect(topic('What does the council do for us small municipalities?')).toBe('samarbeidsradet');
    const q = 'Ka slags avtale e det egentlig vi småkommunan i Trøndelag har med Helseplattformen?';
    expect(shown(q).text).toContain('opsjonsavtale');
    expect(shown('Kva avtale har småkommunane i Møre og Romsdal med Helseplattformen?').text).toContain(
      'opsjonsavtal',
    );
  });

  it('reads «trønderkommunane» as the municipalities of Trøndelag', () => {
    expect(shown('Er det berre trønderkommunane som har opsjonsavtale?').text).toMatch(
      /^Nei.*Møre og Romsdal/,
    );
    expect(shown('Har alle trønderkommunene opsjonsavtale?').text).toMatch(/^Ja/);
  });

  it('lists the school health service for school children and pupils', () => {
    for (const q of [
      'Er tjenestene for skolebarn med blant det som skal inn i Helseplattformen i Trondheim?',
      'Kva tenester for skuleelevar er med i Trondheim?',
      'Are the services for pupils included in Trondheim?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/skulehelsetenesta|skolehelsetjenesten/)]);
  });

  it('reads the health service in schools as the school health service', () => {
    for (const q of [
      'Omfattar innføringa i Trondheim òg helsetenesta i skulane?',
      'Er helsetjenesten i skolene med i Helseplattformen?',
      'Is the health service in schools included in Trondheim?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Ja|Yes).*(skolehelsetjenesten)/)]);
  });

  it('reads «eiga» as «eigen»', () => {
    expect(shown('Kvifor har Trondheim kommune eiga prosjektorganisasjon for innføringa?').text).toContain(
      'forberedt',
    );
  });

  it('reads «vi» with the word for what the asker is as all of those, not the asker’s place', () => {
    for (const q of [
      'Æ e fastlege i Steinkjer – stemme det at vi fastlegan òg kan kobles på løsninga som velges?',
      'Jeg er fastlege i Steinkjer. Stemmer det at vi fastleger kan kobles på løsningen som velges?',
      'Eg er fastlege i Molde. Kan vi fastlegar òg kople oss på løysinga som blir vald?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Ja.*fastleg/)]);
  });
});

describe('near misses of the everyday names', () => {
  it('refuses what the page does not say of them', () => {
    refuses([
      'Får småkommunene gratis kaffe?',
      'Har trønderkommunene egen kantine?',
      'Har kommunene i Trøndelag kantine?',
      'Hvilke tjenester for skolebarn er med i Molde?',
      'Hvor mange elever går på skolene i Trondheim?',
      'Hvilke tjenester for elever med dysleksi er med?',
      'Hvem leder helsetjenesten i skolene?',
      'Har Trondheim eiga kantine?',
      'Jeg er tannlege i Steinkjer. Stemmer det at vi tannleger kan kobles på løsningen som velges?',
    ]);
  });
});
