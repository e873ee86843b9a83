// Every function here runs in one pass over its input (indexOf and a linear scan, no backtracking regular
// expression), so a message of 100 kB of '<' or '@' costs what a message of 100 kB of letters costs.

/** How many @mentions of a message are looked at; Teams sends a handful, a crafted activity may send thousands. */
export const MAX_MENTIONS = 20;

const AT_OPEN = /<at>/gi;
const AT_CLOSE = /<\/at>/gi;

/**
 * The text of a Teams message as plain words: `<at>…</at>` mentions and other tags removed, `&nbsp;` as a
 * space, white space collapsed. Linear in the length of the text whatever it contains.
 */
export function plainText(markup: string): string {
  return collapseWhiteSpace(removeTags(removeAtMentions(markup)).replaceAll('&nbsp;', ' '));
}

/** Removes `<at>name</at>`: each opening tag with its closing one; an opening tag without one stays for removeTags. */
function removeAtMentions(text: string): string {
  let result = '';
  let position = 0;
  AT_OPEN.lastIndex = 0;
  for (;;) {
    const open = AT_OPEN.exec(text);
    if (!open) break;
    AT_CLOSE.lastIndex = open.index + open[0].length;
    const close = AT_CLOSE.exec(text);
    if (!close) break;
    result += `${text.slice(position, open.index)} `;
    position = close.index + close[0].length;
    AT_OPEN.lastIndex = position;
  }
  return result + text.slice(position);
}

/** Removes `<…>` tags (at least one character inside); once no `>` follows a `<`, no tag can follow either. */
function removeTags(text: string): string {
  let result = '';
  let position = 0;
  let open = text.indexOf('<');
  while (open !== -1) {
    const close = text.indexOf('>', open + 1);
    if (close === -1) break;
    // "<>" is not a tag: look again from the next '<'.
    if (close === open + 1) {
      open = text.indexOf('<', open + 1);
      continue;
    }
    result += `${text.slice(position, open)} `;
    position = close + 1;
    open = text.indexOf('<', position);
  }
  return result + text.slice(position);
}

/**
 * A copy of a piece of a longer text that does not keep the longer text alive: V8 represents a slice as a view
 * into its parent string, so 1000 characters kept from a 200 kB message would keep all 200 kB. Used for every
 * piece of user text that outlives its turn (caches, stored questions). UTF-16 in and out, so nothing changes.
 */
export function ownCopy(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

/** Every run of white space as one space, trimmed. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
