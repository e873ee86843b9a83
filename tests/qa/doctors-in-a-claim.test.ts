import { refuses, shown } from '../support/question-answering';

// «Alle kommuner og fastleger i Midt-Norge kan koble seg på den løsningen som velges»: a municipality's doctors outside
// the hospitals are its GPs, so a claim that «legene våre» can connect is checked against that sentence.

describe('a claim about the doctors of a municipality', () => {
  it('says yes with the sentence about the GPs, in bokmål and nynorsk and after an introduction', () => {
    for (const q of [
      'Kan legene våre koble seg på løsningen som blir valgt?',
      'Vi er en liten opsjonskommune. Kan vi og legene våre koble oss på den løsningen som blir valgt?',
      'Kan legane våre kople seg på løysinga som blir vald?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(/^Ja\. Siden sier: «Alle kommuner og fastleger/u),
      ]);
  });

  it('still says no yes where the page says nothing of those doctors or of what they must do', () => {
    for (const q of ['Kan sykehuslegene koble seg på løsningen?', 'Må legene koble seg på løsningen?'])
      expect([q, shown(q).text]).toEqual([q, expect.not.stringMatching(/^(Ja|Nei)\b/u)]);
    refuses(['Må legene koble seg på løsningen?']);
  });
});
