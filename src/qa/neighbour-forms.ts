/**
 * "Gäller det också flyktningehälsotjänsten?", "Hvem har kommunikationsansvaret?", "i kommunerna": a Swedish or
 * Danish spelling of a word, inside a word the bot does not know, read as the Norwegian word when that is one the
 * knowledge base (or the language) has. The parts of `parts` (lower case, with ä and ö) are replaced first, then the
 * spellings that follow a rule: Danish op- for opp-, ä for e, ö for ø, -(k)tion for -(k)sjon, Danish ej for ei and
 * -skab for -skap, the Swedish plural -orna/-erna/-arna for -ene.
 */
export function neighbourSpelling(
  word: string,
  parts: readonly (readonly [string, string])[],
  known: (written: string) => boolean,
): string | undefined {
  const lower = word.toLowerCase();
  let out = lower;
  for (const [from, to] of parts) if (out.includes(from)) out = out.split(from).join(to);
  out = out
    .replace(/^op(?=[^p])/, 'opp')
    .replace(/ä/g, 'e')
    .replace(/ö/g, 'ø')
    .replace(/ktion/g, 'ksjon')
    .replace(/tion/g, 'sjon')
    .replace(/ej/g, 'ei')
    .replace(/skab(?=$|et|er)/, 'skap')
    .replace(/(?:or|er|ar)na$/, 'ene');
  return out !== lower && known(out) ? out : undefined;
}
