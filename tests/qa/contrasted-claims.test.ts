import { shown } from '../support/question-answering';

// "A rather than B", «A i stedet for B»: a yes/no question that claims the first and denies the second is yes when
// the page says yes to the first and no to the second, no when it says no to the first, and neither otherwise.

function verdict(q: string): string {
  return /^(Ja|Yes|Nei|No)\b/u.exec(shown(q).text)?.[1] ?? 'none';
}

describe('a yes/no question that sets one thing against another', () => {
  it('says yes when the first holds and the second does not, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Is the Verdal representative a municipal chief medical officer rather than a chief executive?',
      'Does Anne Amdal Storsve lead Teknisk instead of Opplæring?',
      'Gjennomførte Trondheim anskaffelsen sammen med Helse Midt-Norge RHF i stedet for St. Olavs hospital?',
      'Leder Line Kristoffersen Funksjonalitet i stedet for Teknisk?',
      'Er Elise B. Vesterhus leder av prosjektkontoret heller enn prosjektleder?',
      'Is Ola Skorstad from Rådmannens fagstab rather than from the IT service?',
    ])
      expect([q, verdict(q)]).toEqual([q, expect.stringMatching(/^(Ja|Yes)$/u)]);
  });

  it('says no when the first does not hold', () => {
    for (const q of [
      'Gjennomførte Trondheim anskaffelsen sammen med St. Olavs hospital i stedet for Helse Midt-Norge RHF?',
      'Leier Anne Amdal Storsve Opplæring i staden for Teknisk?',
      'Is Tone Fagerholt the project lead rather than the communications lead?',
      'Is Ola Skorstad from the IT service rather than from Rådmannens fagstab?',
    ])
      expect([q, verdict(q)]).toEqual([q, expect.stringMatching(/^(Nei|No)$/u)]);
    expect(
      shown(
        'Gjennomførte Trondheim anskaffelsen sammen med St. Olavs hospital i stedet for Helse Midt-Norge RHF?',
      ).text,
    ).toContain('Helse Midt-Norge RHF gjennomførte');
  });

  it('says neither when both hold, or when the page does not say the first', () => {
    for (const q of [
      'Is Arne Ingebrigtsen the leader of the council rather than a rådmann?',
      'Er Arne Ingebrigtsen leder av samarbeidsrådet heller enn rådmann?',
      'Is Verdal represented on the council by a doctor rather than by the rådmann?',
    ])
      expect([q, verdict(q)]).toEqual([q, 'none']);
  });
});

describe('«A og ikke B», "A and not B"', () => {
  it('is answered as «A i stedet for B»', () => {
    for (const [q, expected] of [
      ['Styrket pasientsikkerhet står under Effektivitet og ikke under Kvalitet, ikke sant?', 'Nei'],
      ['Styrket pasientsikkerhet står under Kvalitet og ikke under Effektivitet, ikke sant?', 'Ja'],
    ])
      expect([q, verdict(q!)]).toEqual([q, expected]);
  });

  it('leaves «and not just» to what the asker takes as given', () => {
    const q =
      'Does the subproject also document ideas for working differently, and not just map the processes?';
    expect([q, verdict(q)]).toEqual([q, 'Yes']);
  });
});
