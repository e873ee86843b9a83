import { refuses, shown } from '../support/question-answering';

// A statement with one word at its end that asks whether it is so ("… sant?", "… right?") is a yes/no question.

describe('a statement that ends by asking whether it is so', () => {
  it('says no to a wrong phone number, with the right one', () => {
    for (const q of [
      'nummeret til tone fagerholt er 952 63 567 sant?',
      'Tone Fagerholt har telefon 952 63 567 sant?',
      'Tone Fagerholt sitt nummer er 952 63 567 right?',
    ]) {
      const { text } = shown(q);
      expect([q, text.startsWith('Nei') || text.startsWith('No'), text.includes('481 61 844')]).toEqual([
        q,
        true,
        true,
      ]);
    }
  });

  it('says yes to the right one', () => {
    expect(shown('telefonen til Elise Vesterhus er 952 63 567 sant?').text).toMatch(/^Ja/);
  });

  it('reads a tag of a denied verb and a pronoun, in English, bokmål and nynorsk', () => {
    for (const [q, start] of <[string, string][]>[
      ['Tone Fagerholt is the comms person on the project, isn’t she?', 'Yes'],
      ['Ola Skorstad leads the project, doesn’t he?', 'Yes'],
      ['The council has nine members, doesn’t it?', 'Yes'],
      ['Tone er kommunikasjonsansvarlig, er hun ikke?', 'Ja'],
      ['Line Kristoffersen leder Teknisk, gjør hun ikke?', 'Nei'],
      ['Anne Amdal Storsve leier Teknisk, gjer ho ikkje?', 'Ja'],
    ])
      expect([q, shown(q).text.startsWith(start)]).toEqual([q, true]);
    refuses(['Tone Fagerholt has a dog, doesn’t she?', 'Prosjektkontoret har kantine, har det ikke?']);
  });

  it('reads «yeah» and «yep» as tags, with or without a question mark', () => {
    expect(shown('so Line Kristoffersen leads the functionality subproject, yeah').text).toMatch(/^Yes/);
    expect(shown('Tone Fagerholt leads the project, yeah?').text).toMatch(/^No.*Ola Skorstad/s);
    expect(shown('the project office is on the third floor, yep?').text).toMatch(/^Yes/);
  });

  it('keeps a tag of two words whole', () => {
    expect(shown('prosjektkontoret ligger i bispegata 9 ikke sant?').text).toMatch(/^Ja/);
  });
});

// A statement with only a question mark, its verb after what it is about, asks whether it is so too.

describe('a question that ends by asking to be put right', () => {
  it('answers the claim before «eller har jeg misforstått», «eller tek eg feil», "or am I wrong"', () => {
    for (const [q, start] of <[string, string][]>[
      ['Er Tone Fagerholt kommunikasjonsansvarlig i prosjektet, eller har jeg misforstått?', 'Ja'],
      ['Er Elise B. Vesterhus kommunikasjonsansvarleg, eller tek eg feil?', 'Nei'],
      ['Tone Fagerholt is the communications lead, or am I wrong?', 'Yes'],
      ['Ola Skorstad leder prosjektkontoret, eller har jeg misforstått?', 'Nei'],
    ])
      expect([q, shown(q).text.startsWith(start)]).toEqual([q, true]);
  });

  it('still refuses what the page does not say, and answers a question word as asked', () => {
    refuses(['Har prosjektkontoret kantine, eller har jeg misforstått?']);
    expect(shown('Hvem er kommunikasjonsansvarlig, eller har jeg misforstått?').text).toMatch(
      /^Tone Fagerholt/u,
    );
  });
});

