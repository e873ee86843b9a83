import { refuses, shown } from '../support/question-answering';

// A letter from one of the region's municipalities opens with a greeting, says in a sentence of context on whose
// behalf it asks ("Jeg skriver på vegne av …", "Formannskapet i … har bedt om …", "Heimetenesta i … ønskjer å sende
// …"), asks, and is signed over several lines with the writer's name, title and municipality. None of that is what is
// asked.

describe('a letter on behalf of a municipality of the region', () => {
  it('answers the question of the letter, whatever the greeting, context and signature', () => {
    const cases: [string, RegExp][] = [
      [
        'God dag.\n\nHelsetjenesten i Frøya ønsker å sende noen spørsmål til prosjektkontoret. Hvilken e-postadresse skal vi bruke?\n\nMed vennlig hilsen\nKari Nordmann\nkommunalsjef helse og omsorg, Frøya kommune',
        /helseplattformen\.helseogvelferd@trondheim\.kommune\.no/,
      ],
      [
        'Til prosjektet.\n\nKommunestyret i Melhus har bedt om en orientering om Helseplattformen. Hvem gjennomførte anskaffelsen?\n\nVennlig hilsen\nOla Nordmann\nrådmann, Melhus kommune',
        /Trondheim kommune og Helse Midt-Norge RHF/,
      ],
      [
        'Hei.\n\nEg skriv på vegne av Volda kommune. Kven leiar samarbeidsrådet?\n\nVenleg helsing\nPer Olsen\nkommunalsjef helse og omsorg, Volda kommune',
        /Ingebrigtsen/,
      ],
      [
        'Hei.\n\nHeimetenesta i Volda ønskjer å sende nokre spørsmål til prosjektkontoret. Kva e-postadresse skal vi bruke?\n\nMed helsing\nPer Olsen\nleiar for heimetenesta, Volda kommune',
        /helseplattformen\.helseogvelferd@trondheim\.kommune\.no/,
      ],
      [
        'Dear project team,\n\nI am writing on behalf of Stjørdal municipality. Who carried out the procurement?\n\nKind regards\nAnna Berg\nhead of health and care services, Stjørdal municipality',
        /Helse Midt-Norge RHF/,
      ],
      [
        'Hello,\n\nThe council in Oppdal has asked for a briefing. Who carried out the procurement?\n\nBest regards\nJohn Smith\nadviser, Oppdal municipality',
        /Helse Midt-Norge RHF/,
      ],
      [
        'Sæl.\n\nEg har fått spørsmål frå kommunestyret i Volda om kven som sit i samarbeidsrådet. Kan de liste opp alle medlemmene?\n\nMed helsing\nKari Nordmann\nrådmann, Volda kommune',
        /Vigdis Bolås/,
      ],
      [
        'Hei.\n\nJeg har fått spørsmål fra formannskapet i Melhus om hvem som leder samarbeidsrådet. Hvem er det?\n\nMvh\nOla Nordmann',
        /Ingebrigtsen/,
      ],
    ];
    for (const [q, expected] of cases)
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(expected)]);
  });

  it('still refuses what the page does not say of the municipality the letter is from', () => {
    refuses([
      'Til prosjektet.\n\nFormannskapet i Melhus har bedt om en orientering. Hvem er kommuneoverlege hos oss?\n\nVennlig hilsen\nOla Nordmann\nrådmann, Melhus kommune',
      'Til prosjektet.\n\nKommunestyret i Melhus har bedt om en orientering. Når tar kommunen i bruk Helseplattformen?\n\nVennlig hilsen\nOla Nordmann',
      'Jeg skriver på vegne av Oppdal kommune. Hvem er vår representant i samarbeidsrådet?',
      'Formannskapet i Melhus har bedt om å få være med i samarbeidsrådet. Stemmer det?',
      'Formannskapet i Melhus har bedt om en orientering. Hvor mange ansatte har kommunen?',
      'Oppdal kommune vurderer å bli med. Hvor mange ansatte blir berørt?',
      'Formannskapet i Bergen har bedt om en orientering. Hvem gjennomførte anskaffelsen?',
      'Eg har fått spørsmål frå kommunestyret om kven som sit i styret. Kan de liste opp medlemmene?',
      'Hvem fra kommunestyret sitter i samarbeidsrådet?',
      'Kven sit i styret? Kan de liste opp medlemmene?',
    ]);
  });
});

describe('the signature of a letter', () => {
  it('is the writer’s, over several lines after a closing of its own', () => {
    const q =
      'Hvem leder prosjektkontoret?\n\nMed vennlig hilsen\nTorill Sætran\nkommunaldirektør helse og omsorg, Levanger kommune';
    expect(shown(q).text).toMatch(/Vesterhus/);
    expect(shown(q).text).not.toMatch(/Garåsen/);
  });
});
