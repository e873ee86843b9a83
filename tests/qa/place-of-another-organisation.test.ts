import { refuses, shown } from '../support/question-answering';

// «Hvor ligger prosjektkontoret til Helse Midt-Norge RHF?»: the page says where Trondheim kommune's project and its
// office are; asked of another organisation's office, that address is no answer.

describe('where another organisation has its office', () => {
  it('refuses where the office of another organisation is, in bokmål, nynorsk and English', () => {
    refuses([
      'Hvor ligger prosjektkontoret til Helse Midt-Norge RHF?',
      'Hvor ligger prosjektkontoret til HMN?',
      'Kvar ligg prosjektkontoret til Helse Midt-Noreg RHF?',
      'Where is Helse Midt-Norge RHF’s project office?',
      "Where is Molde's project office?",
      'Where is the project office of KS?',
      'Hvor ligger kontoret til KS Trøndelag?',
      'Hvor ligger prosjektkontoret i Molde kommune?',
      'Hvor holder Helse Midt-Norge RHF sitt prosjektkontor til?',
      'Hva er adressen til prosjektkontoret til Helse Midt-Norge RHF?',
      // (named after «i», which before a region says where the page's own is)
      'Hvor sitter prosjektorganisasjonen i Helse Midt-Norge?',
      'Where does the project organisation in Helse Midt-Norge sit?',
    ]);
  });

  it('refuses where another organisation itself is, asked by its name alone', () => {
    refuses([
      'Hvor holder Helse Midt-Norge til?',
      'Kva er adressa til Helse Midt-Noreg?',
      'Where is Helse Midt-Norge RHF based?',
    ]);
  });

  it('still answers where the page’s own office is, named by its owner or where it lies', () => {
    for (const q of [
      'Hvor ligger prosjektkontoret til Trondheim kommune?',
      'Where is the project office of Trondheim kommune?',
      'Hvor ligger prosjektkontoret i Trøndelag?',
      'Hvor ligger prosjektkontoret i Midt-Norge?',
      'Kvar held prosjektet til i Trondheim?',
      'Hvor holder innføringsprosjektet i Trondheim kommune til?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Bispegata 9')]);
  });

  it('still answers a role held outside a body, which is no place', () => {
    const q = 'What position does Arne Ingebrigtsen hold outside the council?';
    expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Kristiansund')]);
  });
});
