import { answerer, shown, people, refuses } from '../support/question-answering';

describe('another municipality, hospital or project than the page is about', () => {
  it('takes an unknown word before "kommune" for another municipality, however it is written', () => {
    refuses([
      'hvem er prosjektleder for helseplattformen i bergen kommune',
      'Hvem leder innføringen i ålesund kommune?',
      'who leads the project in bodø municipality',
    ]);
    // The municipalities on the page are still answered, and a kind of municipality is no name.
    expect(people('Hvem er rådmann i Steinkjer kommune?')).toEqual(['Torunn Austheim']);
    expect(people('hvem sitter i samarbeidsrådet fra verdal kommune')).toEqual(['Ragnhild Holmberg Aunsmo']);
  });

  it('reads a capitalised name after an abbreviation as a name, not as the start of a sentence', () => {
    refuses(['Hvem leder Helseplattformen-prosjektet på sykehussiden ved St. Olavs hospital?']);
    expect(people('Hvem leder prosjektkontoret? Elise B. Vesterhus?')).toEqual(['Elise B. Vesterhus']);
  });

  it('refuses questions about other projects than this one, but not about other municipalities in it', () => {
    refuses([
      'Hvilke andre store IT-prosjekter holder Trondheim kommune på med for tiden?',
      'What other digitalisation projects is Trondheim municipality running?',
      'Kva anna prosjekt jobbar Tone Fagerholt med?',
    ]);
    expect(answerer.answer('Er andre kommuner med i prosjektet?').kind).toBe('answer');
  });
});

describe('roles asked for with a word before them, or where the role is held', () => {
  it('answers a role held "in the project" by any name of the project', () => {
    for (const q of [
      'Hvem er kommunikasjonsansvarlig i innføringsprosjektet?',
      'Kven er kommunikasjonsansvarleg i prosjektorganisasjonen?',
      'Who is the communications lead of the implementation project?',
    ])
      expect(people(q)).toEqual(['Tone Fagerholt']);
  });

  it('reads the role after "ny", "new" or "total", and says plainly what it does not know', () => {
    const newChief = shown('kven er ny rådmann i trondheim etter innføringa');
    expect(newChief.answer.kind).toBe('fallback');
    expect(newChief.text).toContain('rådmann');
    const cost = shown('What is the total cost of the Helseplattformen project?');
    expect(cost.answer.kind).toBe('fallback');
    // A what-question is not asking who someone is: no "I don't know who is cost".
    expect(cost.text).not.toMatch(/who is/i);
    expect(people('Hvem er ny leder av prosjektkontoret?')).toEqual(['Elise B. Vesterhus']);
  });
});

describe('a role asked for together with the body its holder sits in', () => {
  it('answers the council member with that role from that place, and refuses one from a place not on the council', () => {
    expect(people('Hvem er rådmannen i Molde som sitter i Samarbeidsrådet for opsjonskommuner?')).toEqual([
      'Arne Sverre Dahl',
    ]);
    expect(answerer.answer('Hvem er rådmann i Trondheim som sitter i samarbeidsrådet?').kind).toBe(
      'fallback',
    );
  });
});

describe('what the page gives no figure or person for, narrowed to a place, a service or an organisation', () => {
  it('says the page gives no number of municipalities in one listed county, instead of listing them all', () => {
    const nordland = shown('Hvor mange kommuner er det i Nordland?');
    expect(nordland.answer.kind).toBe('fallback');
    expect(nordland.text).toContain('Nordland');
    // Asked of the whole, the answer says there is no total and names the counties and Bindal.
    const whole = shown('Hvor mange kommuner har opsjonsavtale?');
    expect(whole.answer.kind).toBe('fallback');
    expect(whole.text).toContain('Bindal');
  });

  it('refuses a count of staff at one service, and how often something happens', () => {
    refuses([
      'Hvor mange ansatte jobber på legevakten i Trondheim?',
      'How many employees work in the home care service?',
      'How often does the Samarbeidsrådet for option municipalities meet?',
      'Hvor ofte møtes fagrådet?',
    ]);
    expect(shown('Hvor mange ansatte i Trondheim kommune får Helseplattformen?').text).toContain('7000');
  });

  it('refuses a member of the council from a municipality none of its members is from', () => {
    refuses(['Hvem representerer Bindal kommune i Samarbeidsrådet for opsjonskommuner?']);
    expect(people('Hvem representerer Malvik i samarbeidsrådet?')).toEqual(['Carl-Jacob Midttun']);
  });

  it("refuses the project's contact person at an organisation no one on the page works for", () => {
    refuses([
      "Who is the project's contact person at Helse Midt-Norge RHF?",
      'Hvem er kontaktperson hos Helse Midt-Norge RHF?',
    ]);
    expect(answerer.answer('Hvem er kontaktperson for prosjektet?').kind).toBe('answer');
  });
});

