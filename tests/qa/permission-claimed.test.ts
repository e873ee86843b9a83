import { refuses, shown, verdict } from '../support/question-answering';

// A yes/no question that asks whether someone may do something, with the phrase for being allowed split by who it
// asks of («Får fastlegane lov til å …?», "Are GPs allowed to …?"), asks what «Kan …?» / "Can …?" asks: the page's
// sentence that says they can settles it; of anyone the page does not say it of, it is refused as before.

/** The verdict and sentence a question is answered with (the question is part of the value, so a failure names it). */
function says(q: string, start: string, sentence: string): void {
  const text = shown(q).text;
  expect([q, text.startsWith(start), text]).toEqual([q, true, expect.stringContaining(sentence)]);
}

describe('a claim that someone is allowed to do something', () => {
  it('says yes that GPs are allowed to connect, however the phrase is split', () => {
    const sentence = 'fastleger i Midt-Norge kan koble seg på';
    says('Får fastlegene lov til å koble seg på løsningen?', 'Ja', sentence);
    says('Har fastlegene i Midt-Norge lov til å koble seg på den nye løsningen?', 'Ja', sentence);
    says(
      'Får fastlegene hos oss også lov til å koble seg på den nye løsningen, eller er den bare for kommunene?',
      'Ja',
      sentence,
    );
    says('Har fastlegane lov til å kople seg på løysinga?', 'Ja', 'fastlegar i Midt-Noreg kan kople seg på');
    says('Are GPs allowed to connect to the solution?', 'Yes', 'GPs (fastleger) in Midt-Norge can connect');
    says('Will GPs be allowed to connect to the solution?', 'Yes', 'can connect to the solution');
    says('Am I allowed to connect to the solution as a GP?', 'Yes', 'can connect to the solution');
    says('Har fastlegane moglegheita til å kople seg på løysinga?', 'Ja', 'kan kople seg på');
  });

  it('refuses the same question of those the page does not say it of', () => {
    refuses([
      'Får tannlegene lov til å koble seg på løsningen?',
      'Har tannlegene mulighet til å koble seg på løsningen?',
      'Are dentists allowed to connect to the solution?',
      'Will pharmacies be allowed to connect to the solution?',
      'Is the public allowed to read the journal?',
    ]);
  });

  it('gives no verdict when the words between say more than who is allowed', () => {
    expect(verdict('Har Trondheim bestemt at fastlegene får lov til å koble seg på?')).toBeUndefined();
  });
});
