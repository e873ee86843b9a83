import { refuses, shown } from '../support/question-answering';

// A yes/no question that names one person and says what they are (a role, a title) or where they work is answered
// with that person under a line saying yes or no with their role; when the role asked about is one other person's,
// that person is shown too.

describe('a yes/no question about what a person is', () => {
  it('says no with the role the page gives, also for a municipality it does not know, in any language', () => {
    for (const [q, line] of [
      [
        'Er det riktig at Torunn Austheim er rådmann i Levanger?',
        'Nei. Rollen til Torunn Austheim er «Rådmann i Steinkjer kommune',
      ],
      ['Er det sant at Arne Sverre Dahl er rådmann i Ålesund?', 'Rådmann i Molde kommune'],
      [
        'Is it true that Carl-Jacob Midttun is the chief executive of Melhus municipality?',
        "No. Carl-Jacob Midttun's role is “Chief municipal executive (rådmann) of Malvik kommune",
      ],
      [
        'Stemmer det at Bjørn Buan er rådmann i Orkland?',
        'Nei. Rollen til Bjørn Buan er «Leder SiO i Orkland',
      ],
    ]) {
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(line!)]);
    }
  });

  it('checks what is said of someone named by a title only they have', () => {
    for (const [q, line] of [
      [
        'Er kommuneoverlegen i samarbeidsrådet frå Steinkjer?',
        'Nei. Rollen til Ragnhild Holmberg Aunsmo er «Kommuneoverlege i Verdal kommune',
      ],
      [
        "Is the council's municipal chief medical officer from Stjørdal?",
        "No. Ragnhild Holmberg Aunsmo's role is “Municipal chief medical officer in Verdal kommune",
      ],
      [
        'Er pressekontakten fra Melhus kommune?',
        'Nei. Rollen til Tone Fagerholt er «Kommunikasjonsansvarlig',
      ],
      ['Er kommuneoverlegen i samarbeidsrådet frå Verdal?', 'Ja. Rollen til Ragnhild Holmberg Aunsmo er'],
    ]) {
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(line!)]);
    }
    // Several members are rådmann: no one is named.
    refuses(['Er rådmannen i samarbeidsrådet fra Levanger?']);
  });

  it('says no with the role of the one member from a municipality when another role is said of them', () => {
    for (const [q, line] of [
      [
        'Er rådmannen i Hareid med i samarbeidsrådet?',
        'Nei. Rollen til Evelyn Haram Larsen er «Prosjektleder SSIKT',
      ],
      [
        'Is Hareid represented on the council by its chief executive?',
        "No. Evelyn Haram Larsen's role is “Project lead",
      ],
    ]) {
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(line!)]);
    }
    // A municipality named without a role asks nothing of its member.
    refuses(['Får Oppdal Helseplattformen før Molde?', 'Starter Molde før Hareid?']);
    // Whether the municipality is on the council at all, the list of members says.
    for (const q of [
      'Er Hareid med i samarbeidsrådet?',
      'Er Hareid representert i rådet ved prosjektlederen sin?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringContaining('Ja: «Evelyn Haram Larsen (Hareid kommune)»'),
      ]);
  });

  it('names who has the role asked about when that is one other person', () => {
    for (const [q, person, holder] of [
      ['Is Tone Fagerholt the project leader?', 'tone-fagerholt', 'Ola Skorstad'],
      ['Er Elise B. Vesterhus kommunikasjonsansvarlig?', 'elise-vesterhus', 'Tone Fagerholt har rollen'],
      ['Er prosjektleiaren Tone Fagerholt?', 'tone-fagerholt', 'Ola Skorstad'],
      ['Er Helge Garåsen kommuneoverlege?', 'helge-garasen', 'Ragnhild Holmberg Aunsmo har rollen'],
      ['Er Arne Sverre Dahl rådmann i Kristiansund?', 'arne-sverre-dahl', 'Arne Ingebrigtsen har rollen'],
      ['Is Ola Skorstad from the IT department?', 'ola-skorstad', 'Anne Amdal Storsve'],
    ]) {
      const { answer, text } = shown(q!);
      expect([q, answer.topicId, text]).toEqual([q, person, expect.stringContaining(holder!)]);
    }
  });

  it('says yes when the page gives the person that role or workplace', () => {
    for (const [q, line] of [
      ['Er Arne Sverre Dahl rådmann i Molde?', 'Ja. Rollen til Arne Sverre Dahl'],
      ['Er Vigdis Bolås rådmann i Indre Fosen?', 'Ja. Rollen til Vigdis Bolås'],
      ['Is Evelyn Haram Larsen the project lead in Hareid?', "Yes. Evelyn Haram Larsen's role"],
      ['Sit Torunn Austheim i samarbeidsrådet?', 'Ja.'],
    ]) {
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(line!)]);
    }
  });

  it('reads a role «et sted på» an area as in it, and gives the municipality where asked', () => {
    for (const [q, line] of [
      ['vigdis bolås, e ho rådmann et sted på fosen? ka kommune da?', 'Rådmann i Indre Fosen kommune'],
      ['Er Vigdis Bolås rådmann ein stad på Fosen, og i kva kommune?', 'Ja. Rolla til Vigdis Bolås'],
      ['Er Arne Ingebrigtsen rådmann et sted på Fosen?', 'Nei. Rollen til Arne Ingebrigtsen'],
      ['Is Vigdis Bolås chief executive somewhere on Fosen? Which municipality?', 'Indre Fosen'],
    ]) {
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(line!)]);
    }
    refuses(['Er det et sted på Fosen som har kantine?', 'Hvem er ordfører et sted på Fosen?']);
  });

  it('says no when the words of roles on the page already contradict the claim, whatever else it says', () => {
    expect(shown("Is Helge Garåsen Trondheim's municipal director for technical services?").text).toMatch(
      /^No\. Helge Garåsen's role is/,
    );
    // Words no one's role has, and none that contradicts: no verdict.
    refuses(['Is Tone Fagerholt responsible for the budget?']);
  });

  it('gives no yes or no to a choice between places', () => {
    const { answer } = shown('Is Ragnhild Holmberg Aunsmo from Verdal or from Levanger?');
    expect([answer.topicId, answer.direct]).toEqual(['ragnhild-holmberg-aunsmo', undefined]);
  });

  it("answers a choice between two of the region's municipalities with the role, however the choice is put", () => {
    for (const [q, id] of [
      ['Torunn Austheim – Steinkjer eller Levanger?', 'torunn-austheim'],
      ['Evelyn Haram Larsen, er hun fra Hareid eller Herøy?', 'evelyn-haram-larsen'],
      ['Kjem Torunn Austheim frå Levanger eller Steinkjer kommune?', 'torunn-austheim'],
      ['Is Evelyn Haram Larsen from Herøy or Hareid?', 'evelyn-haram-larsen'],
    ]) {
      const { answer } = shown(q!);
      expect([q, answer.topicId, answer.direct]).toEqual([q, id, undefined]);
    }
    // (A place outside the region is no choice the page can settle.)
    refuses(['Er Torunn Austheim fra Steinkjer eller Bergen?']);
  });

  it('still refuses what the page says nothing of', () => {
    refuses([
      'Er Ola Skorstad syk i dag?',
      'Er Tone Fagerholt gift?',
      'Is it true that the health minister is Ola Skorstad?',
      // (Of one who works for no municipality, an elected office is not said either way.)
      'Is Ole Gunnar Kjøsnes the mayor of Levanger?',
    ]);
  });

  it('says no to an elected office of someone the page gives a role in a municipality, with that role', () => {
    // (A rådmann or a kommunaldirektør is employed by the municipality: no mayor there.)
    for (const [q, line] of <[string, string][]>[
      [
        'Is Arne Sverre Dahl the mayor of Molde?',
        "No. Arne Sverre Dahl's role is “Chief municipal executive (rådmann)",
      ],
      ['Is Karl Audun Fagerli the mayor of Lierne?', "No. Karl Audun Fagerli's role is"],
      [
        'Er Arne Sverre Dahl ordfører i Molde?',
        'Nei. Rollen til Arne Sverre Dahl er «Rådmann i Molde kommune',
      ],
      ['Carl-Jacob Midttun er ordførar i Malvik?', 'Nei. Rollen til Carl-Jacob Midttun er «Rådmann i Malvik'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
  });

  it('reads representing a place as coming from it, in English and bokmål', () => {
    for (const [q, line] of <[string, string][]>[
      [
        'Does Karl Audun Fagerli represent Levanger?',
        "No. Karl Audun Fagerli's role is “Chief municipal executive (rådmann) of Lierne",
      ],
      ['Does Karl Audun Fagerli represent Lierne?', "Yes. Karl Audun Fagerli's role is"],
      ['Does Ragnhild Holmberg Aunsmo represent Verdal?', 'Yes.'],
      [
        'Karl Audun Fagerli representerer Levanger?',
        'Nei. Rollen til Karl Audun Fagerli er «Rådmann i Lierne',
      ],
      ['Er Karl Audun Fagerli representanten frå Levanger?', 'Nei.'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
    // (Whom the page does not say he represents, it says neither.)
    expect(shown('Does Karl Audun Fagerli represent the GPs?').text).not.toMatch(/^(Yes|No)\b/);
  });

  it('reads a title of several words only as written together', () => {
    // ("the project's communications manager" is no "project manager", which is Ola Skorstad's.)
    for (const [q, start] of <[string, string][]>[
      ['Is Tone Fagerholt the communications manager for the project?', 'Yes'],
      ['Is Tone Fagerholt the project’s communications manager?', 'Yes'],
      ['Is Tone Fagerholt the communications lead for the project?', 'Yes'],
      ['Is Elise B. Vesterhus the communications manager for the project?', 'No'],
      ['Is Tone Fagerholt the project manager?', 'No'],
      ['Is Tone Fagerholt the manager of the project?', 'No'],
      ['Er Tone Fagerholt prosjektleder?', 'Nei'],
    ])
      expect([q, shown(q).text.startsWith(start)]).toEqual([q, true]);
    expect(shown('Is Elise B. Vesterhus the communications manager for the project?').text).toContain(
      'Tone Fagerholt',
    );
  });
});

describe('a title others have, asked of someone whose unit is named after it', () => {
  it('is no title of theirs: «Rådmannens fagstab» makes no one rådmann', () => {
    for (const q of [
      'Er Ola Skorstad rådmann?',
      'Er Line Kristoffersen rådmann?',
      'Er Tone Fagerholt rådmann?',
      'Er Helge Garåsen rådmann i Trondheim kommune?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Nei/u)]);
    expect(shown('Er Ola Skorstad fra Rådmannens fagstab?').text).toMatch(/^Ja/u);
    expect(shown('Er Arne Sverre Dahl rådmann?').text).toMatch(/^Ja/u);
    // (Of one whose unit the page does not give, the unit is not known.)
    refuses(['Er Elise B. Vesterhus fra IT-tjenesten?']);
  });

  it('reads «d», as chat shortens «det»', () => {
    const text = shown('stemmer d at tone fagerholt har tlf 481 61 844').text;
    expect([text.startsWith('Ja'), text.includes('481 61 844')]).toEqual([true, true]);
  });
});

describe('a yes/no question about a person described in a clause between commas', () => {
  it('answers the question about the person, not the clause that says who they are', () => {
    for (const [q, verdict] of <[string, RegExp][]>[
      [
        "Is Ola Skorstad, who leads the local implementation project, from the municipality's IT service?",
        /^No\b/u,
      ],
      ['Is Anne Amdal Storsve, who leads Teknisk, from the IT service?', /^Yes\b/u],
      ['Er Ola Skorstad, som leder prosjektet, fra IT-tjenesten?', /^Nei\b/u],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(verdict)]);
    expect(
      shown(
        "Is Ola Skorstad, who leads the local implementation project, from the municipality's IT service?",
      ).text,
    ).toContain('Rådmannens fagstab');
  });
});

describe('a yes/no question that gives a person a title in another of its words', () => {
  it('reads a synonym of a title as the title their role has', () => {
    for (const [q, verdict] of <[string, RegExp][]>[
      [
        'Evelyn Haram Larsen sits on the council as a project manager for SSIKT in Hareid, isn’t that so?',
        /^Yes\b/u,
      ],
      ['Er Evelyn Haram Larsen prosjektsjef i Hareid?', /^Ja\b/u],
      ['Er Evelyn Haram Larsen prosjektansvarleg for SSIKT?', /^Ja\b/u],
      ['Er Ola Skorstad prosjektsjef?', /^Ja\b/u],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(verdict)]);
  });

  it('still says no of a title of another kind or another place', () => {
    for (const q of [
      'Er Evelyn Haram Larsen prosjektsjef i Molde?',
      'Er Evelyn Haram Larsen kontorsjef?',
      'Is Tone Fagerholt a project manager?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Nei|No)\b/u)]);
  });
});

describe('a yes/no question that opens with working somewhere', () => {
  it('says yes or no by the unit the page gives', () => {
    for (const [q, verdict] of <[string, RegExp][]>[
      ['Jobber Øyvind Tanum i Personaltjenesten?', /^Nei\b[^]*Rådmannens fagstab/u],
      ['Jobbar Øyvind Tanum i Rådmannens fagstab?', /^Ja\b/u],
      ['Arbeider Anne Amdal Storsve i IT-tjenesten?', /^Ja\b/u],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(verdict)]);
  });

  it('still refuses what the page does not say of where someone works', () => {
    refuses(['Jobber Elise B. Vesterhus i IT-tjenesten?', 'Jobber noen i prosjektet med lønn?']);
  });
});

describe('«the chief executive’s staff» for Rådmannens fagstab', () => {
  it('says yes or no by the unit the page gives', () => {
    for (const [q, verdict] of <[string, RegExp][]>[
      ["Is Ola Skorstad part of the chief executive's staff?", /^Yes\b/u],
      ["Does Line Kristoffersen belong to the chief executive's staff?", /^Yes\b/u],
      ['Er Øyvind Tanum med i rådmannens stab?', /^Ja\b/u],
      ["Is May Liz Bjørnevik Tho part of the chief executive's staff?", /^No\b/u],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(verdict)]);
    refuses(["Is Elise B. Vesterhus part of the chief executive's staff?"]);
  });
});

describe('a title said to be for something else than the role says', () => {
  it('says no with the role, also when the bot does not know the words said', () => {
    for (const [q, verdict] of <[string, RegExp][]>[
      [
        'Helge Garåsen is kommunaldirektør for oppvekst og utdanning in Trondheim, right?',
        /^No\b[^]*health and welfare/u,
      ],
      ['Er Helge Garåsen kommunaldirektør for oppvekst og utdanning?', /^Nei\b[^]*helse og velferd/u],
      ['Er Helge Garåsen kommunaldirektør for helse og velferd?', /^Ja\b/u],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(verdict)]);
  });

  it('still refuses words the bot does not know that say something else of the person', () => {
    refuses(['Is Helge Garåsen fond of skiing?', 'Er Bjørn Buan leder for barnehagene?']);
  });
});