describe('which of something, and who leads another one of it', () => {
  it('refuses "which supplier" however which is said, since no entry is a supplier', () => {
    refuses([
      'Kva leverandør har Helseplattformen valt for journalløysinga?',
      'Hva slags leverandør ble valgt?',
      'What kind of supplier was chosen for the health record?',
    ]);
    expect(answerer.answer('Kva delprosjekt finst i innføringsprosjektet?').items[0]?.type).toBe(
      'subprojectList',
    );
  });

  it('refuses the lead of the project in another municipality, or of another kind of project', () => {
    refuses([
      'Kven leiar innføringsprosjektet i Molde kommune?',
      'Hvem leder det sentrale innføringsprosjektet i Helseplattformen?',
    ]);
    expect(people('Hvem leder det lokale innføringsprosjektet i Trondheim kommune?')).toEqual([
      'Ola Skorstad',
    ]);
    expect(people('Hvem leder Teknisk i Trondheim kommune?')).toEqual(['Anne Amdal Storsve']);
    // A council member from Molde leads no project there.
    expect(answerer.answer('Who in Molde leads the project?').kind).toBe('fallback');
    expect(shown('Hvem er delprosjektlederne i Trondheim kommune?').text).toContain('Storsve');
  });

  it('reads «drive med» as working on something, not leading it', () => {
    for (const q of [
      'Hva driver fagrådet med?',
      'Kva har det regionale fagrådet for digital samhandling drive med?',
    ]) {
      expect([q, shown(q).answer.topicId]).toEqual([q, 'fagradet']);
    }
    // Without «med», who runs it is who leads it, which the page does not say of the council.
    refuses(['Hvem driver fagrådet?']);
    expect(people('Hvem driver prosjektkontoret?')).toEqual(['Elise B. Vesterhus']);
  });

  it('reads «me» in speech as «med», and what a body is responsible for as what it does, not who leads it', () => {
    for (const q of [
      'ka driv samarbeidsrådet me eigentleg',
      'Hva har samarbeidsrådet ansvaret for?',
      'What is the cooperation council responsible for?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([q, 'samarbeidsradet', expect.stringMatching(/interess/u)]);
    }
    expect(people('Hvem har ansvaret for samarbeidsrådet?')).toEqual(['Arne Ingebrigtsen']);
  });

  it('refuses the lead of the project of an organisation the page only mentions, no one it names works for', () => {
    refuses([
      "Who leads Helse Midt-Norge RHF's own implementation project?",
      'Hvem leder innføringsprosjektet i Helse Midt-Norge?',
      'Kven leiar innføringsprosjektet til RHF-et?',
    ]);
    expect(people("Who leads Trondheim's implementation project?")).toEqual(['Ola Skorstad']);
    expect(people('lurer på hvem som er øverste sjef for det lokale helseplatform prosjektet')).toEqual([
      'Ola Skorstad',
    ]);
  });

  it('answers what role someone has when asked by their title and workplace, and still refuses the place itself', () => {
    expect(people("What role does Kristiansund's rådmann have in the Samarbeidsråd?")).toEqual([
      'Arne Ingebrigtsen',
    ]);
    expect(people('What role does the chief executive of Kristiansund have?')).toEqual(['Arne Ingebrigtsen']);
    expect(people("What is the job of Verdal's kommuneoverlege on the council?")).toEqual([
      'Ragnhild Holmberg Aunsmo',
    ]);
    refuses(['Hvor ligger Molde?', 'What is the weather in Kristiansund?']);
  });

  it('refuses a contact person for something the page names no one for, and keeps those it does', () => {
    refuses([
      "Who is the project's contact person for fastleger?",
      'Hvem er kontaktperson for fastlegene?',
      'Kven er kontaktperson for opsjonsavtalane?',
    ]);
    expect(people('Hvem er kontaktperson for media?')).toEqual(['Tone Fagerholt']);
    expect(people('Who is the contact person for the training subproject?')).toEqual([
      'May Liz Bjørnevik Tho',
    ]);
  });

  it('refuses where something is when what matched is a council, which meets nowhere the page says', () => {
    refuses(['Hvor ligger rådhuset i Steinkjer?', 'Hvor holder samarbeidsrådet til?']);
    expect(shown('Hvor ligger prosjektkontoret?').text).toContain('Bispegata 9');
  });

  it('refuses the premises of a council, though the word for an office matches the project office', () => {
    refuses([
      'Hvor har samarbeidsrådet kontor?',
      'Hvor er samarbeidsrådet sitt kontor?',
      'Kvar har fagrådet kontora sine?',
      "Where is the council's office?",
    ]);
    expect(shown('Hvor holder prosjektkontoret til?').text).toContain('Bispegata 9');
  });

  it("refuses something of the office's the page does not give, with words of the language between", () => {
    refuses(["What are the project office's opening hours?"]);
    expect(shown("What is the project office's e-mail address?").text).toContain(
      'helseplattformen.helseogvelferd@trondheim.kommune.no',
    );
  });
});

describe('what the page mentions but never names', () => {
  it('refuses the supplier however it is asked for, and still answers a question that only mentions it', () => {
    refuses([
      'Hvilket selskap leverer journalsystemet?',
      'Which company supplies the system?',
      'Who is the vendor of Helseplattformen?',
      'Kva leverandør har Helseplattformen valt?',
    ]);
    expect(answerer.answer('Hva skal fagekspertene gjøre sammen med prosjekt og leverandør?').kind).toBe(
      'answer',
    );
    expect(shown('Hvilket selskap kan Trondheim bli deleier i?').text).toContain('Helseplattformen AS');
  });

  it('refuses the supplier asked for by its name, before anything else the page knows', () => {
    refuses([
      'What is the name of the supplier (leverandør) of the new journal system?',
      'Hva er navnet på leverandøren av journalsystemet?',
      'Kva er namnet på leverandøren av journalløysinga?',
    ]);
    for (const q of [
      'Hvem samarbeider fagekspertene med ved oppsettet, i tillegg til prosjektet og leverandøren?',
      'Who do the subject-matter experts work with besides the project and the supplier?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'answer']);
  });

  it('reads "kva" before a verb as what, and the project as where a subproject lead works', () => {
    expect(shown('Kva ønskjer samarbeidsrådet at fagrådet skal gjere?').text).toContain('fagråd');
    expect(people('Kven frå IT-tenesta er delprosjektleiar i innføringsprosjektet?')).toEqual([
      'Anne Amdal Storsve',
    ]);
  });
});

describe('the project as a whole, the private sector, and small words of English', () => {
  it('gives the project office for general questions about the project, however weakly they name it', () => {
    expect(shown('Hvor sender jeg generelle spørsmål om innføringen på e-post?').text).toContain(
      'helseplattformen.helseogvelferd@trondheim.kommune.no',
    );
    refuses(['Hvor sender jeg søknaden min på e-post?', 'korleis får eg teams på mobilen']);
  });

  it('answers that the private sector is affected, not with a service whose name shares a word', () => {
    for (const q of [
      'Blir ansatte i privat sektor også berørt av det felles journalsystemet?',
      'Are private healthcare workers affected too?',
    ])
      expect(shown(q).text).toContain('40 000');
  });

  it('reads "being" as a small word, so the decision of 29 August is found', () => {
    expect(shown('What is being decided on 29 August?').text).toContain('Helseplattformen AS');
  });
});

describe('errands for the asker', () => {
  it('refuses a request that someone do something for the asker, and answers one that asks to be told', () => {
    refuses([
      'Kan noen ringe meg om tilgang til Helseplattformen? Nummeret er 912 34 567',
      'Can someone help me reset my password?',
      'Kan noen ringe meg?',
    ]);
    expect(shown('Kan du fortelle meg om delprosjektet Teknisk?').text).toContain('Storsve');
    expect(shown('Kan noen hjelpe meg med å finne e-posten til prosjektkontoret?').text).toContain(
      'helseplattformen.helseogvelferd@trondheim.kommune.no',
    );
  });
});

describe('things the page speaks of but never lists', () => {
  it('says it does not know which or how many clinical systems are replaced, and still finds who maps them', () => {
    refuses([
      'Hvilke fagsystemer er det Helseplattformen erstatter?',
      'Hvor mange av de gamle fagsystemene forsvinner?',
      'Kva heiter fagsystema som skal bytast ut?',
      'Kva for fagsystem er det som skal erstattast av Helseplattformen i Trondheim?',
      'Kva slags fagsystem skal bort når Helseplattformen kjem?',
      'Hva slags fagsystemer erstattes av Helseplattformen?',
    ]);
    expect(shown('Kva for fagsystem gjeld kartlegginga i funksjonalitetsdelprosjektet?').text).toContain(
      'erstatt',
    );
    expect(shown('Hvem kartlegger enhetene som bruker fagsystemene i dag?').text).toContain('Kristoffersen');
    expect(shown('Hvilke enheter bruker fagsystemene som skal erstattes?').text).toContain('Kristoffersen');
  });
});

describe('who leads an organisation a person is only from', () => {
  it('does not take someone from an organisation for its head', () => {
    for (const q of ['Who is the head of KS Trøndelag?', 'Kven er leiar for KS Trøndelag?'])
      expect([q, answerer.answer(q).kind, answerer.answer(q).missing?.attribute]).toEqual([
        q,
        'fallback',
        'lead',
      ]);
    // A role held in a place is still that role there.
    expect(shown('Kæm i rådet e det som har det medisinske ansvaret i Verdal kommune?').text).toContain(
      'Aunsmo',
    );
    expect(shown('Who is the SiO leader in Orkland?').text).toContain('Buan');
  });
});

describe('what the page does not say of the man from KS Trøndelag', () => {
  it('refuses his title, which the page does not give, and still says who he is and where he is from', () => {
    refuses([
      "what's ole gunnar kjøsnes's job title at ks?",
      'Hva er stillingen til Ole Gunnar Kjøsnes?',
      'Kva er tittelen til Ole Gunnar Kjøsnes?',
      'What position does Ole Gunnar Kjøsnes hold in KS?',
    ]);
    expect(shown('Kven er Ole Gunnar Kjøsnes?').text).toContain('Sentralforbund');
    expect(shown('Hvilken organisasjon hører Ole Gunnar Kjøsnes til?').text).toContain('Sentralforbund');
    expect(shown('Hva er tittelen til Ola Skorstad?').text).toContain('Prosjektleder');
  });

  it('refuses who is from another branch of KS than his, and still finds him from KS or KS Trøndelag', () => {
    refuses([
      'who represents KS Møre og Romsdal on the samarbeidsråd',
      'Kven er med frå KS Møre og Romsdal?',
      'Hvem fra KS Nordland er med på bildet?',
    ]);
    for (const q of ['Hvem fra KS er med på bildet?', 'Who represents KS Trøndelag?'])
      expect([q, shown(q).text.includes('Kjøsnes')]).toEqual([q, true]);
    expect(shown("Who is Trondheim's director for health and welfare?").text).toContain('Garåsen');
  });

  it('reads a name in the genitive as whose the next is, not as another branch («Trondheims Helseplattform-prosjekt»)', () => {
    for (const q of [
      'Lokalavisa her. Hvem er kommunikasjonsansvarlig i Trondheims Helseplattform-prosjekt, og hva er e-posten?',
      'Hvem er kommunikasjonsansvarlig i Trondheim kommunes Helseplattform-prosjekt?',
      'Kven er kommunikasjonsansvarleg i Trondheims Helseplattform-prosjekt?',
      "Who is the communications lead in Trondheim's Helseplattform project?",
    ])
      expect([q, people(q)]).toEqual([q, ['Tone Fagerholt']]);
    refuses([
      'Hvem er kommunikasjonsansvarlig i Moldes Helseplattform-prosjekt?',
      'Hvem er prosjektleder i Kristiansunds Helseplattform-prosjekt?',
      "Who is the communications lead in Molde's Helseplattform project?",
      'Hvem er kommunikasjonsansvarlig i Trondheims bydel Heimdal?',
    ]);
  });
});
