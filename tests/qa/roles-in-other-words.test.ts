import { people, refuses, shown } from '../support/question-answering';

describe('roles said in other words', () => {
  it('finds the communications lead by the English titles of the Norwegian ones', () => {
    for (const q of [
      'What is the e-mail address of the communications officer?',
      'Who is the communications officer?',
      'Who is head of communications in the project?',
      "What's the press contact's phone number?",
    ])
      expect([q, people(q)]).toEqual([q, ['Tone Fagerholt']]);
  });

  it('reads a council member’s title before a lead word as her title, with the council as where she sits', () => {
    expect(people('Who is the SSIKT project manager on the council?')).toEqual(['Evelyn Haram Larsen']);
    expect(people('Hvem er SSIKT-prosjektleder i samarbeidsrådet?')).toEqual(['Evelyn Haram Larsen']);
    expect(people('Who is the SiO leader on the council?')).toEqual(['Bjørn Buan']);
    // A title no member has in the council is still not known.
    refuses(['Who is the project manager on the council?']);
  });

  it('answers a person’s unit asked as a part of the city administration, and role in their home municipality', () => {
    for (const [q, said] of [
      ['Which part of the municipal administration does Line Kristoffersen belong to?', 'Rådmannens fagstab'],
      ['Hvilken del av administrasjonen i kommunen jobber May Liz Bjørnevik Tho i?', 'Personaltjenesten'],
      ['Hvilken stilling har Arne Sverre Dahl i hjemkommunen sin?', 'Rådmann i Molde kommune'],
      ["What is Ragnhild Holmberg Aunsmo's job in her home municipality?", 'chief medical officer in Verdal'],
    ] as [string, string][])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(said)]);
  });

  it('reads «rep» as a representative, in keywords as in questions', () => {
    expect(people('Malvik rep samarbeidsråd')).toEqual(['Carl-Jacob Midttun']);
    expect(people('Who is the Steinkjer rep?')).toEqual(['Torunn Austheim']);
    expect(people('rep fra Verdal')).toEqual(['Ragnhild Holmberg Aunsmo']);
  });

  it('reads «tel» between what is asked for and whose as «til», and elsewhere as the phone', () => {
    expect(shown('Ka e epostadressa tel Ola Skorstad?').text).toContain('ola.skorstad@trondheim.kommune.no');
    expect(shown('Kva er e-postadressa tel Tone Fagerholt?').text).toContain(
      'tone.fagerholt@trondheim.kommune.no',
    );
    expect(shown('tel Tone Fagerholt').text).toContain('481 61 844');
    // Ola Skorstad has no phone number on the page: asked for it, the bot says so.
    refuses(['Ka e tel Ola Skorstad?']);
  });
});

describe('who, asked with other words for someone or for being able to', () => {
  it('reads «hvilken aktør» and «kva instans» as who', () => {
    expect(shown('Hvilken aktør skal delprosjekt Teknisk i stor grad samarbeide med?').text).toContain(
      'sentralt innføringsprosjekt',
    );
    refuses(['Hvilken aktør leverer journalsystemet?', 'Hvilken aktør har ansvar for kantina?']);
  });

  it('reads having leave or access to do something as being able to', () => {
    for (const q of [
      'Hvem har adgang til å koble seg på den løsningen som velges?',
      'Kven har lov til å kople seg på løysinga?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('fastleger')]);
    refuses(['Hvem har adgang til journalen?']);
  });

  it('reads the function someone has somewhere as their role', () => {
    for (const q of [
      'Kven representerer Hareid kommune i samarbeidsrådet, og i kva funksjon?',
      'Who represents Hareid on the council, and in what capacity?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('SSIKT')]);
  });
});

describe('what the page says, asked in other words', () => {
  it('reads «hva sies om» as «hva står det om», and «i sin helhet» as saying nothing of what', () => {
    expect(
      shown('Hva sies om styringsinformasjon blant gevinstene – hva skal den brukes til?').text,
    ).toContain('forbedringsarbeid');
    expect(shown('Kva blir sagt om opplæringa?').text).toContain('May Liz Bjørnevik Tho');
    expect(shown('Hvilke fylker omfattes i sin helhet av opsjonsavtalene ifølge siden?').text).toContain(
      'Møre og Romsdal',
    );
    refuses(['Hva sies om lønn?']);
  });
});

describe('someone’s post, in English', () => {
  it('reads a person’s post as their position, and answers with their role', () => {
    for (const [q, role] of <[string, string][]>[
      [
        "What is Arne Ingebrigtsen's post in his own municipality?",
        'Chief municipal executive (rådmann) of Kristiansund',
      ],
      ['What post does Bjørn Buan hold?', 'Head of SiO in Orkland kommune'],
      ["What is Tone Fagerholt's post?", 'Communications lead'],
      ['Which post does Ragnhild Holmberg Aunsmo have in Verdal?', 'Municipal chief medical officer'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(role)]);
    // Post sent somewhere is mail, which the page says nothing of; so is «posten» in Norwegian.
    refuses([
      'Where do I send post to the project office?',
      'Kan jeg sende post til prosjektkontoret?',
      'Hva er posten hennes?',
      "What is Arne Ingebrigtsen's post office box?",
    ]);
  });
});
