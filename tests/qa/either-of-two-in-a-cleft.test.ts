import { shown, verdict } from '../support/question-answering';

// «Er det Malvik eller Melhus som har rådmannen sin i samarbeidsrådet?», "Is it X or Y that …?", «… i Munkegata eller
// Bispegata?»: a question offering two choices asks which of them holds; the one that does is answered, without a yes
// or no the question did not ask for.

describe('either of two choices in a cleft', () => {
  it('answers with the choice that holds, whichever comes first', () => {
    for (const [q, name] of [
      ['Er det Levanger eller Verdal som har kommuneoverlegen sin med i samarbeidsrådet?', 'Aunsmo'],
      ['Er det Malvik eller Stjørdal som har med rådmannen sin i samarbeidsrådet?', 'Midttun'],
      ['Er det Hareid eller Ørsta som har ein prosjektleiar i samarbeidsrådet?', 'Haram Larsen'],
      ['Is it Oppdal or Lierne that has its chief executive on the council?', 'Fagerli'],
      ['Er det Line Kristoffersen eller May Liz Bjørnevik Tho som leder Opplæring?', 'Bjørnevik Tho'],
    ]) {
      const { text } = shown(q!);
      expect([q, verdict(q!), text]).toEqual([q, undefined, expect.stringContaining(name!)]);
    }
  });

  it('answers with the last of two choices that holds, names, figures or ordinals', () => {
    for (const [q, said] of [
      ['Holder prosjektorganisasjonen til i Munkegata eller Bispegata?', 'Bispegata'],
      ['Er kontorlokalene i andre eller tredje etasje?', '3. etasje'],
      ['Kjem leiaren av samarbeidsrådet frå Molde eller Kristiansund?', 'Kristiansund'],
      ['Does the regional health authority have to present its strategy in 2019 or 2018?', '2018'],
    ]) {
      const { text } = shown(q!);
      expect([q, verdict(q!), text]).toEqual([q, undefined, expect.stringContaining(said!)]);
    }
  });
});
