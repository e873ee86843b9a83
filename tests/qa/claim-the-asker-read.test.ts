import { refuses, shown } from '../support/question-answering';

// A claim said with where the asker read it, then asked about in a sentence of its own ("Eg las at …. Stemmer det?"):
// where it was read says nothing of what is claimed, and the claim is checked as it is said.

describe('a claim the asker says they read, asked about after it', () => {
  it('checks the claim, in nynorsk, bokmål and English', () => {
    expect(
      shown(
        'Hei! Eg las at RHF-et skulle leggje fram gevinststrategien sin innan 1. mars 2019. Stemmer det? Helsing Eirik, controller',
      ).text,
    ).toMatch(/^Nei.*01\.10\.2018/su);
    expect(
      shown('Jeg leste at RHF-et skulle legge fram strategien innen 1. oktober 2018. Stemmer det?').text,
    ).toMatch(/^Ja/u);
    expect(shown('I read that the project office is on the second floor. Is that right?').text).toMatch(
      /^No.*third floor/su,
    );
    expect(shown("I've read that the project office is on the third floor, is that right?").text).toMatch(
      /^Yes/u,
    );
  });

  it('checks a claim the asker was told by someone else, in bokmål, nynorsk and English', () => {
    for (const [q, line] of <[string, RegExp][]>[
      [
        'Kollegaen min sier at prosjektkontorene ligger i andre etasje. Er det riktig?',
        /^Nei.*tredje etasje/su,
      ],
      ['Ein kollega sa at prosjektkontoret ligg i tredje etasje. Stemmer det?', /^Ja/u],
      [
        'I was told the project team sits on the third floor of the old Kalvskinnet school. Is that right?',
        /^Yes/u,
      ],
      ['I read it covers 1.2 million inhabitants - is that correct?', /^No.*720 000/su],
      ['I heard the project office is on the third floor. Is that right?', /^Yes/u],
      [
        'Someone told me that the project office is on the second floor. Is that right?',
        /^No.*third floor/su,
      ],
      // (Also without «that», and of the municipalities called councils.)
      [
        'Someone told me it’s around 5,000 Trondheim council employees who’ll get the new system. Right?',
        /^No.*7000/su,
      ],
      [
        'A colleague says over 40,000 staff across hospitals, councils and private providers are affected. True?',
        /^Yes/u,
      ],
      ['En kollega sier at prosjektkontoret ligger i Bispegata 9. Stemmer det?', /^Ja/u],
      // (What the asker noted down or thinks.)
      ['Eg har notert at Tone har telefon 952 63 567. Er det rett?', /^Nei.*481 61 844/su],
      ['I think the project office is in Bispegata 9. Is that right?', /^Yes/u],
      ['I believe that the decision is on 29 August, right?', /^Yes/u],
      // (What the asker has been told, and a question of who after it.)
      [
        'Vi har fått beskjed om at prosjektkontoret ligger i andre etasje. Stemmer det?',
        /^Nei.*tredje etasje/su,
      ],
      [
        'Me har fått beskjed om at delprosjektet Opplæring har ein eigen leiar. Kven er det?',
        /Bjørnevik Tho/u,
      ],
      ['We were told the communications lead sits in the project office. Who is that?', /Fagerholt/u],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(line)]);
    refuses([
      'Kollegaen min sier at prosjektkontoret har kantine. Er det riktig?',
      'I was told the project office has free parking. Is that right?',
      'A colleague says the council meets every Friday in Molde. True?',
      "I'm pretty sure the project office has a canteen. Right?",
    ]);
  });

  it('still refuses a claim about what the page does not hold, and a question about reading', () => {
    refuses([
      'Eg las at prosjektkontoret har kantine. Stemmer det?',
      'I read that the project has a canteen. Is that right?',
      'Hvor kan jeg lese mer om opplæringen?',
    ]);
  });
});

describe('where the asker read or heard of something, said before the question', () => {
  it('answers the question, not about the newspaper or channel named', () => {
    for (const [q, expected] of <[string, string][]>[
      [
        'Leste i Adresseavisen om bystyret og Helseplattformen AS. Hva er det bystyret skal ta stilling til i slutten av august?',
        'deleier',
      ],
      ['Jeg leste i Adresseavisen om bystyret. Hva skal bystyret ta stilling til?', 'deleier'],
      ['Hørte på NRK om Helseplattformen. Hvor mange ansatte berøres?', '40 000'],
    ])
      expect([q, shown(q).text.includes(expected)]).toEqual([q, true]);
  });

  it('still refuses what is asked of another organisation or place named after it', () => {
    refuses([
      'Jeg leste i Adresseavisen om Helse Vest. Hvilket journalsystem bruker de?',
      'Leste i Adresseavisen at Stavanger bruker Helseplattformen. Stemmer det?',
      'Leste i Adresseavisen om Adresseavisen. Hvem er redaktør der?',
    ]);
  });
});

describe('whether the asker has understood something right', () => {
  it('checks what follows, with or without «det», in nynorsk and bokmål', () => {
    expect(
      shown(
        'Har eg forstått rett at alle kommunar og fastlegar i Midt-Noreg kan kople seg på løysinga som blir vald?',
      ).text,
    ).toMatch(/^Ja.*fastlegar/su);
    expect(shown('Har jeg forstått riktig at fastlegene kan koble seg på løsningen?').text).toMatch(
      /^Ja.*fastleger/su,
    );
    expect(shown('Har jeg forstått riktig at Bindal er med?').text).toMatch(/^Ja.*Bindal/su);
  });

  it('still refuses what the page does not say', () => {
    refuses(['Har jeg forstått riktig at Tromsø er med?']);
  });
});

describe('a claim the asker heard, joined with «og»/"and" to what they say of themselves first', () => {
  it('checks the claim, in English, nynorsk and bokmål', () => {
    expect(
      shown(
        "I'm a freelance journalist writing about the new health record in central Norway. I need a quote from the project and was told Tone Fagerholt heads the project office in Trondheim. Is that right? My deadline is tonight.",
      ).text,
    ).toMatch(/^No.*Elise B\. Vesterhus/su);
    expect(
      shown('I need a quote and was told Elise Vesterhus heads the project office. Is that right?').text,
    ).toMatch(/^Yes/u);
    expect(shown('Eg skriv ei sak og har høyrt at Bindal er med. Stemmer det?').text).toMatch(
      /^Ja.*Bindal/su,
    );
    expect(
      shown('Jeg skriver en sak og har hørt at prosjektkontoret ligger i andre etasje. Stemmer det?').text,
    ).toMatch(/^Nei.*tredje etasje/su);
  });

  it('still refuses a claim the page does not settle', () => {
    refuses(['Jeg skal skrive en sak og har hørt at kantina er stengt. Stemmer det?']);
  });
});