describe('a statement that asks with its question mark alone', () => {
  /** The answer's first line opens with the verdict and names what settles it. */
  function verdict(q: string, start: string, evidence: string): void {
    const first = shown(q).text.split('\n')[0]!;
    expect([q, first.startsWith(start), first]).toEqual([q, true, expect.stringContaining(evidence)]);
  }

  it('says who leads what, in bokmål and nynorsk', () => {
    verdict('Line Kristoffersen leder teknisk?', 'Nei', 'Anne Amdal Storsve');
    verdict('Det er Tone Fagerholt som leder prosjektkontoret?', 'Nei', 'Elise B. Vesterhus');
    verdict('Elise B. Vesterhus leder prosjektkontoret?', 'Ja', 'Elise B. Vesterhus');
    verdict('Anne Amdal Storsve leiar Teknisk?', 'Ja', 'Anne Amdal Storsve');
  });

  it('checks a person’s role and place, and where the office is', () => {
    verdict('Carl-Jacob Midttun er rådmann i Melhus?', 'Nei', 'Malvik');
    verdict('Vigdis Bolås er rådmann i Indre Fosen?', 'Ja', 'Indre Fosen');
    verdict('Prosjektkontoret ligg i Munkegata?', 'Nei', 'Bispegata 9');
    verdict('Ola Skorstad is the project lead?', 'Yes', 'Ola Skorstad');
  });

  it('reads «i» before the verb as the Norwegian preposition, not the English "I"', () => {
    verdict(
      'Bystyret i Trondheim skal bestemme om kommunen blir deleier i Helseplattformen AS?',
      'Ja',
      '29. august',
    );
    verdict('Prosjektkontoret i Trondheim ligger i andre etasje?', 'Nei', 'tredje etasje');
    verdict('Rådmannen i Molde leder samarbeidsrådet?', 'Nei', 'Arne Ingebrigtsen');
  });

  it('counts what the page lists', () => {
    verdict('Samarbeidsrådet har tolv medlemmer?', 'Nei', '9 medlemmer');
  });

  it('asks as well when chat leaves out the question mark, in lower case', () => {
    verdict('line kristoffersen leder teknisk', 'Nei', 'Anne Amdal Storsve');
    verdict('det er tone fagerholt som leder prosjektkontoret', 'Nei', 'Elise B. Vesterhus');
    verdict('carl-jacob midttun er rådmann i melhus', 'Nei', 'Malvik');
    verdict('tone fagerholt sitt nr er 481 61 848', 'Nei', '481 61 844');
    verdict('anne amdal storsve leiar teknisk', 'Ja', 'Anne Amdal Storsve');
  });

  it('keeps a statement closed by a full stop a statement', () => {
    const q = 'Line Kristoffersen leder Teknisk.';
    expect([q, /^(Ja|Nei)\b/.test(shown(q).text)]).toEqual([q, false]);
  });

  it('keeps a request, a fragment and what the page does not say what they were', () => {
    for (const q of ['Tone Fagerholt telefon?', 'Jeg trenger nummeret til Tone Fagerholt?'])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('481 61 844')]);
    for (const q of ['Tone Fagerholt telefon?', 'Jeg trenger nummeret til Tone Fagerholt?'])
      expect([q, /^(Ja|Nei)\b/.test(shown(q).text)]).toEqual([q, false]);
    refuses([
      'Line Kristoffersen leder kantina?',
      'Kontoret har kaffemaskin?',
      'Tone Fagerholt har en hund?',
    ]);
  });
});

// An English statement with its verb in the present (-s) is read as the question it asks («Does … sit …?»).

describe('an English statement whose verb ends in -s', () => {
  it('says where the team is, and what a subproject does', () => {
    for (const [q, start] of <[string, string][]>[
      ['The Trondheim project team sits in Munkegata, right?', 'No'],
      ['Is it true that the Trondheim project team sits in Munkegata?', 'No'],
      ['The project team sits in Bispegata 9, right?', 'Yes'],
      ['The project office sits on the fifth floor, right?', 'No'],
      ['Trondheim coordinates the work with the other municipalities, right?', 'Yes'],
    ])
      expect([q, shown(q).text.startsWith(start)]).toEqual([q, true]);
    expect(shown('The Trondheim project team sits in Munkegata, right?').text).toContain('Bispegata 9');
  });

  it('keeps a plural noun a noun, and refuses what the page does not say', () => {
    expect(shown('Economic benefits for the municipalities?').text).not.toMatch(/^(Yes|No)\b/);
    refuses(['The technical subproject maps the canteen menu, right?']);
  });
});

describe('a statement followed by a sentence that asks whether it is right', () => {
  it('answers the statement with a verdict, in bokmål, nynorsk and English', () => {
    for (const [q, start] of <[string, string][]>[
      [
        'Eg har høyrt at alle kommunane i Møre og Romsdal har opsjonsavtale knytt til Helseplattformen. Er det rett?',
        'Ja',
      ],
      ['Kommunene i Trøndelag er med. Er det riktig?', 'Ja'],
      ['Jeg har hørt at legevakten ikke er med. Er det sant?', 'Nei'],
      ['Kommunane i Møre og Romsdal står utanfor. Er dette rett?', 'Nei'],
      ['I heard the municipalities in Møre og Romsdal have option agreements. Is that right?', 'Yes'],
    ])
      expect([q, shown(q).text.startsWith(start)]).toEqual([q, true]);
  });

  it('still refuses such a statement of something the page does not have', () => {
    refuses([
      'Kommunene i Troms har opsjonsavtale. Er det riktig?',
      'Prosjektkontoret har kantine. Er det sant?',
    ]);
  });
});
