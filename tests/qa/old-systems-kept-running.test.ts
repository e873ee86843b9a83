import { refuses, shown } from '../support/question-answering';

// «Drift og forvaltning av eksisterende journalsystemer fjernes»: asked whether the old systems are still to be run,
// the benefit that says they go away answers it.

describe('whether the old journal systems are still to be run', () => {
  it('answers with the benefit that says their operation goes away', () => {
    for (const q of [
      'Skal vi fortsette å drifte de gamle journalsystemene etter innføringen?',
      'Skal kommunen fortsatt drifte de gamle journalsystemene?',
      'Skal vi framleis drifte dei gamle journalsystema?',
    ])
      expect([q, shown(q).text.includes('journalsystemer fjernes')]).toEqual([q, true]);
  });

  it('says in English, as the page does, that their operation is removed', () => {
    for (const q of [
      'What happens with drift og forvaltning of the existing journal systems?',
      'Will the old record systems be removed?',
    ])
      expect([q, shown(q).text.includes('existing record systems is removed')]).toEqual([q, true]);
  });

  it('answers whether we get rid of them with the same benefit', () => {
    for (const q of [
      'Will we get rid of the old record systems?',
      'Blir vi kvitt de gamle journalsystemene?',
      'Blir me kvitt dei gamle journalsystema?',
    ])
      expect([q, /journalsystemer fjernes|record systems is removed/.test(shown(q).text)]).toEqual([q, true]);
  });

  it('says no to still running them and yes to their going away, with the benefit', () => {
    for (const [q, line] of <[string, string][]>[
      ['Skal kommunen fortsatt drifte de gamle journalsystemene?', 'Nei. Siden sier: «Drift og forvaltning'],
      ['Må vi fortsatt drifte dagens journalsystemer?', 'Nei. Siden sier: «Drift og forvaltning'],
      [
        'Will we still have to run the existing record systems?',
        'No. The page says: “Operation and maintenance',
      ],
      [
        'Forsvinner de gamle journalsystemene vi bruker i dag når Helseplattformen kommer?',
        'Ja. Siden sier: «Drift og forvaltning',
      ],
      ['Slepp vi å drifte dei gamle journalsystema våre?', 'Ja. Sida seier: «Drift og forvaltning'],
      ['Slipper vi å drifte de gamle journalsystemene?', 'Ja. Siden sier: «Drift og forvaltning'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
    // Data moved from the platform to the old systems is the other direction of the line on migrating data.
    for (const q of [
      'Skal data fra Helseplattformen flyttes til gamle systemer?',
      'Will data from Helseplattformen be moved to the old systems?',
    ])
      expect([q, shown(q).answer.direct?.type]).not.toEqual([q, 'claimChecked']);
    expect(shown('Skal data fra systemene vi har i dag flyttes inn i Helseplattformen?').text).toContain(
      'Ja.',
    );
  });

  it('still refuses an everyday thing the asker goes on doing, or gets rid of', () => {
    refuses([
      'Kan jeg fortsette å spise lunsj i prosjektlokalene?',
      'Kan vi fortsatt parkere ved Bispegata?',
      'Will we get rid of the printers?',
      'Blir vi kvitt papirskjemaene?',
      'Forsvinner de gamle skrivebordene?',
      'Slepp vi å bruke Helseplattformen?',
    ]);
  });

  it('answers what happens to the running of the systems used today, however today is said', () => {
    for (const q of [
      'Hva skjer med driften av de journalsystemene vi bruker i dag?',
      'Hva skjer med driften av de gamle journalsystemene?',
      'Kva skjer med drifta av dei journalsystema vi brukar i dag?',
    ])
      expect([q, shown(q).text.includes('journalsystemer fjernes')]).toEqual([q, true]);
    // The platform itself, and other systems of today, are not the ones whose running goes away.
    expect(shown('Hva skjer med driften av Helseplattformen?').text.includes('journalsystemer fjernes')).toBe(
      false,
    );
    refuses(['Hva skjer med lønnssystemet vi bruker i dag?', 'Hva skjer med kantina vi bruker i dag?']);
  });
});

describe('what happens to the systems of today', () => {
  it('answers with the benefit that says their operation goes away, however they are called', () => {
    for (const q of [
      'hva skjer med de gamle journalsystemene vi har nå?',
      'Hva skjer med dagens journalsystemer?',
      'Kva skjer med dei gamle journalsystema?',
      'What happens to our existing record systems?',
      'Will we save on running our existing EHR systems?',
      'Hva skjer med EPJ-systemene vi har i dag?',
    ])
      expect([q, /journalsystemer fjernes|record systems is removed/.test(shown(q).text)]).toEqual([q, true]);
  });

  it('still refuses what the page does not say of them', () => {
    refuses(['Hvem leverer EPJ-systemet vi har i dag?', 'What does our current EHR system cost?']);
  });
});

describe('whether the systems of today are run on further', () => {
  it('says no with the benefit that says their operation goes away', () => {
    for (const q of [
      'Blir de eksisterende journalsystemene driftet og forvaltet videre etter innføringen av Helseplattformen?',
      'Skal vi drifte de gamle journalsystemene videre?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(/^Nei\. Siden sier: «Drift og forvaltning/),
      ]);
  });
});
