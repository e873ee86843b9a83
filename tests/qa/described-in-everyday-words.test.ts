import { refuses, shown } from '../support/question-answering';

/** Each question's answer shows every one of the given words. */
function answersWith(cases: [string, ...string[]][]): void {
  for (const [q, ...words] of cases)
    for (const word of words) expect([q, shown(q).text]).toEqual([q, expect.stringContaining(word)]);
}

describe('people and subprojects asked for by what they do, in everyday words', () => {
  it('takes communication outward or inward for communication, which the communications lead has', () => {
    answersWith([
      ['Hvem tar seg av informasjon og kommunikasjon utad i prosjektet hos oss?', 'Tone Fagerholt'],
      ['Hvem har ansvar for ekstern kommunikasjon i prosjektet?', 'Tone Fagerholt'],
      ['Kven har ansvaret for den interne kommunikasjonen i prosjektet?', 'Tone Fagerholt'],
      ['Who handles external communications in the project?', 'Tone Fagerholt'],
    ]);
  });

  it('takes the connections between systems for the integrations, which Teknisk maps', () => {
    answersWith([
      [
        'Kven skal eg snakke med om koplingane mellom dei gamle fagsystema våre og den nye plattforma?',
        'Storsve',
      ],
      ['Hvem har ansvar for koblingene mellom fagsystemene og Helseplattformen?', 'Storsve'],
      ['Hvem skal jeg snakke med om koblinger mellom journalsystemet vårt og Helseplattformen?', 'Storsve'],
      [
        'Who is responsible for the connections between the old clinical systems and Helseplattformen?',
        'Storsve',
      ],
    ]);
    // Mapping the clinical systems' users is still Funksjonalitet's.
    answersWith([['Hvem kartlegger fagsystemene?', 'Line Kristoffersen']]);
  });

  it("takes routines for work processes and going through for reviewing, Funksjonalitet's mapping", () => {
    answersWith([
      [
        "Who's responsible for going through how we work today, our routines and templates, before the new system replaces the old ones?",
        'Line Kristoffersen',
      ],
      ['Hvem skal kartlegge rutinene og malene våre?', 'Line Kristoffersen'],
      ['Which subproject maps our routines?', 'Funksjonalitet'],
    ]);
  });

  it('takes the gains for the benefits that Gevinstrealisering works on', () => {
    answersWith([
      ['who leads the work on the gains?', 'Øyvind Tanum'],
      ['Who is in charge of the gains work?', 'Øyvind Tanum'],
      ['Hvem leder arbeidet med gevinstene?', 'Øyvind Tanum'],
    ]);
  });

  it('reads subject experts as the fageksperter, and time savings as the efficiency benefits', () => {
    answersWith([
      ['What are the subject experts from the municipal health services helping with?', 'set up', 'supplier'],
      ['What do the subject-matter experts do?', 'set up'],
      ['What time savings are we supposed to see in day-to-day work?', 'medication lists', 'messages'],
      ['What time savings will staff get?', 'looking for information'],
    ]);
  });

  it('reads a group described by what it does as a body, answered when it is the council', () => {
    answersWith([
      ['Who chairs the group that looks after the option municipalities?', 'Arne Ingebrigtsen'],
      ['Kven leiar gruppa som tek vare på interessene åt opsjonskommunane?', 'Arne Ingebrigtsen'],
      ['Hvem leder gruppen som ivaretar kommunenes interesser?', 'Arne Ingebrigtsen'],
      [
        'Who heads the committee that looks after the interests of the option municipalities?',
        'Arne Ingebrigtsen',
      ],
    ]);
    refuses([
      'Hvem leder gruppa som planlegger julebordet?',
      'Who leads the group that orders the lunch?',
      'Hvem er med i gruppa som lager lunsj?',
      'Hvem leder gruppa som skal lage opplæringsvideoer?',
      'Hvem leder styringsgruppa som ivaretar kommunenes interesser?',
    ]);
  });

  it('reads a verb in the past tied to what the page has as said of it, not another thing', () => {
    answersWith([
      [
        'Hvem var Trondheims øverste leder for helse og velferd som også stilte på gruppebildet med rådet?',
        'Helge Garåsen',
      ],
      ['Hvem fra KS stilte på gruppebildet?', 'Ole Gunnar Kjøsnes'],
    ]);
    refuses(['Hvem leverte kaffen til møtet i Bispegata 9?', 'Hvem vasket kontoret i Bispegata 9?']);
  });

  it('answers what a subproject described by its task does, when every telling word is in its text', () => {
    answersWith([
      [
        'Hva skal kartlegges ute i enhetene før vi bytter fra de gamle fagsystemene?',
        'arbeidsprosesser',
        'maler',
      ],
      ['Kva skal kartleggjast i einingane før vi byter ut fagsystema?', 'arbeidsredskaper'],
    ]);
    refuses(['Hva skal kartlegges i kantina før vi bytter fagsystemene?']);
  });

  it('takes the platform beside what is done as where it is done, and the part that does it as who', () => {
    answersWith([
      ['who leads the work on figuring out what we actually gain from the new platform?', 'Øyvind Tanum'],
      ['Who is in charge of the gains from Helseplattformen?', 'Øyvind Tanum'],
      ['Hvem har ansvar for gevinstene av den nye plattformen?', 'Øyvind Tanum'],
      // The benefits name no one: asked who, the part that works on them answers.
      ['Who is working on the gains?', 'Øyvind Tanum'],
      ['Hvem jobber med gevinstene?', 'Øyvind Tanum'],
      ['Who is figuring out the gains?', 'Øyvind Tanum'],
    ]);
    refuses(['Who is responsible for the lunch at Helseplattformen?']);
  });

  it('takes the preparations for the introduction as the local project, which is there to prepare for it', () => {
    answersWith([
      ['Kven leiar førebuingane i kommunen til den nye journalen?', 'Ola Skorstad'],
      ['Who is in charge of the preparations for Helseplattformen?', 'Ola Skorstad'],
      ['Hvem leder forberedelsene til innføringen av Helseplattformen?', 'Ola Skorstad'],
    ]);
    refuses([
      'Who is in charge of the preparations for lunch?',
      'Hvem har ansvar for forberedelsene til julebordet?',
    ]);
  });

  it('reads the work «med» a thing the page has as one word as that word (arbeidet med gevinstene: gevinstarbeidet)', () => {
    answersWith([
      ['Hva skal arbeidet med gevinster fokusere på først?', 'metode', 'verktøy'],
      ['Kven leiar arbeidet med gevinstane?', 'Øyvind Tanum'],
      ['Hva går arbeidet med gevinstene ut på?', 'Øyvind Tanum'],
    ]);
    // Not with the other prepositions: «ansvarlig i prosjektet» is no project lead.
    answersWith([['Hvem er comms-ansvarlig i prosjektet?', 'Tone Fagerholt']]);
  });

  it('still refuses the same words about things the page does not have', () => {
    refuses([
      'Hvem har ansvar for koblingen mellom kaffemaskinen og systemet?',
      'Hvem har ansvar for koblingene mellom systemene til Helse Vest?',
      'Who leads the work on gains in the stock market?',
      'Who are the subject experts in Oslo?',
      'Hvem går gjennom lønnslippene?',
      'Who goes through the expense reports?',
      'What time is the meeting?',
      'What time savings does the new parking garage bring?',
    ]);
  });
});

describe('the tools of the work said without «arbeids-»', () => {
  it('answers the subproject that maps roles, tools and templates by «redskaper»', () => {
    for (const q of [
      'Hvem leder delprosjektet som skal finne ut hvordan vi jobber på avdelingene i dag, med roller, redskaper og maler?',
      'Hvem kartlegger redskapene vi bruker i dag?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Line Kristoffersen')]);
  });

  it('still refuses tools the page does not hold', () => {
    refuses(['Hvem har ansvar for redskapene på lageret?', 'Hvor kjøper jeg redskaper til hagen?']);
  });
});
