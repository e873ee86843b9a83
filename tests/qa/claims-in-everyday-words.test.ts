import { refuses, shown } from '../support/question-answering';

// A yes/no question that says in everyday words what the page says in its own: what someone «holder på med» is what
// they work on, «pasientreiser» is patient transport, being «able to» or «i stand til å» do something is that one can,
// to «plug into» a system is to connect to it, «allerede» says only when, as the sentence does, and to have worked
// on something («jobba med») is what the sentence says was done with it in its own words; health services are
// health care, what work is to be about («handle om») is what it is focused on, and a plan to do something is its
// being planned.

/** The verdict and sentence a question is answered with (the question is part of the value, so a failure names it). */
function says(q: string, start: string, sentence: string): void {
  const text = shown(q).text;
  expect([q, text.startsWith(start), text]).toEqual([q, true, expect.stringContaining(sentence)]);
}

describe('a claim said in everyday words', () => {
  it('says yes that the regional health authority has started work like what the municipalities work on', () => {
    const sentence = 'Helse Midt-Norge RHF har satt i gang et tilsvarende arbeid';
    says(
      'Har Helse Midt-Norge RHF satt i gang et lignende planarbeid som det kommunene holder på med?',
      'Ja',
      sentence,
    );
    says('Har RHF-et satt i gang eit liknande planarbeid som det kommunane held på med?', 'Ja', sentence);
    refuses(['Har Helse Midt-Norge RHF satt i gang et lignende planarbeid som det Bergen holder på med?']);
  });

  it('reads patient travel as patient transport, in either direction', () => {
    says(
      'Er lågare utgifter til pasientreiser nemnt som ein gevinst for kommunane?',
      'Ja',
      'pasienttransport',
    );
    says(
      'Er lavere kostnader til pasientreiser en av gevinstene?',
      'Ja',
      'Reduserte pasienttransportkostnader',
    );
    says('Are lower patient travel costs one of the benefits?', 'Yes', 'Lower patient transport costs');
    says('Blir det høyere kostnader til pasientreiser?', 'Nei', 'Reduserte pasienttransportkostnader');
  });

  it('says yes to what is already done in the initial mapping, and claims nothing of «allerede» alone', () => {
    const sentence = 'I den innledende kartleggingen dokumenteres også ideer';
    says('Skal ideer til å endre arbeidsprosesser dokumenteres allerede i kartleggingen?', 'Ja', sentence);
    says('Blir idear til endra arbeidsprosessar dokumenterte allereie i kartlegginga?', 'Ja', sentence);
    says(
      'Are ideas for changing work processes already documented in the mapping?',
      'Yes',
      'initial mapping',
    );
    expect(shown('Er opplæringen allerede i gang?').text).not.toMatch(/^(Ja|Nei)/);
  });

  it('reads being able to and plugging into as being able to connect, for GPs and not for others', () => {
    const sentence = 'GPs in Midt-Norge can connect to the solution';
    says('Are GPs in Central Norway able to connect to the chosen solution?', 'Yes', sentence);
    says('Can GPs plug into the solution?', 'Yes', 'can connect to the solution');
    says(
      'Er fastlegene i stand til å koble seg på løsningen?',
      'Ja',
      'fastleger i Midt-Norge kan koble seg på',
    );
    refuses(['Are dentists able to connect to the solution?', 'Can dentists plug into the solution?']);
  });

  it('reads having worked on something as what the page says was done with it', () => {
    const sentence = 'Fagrådet har blant annet vært sentralt i utviklingen av e-meldinger';
    says('Har fagrådet for digital samhandling jobba med meldingsutveksling før?', 'Ja', sentence);
    says('Har fagrådet jobbet med e-meldinger?', 'Ja', sentence);
    says('Has the regional council worked on e-meldinger?', 'Yes', 'central in developing e-messages');
    says('Har samarbeidsrådet jobbet med e-meldinger?', 'Nei', sentence);
    refuses(['Har fagrådet jobbet med lønn?']);
    expect(shown('Har fagrådet jobba med opplæring?').text).not.toMatch(/^(Ja|Nei)/);
  });

  it('reads a plan to do something as its being planned', () => {
    const sentence = "review today's technical infrastructure";
    says("Is there a plan to review today's technical infrastructure?", 'Yes', sentence);
    says('Are there plans to map all integrations?', 'Yes', 'maps and quality-assures all integrations');
    says(
      'Er det ein plan om å gå gjennom dagens tekniske infrastruktur?',
      'Ja',
      'gjennomgå dagens tekniske infrastruktur',
    );
    refuses([
      'Is there a plan to close the health stations?',
      'Er det en plan om å flytte prosjektkontoret til Oslo?',
      'Er det planer om å kjøpe nye PC-er?',
    ]);
  });

  it('reads what the work is to be about as what it is focused on', () => {
    const sentence = 'Arbeidet vil i første omgang være fokusert på metode, tilnærming og verktøy';
    says('Skal gevinstarbeidet i første omgang handle om metode og verktøy?', 'Ja', sentence);
    says('Skal arbeidet med gevinstrealisering i første omgang handla om metode og verktøy?', 'Ja', sentence);
    refuses(['Skal gevinstarbeidet i første omgang handle om budsjett?']);
    expect(shown('Skal gevinstarbeidet i første omgang handle om lønn og verktøy?').text).not.toMatch(
      /^(Ja|Nei)/,
    );
  });

  it('reads the municipal health services as the municipal health care the experts come from', () => {
    const sentence =
      'from all fields of municipal health care have been mobilised to help set up the record system';
    says(
      'Will experts from municipal health services get to help set up the journal system?',
      'Yes',
      sentence,
    );
    says('Will experts from the municipal health service help set up the system?', 'Yes', sentence);
    says('Are experts from all fields of municipal health services mobilised?', 'Yes', sentence);
    refuses([
      'Will experts from the dental services help set up the record system?',
      'Are experts from the specialist health services mobilised?',
    ]);
  });
});
