/**
 * Renders an Adaptive Card as text for the console chat (`npm run chat`), the way Teams shows it: {{DATE()}} and
 * {{TIME()}} expanded in the reader's time zone, the card's Markdown as terminal bold/italic (or plain), choice sets
 * as numbered options, and each button once, numbered. Pure: the chat keeps the numbering across cards and sends
 * what the user picks.
 */
import MarkdownIt from 'markdown-it';

/** A button the user can press with `/n`. */
export interface ChatButton {
  type: 'Action.Submit' | 'Action.Execute';
  title: string;
  data?: Record<string, unknown>;
  verb?: string;
}

/** An input field the user fills with `/n felt=verdi`. */
export interface ChatInput {
  id: string;
  type: string;
  /** Choice sets: the options in the order shown (1, 2, …). */
  choices?: { title: string; value: string }[];
}

export interface RenderedCard {
  lines: string[];
  buttons: ChatButton[];
  inputs: ChatInput[];
}

export interface RenderOptions {
  /** ANSI bold/italic/dim (a terminal); plain text otherwise. */
  color?: boolean;
  /** Number of the first button on this card (the chat numbers buttons across the conversation). */
  firstButton?: number;
  locale?: string;
  /** Time zone for {{DATE}}/{{TIME}}; default the machine's, as Teams uses the device's. */
  timeZone?: string;
}

const ANSI = { bold: ['\x1b[1m', '\x1b[22m'], italic: ['\x1b[3m', '\x1b[23m'], dim: ['\x1b[2m', '\x1b[22m'] };

// Adaptive Cards' Markdown: emphasis, lists, links and paragraphs; nothing else (a "#" or a backtick shows as
// written).
const markdown = new MarkdownIt('zero', { html: false, linkify: false, breaks: true }).enable([
  'paragraph',
  'list',
  'emphasis',
  'escape',
  'link',
  'newline',
  'text',
]);

/** Expands the Adaptive Cards date/time functions, e.g. {{DATE(2025-03-07T15:00:00Z, SHORT)}} and {{TIME(…)}}. */
export function expandDateTime(
  text: string,
  options: Pick<RenderOptions, 'locale' | 'timeZone'> = {},
): string {
  const locale = options.locale ?? 'nb-NO';
  return text.replace(
    /\{\{(DATE|TIME)\(\s*([^,)\s]+)\s*(?:,\s*(SHORT|LONG|COMPACT)\s*)?\)\}\}/g,
    (whole, fn: string, iso: string, style: string | undefined) => {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return whole;
      const zone = { timeZone: options.timeZone };
      if (fn === 'TIME')
        return new Intl.DateTimeFormat(locale, { ...zone, hour: '2-digit', minute: '2-digit' }).format(date);
      const format: Intl.DateTimeFormatOptions =
        style === 'LONG'
          ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
          : style === 'SHORT'
            ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }
            : { day: '2-digit', month: '2-digit', year: 'numeric' };
      return new Intl.DateTimeFormat(locale, { ...zone, ...format }).format(date);
    },
  );
}

/** Renders a TextBlock's Markdown for a terminal: bold and italic as ANSI (or plain), links as "text (url)". */
export function renderMarkdown(text: string, color = false): string {
  const style = (name: keyof typeof ANSI, open: boolean) => (color ? ANSI[name][open ? 0 : 1] : '');
  const out: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  const hrefs: string[] = [];
  let line = '';
  const flush = () => {
    if (line !== '') out.push(line);
    line = '';
  };
  for (const token of markdown.parse(text, {})) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        flush();
        lists.push({ ordered: token.type === 'ordered_list_open', n: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        flush();
        lists.pop();
        break;
      case 'list_item_open': {
        flush();
        const list = lists[lists.length - 1];
        const indent = '  '.repeat(Math.max(0, lists.length - 1));
        line = list?.ordered ? `${indent}${list.n++}. ` : `${indent}• `;
        break;
      }
      case 'paragraph_close':
        if (lists.length === 0) flush();
        break;
      case 'inline':
        for (const child of token.children ?? []) {
          if (child.type === 'text') line += child.content;
          else if (child.type === 'strong_open' || child.type === 'strong_close')
            line += style('bold', child.type === 'strong_open');
          else if (child.type === 'em_open' || child.type === 'em_close')
            line += style('italic', child.type === 'em_open');
          else if (child.type === 'link_open') hrefs.push(String(child.attrGet('href') ?? ''));
          else if (child.type === 'link_close') {
            const href = hrefs.pop();
            if (href && !line.endsWith(href)) line += ` (${href})`;
          } else if (child.type === 'softbreak' || child.type === 'hardbreak') {
            flush();
          }
        }
        break;
      default:
        break;
    }
  }
  flush();
  return out.join('\n');
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const nodes = (v: unknown): Node[] => (Array.isArray(v) ? v.filter(isNode) : []);

/** Renders a card: its text in order, inputs where they stand, buttons numbered from options.firstButton. */
export function renderCard(card: unknown, options: RenderOptions = {}): RenderedCard {
  const color = options.color ?? false;
  const dim = (s: string) => (color ? `${ANSI.dim[0]}${s}${ANSI.dim[1]}` : s);
  const bold = (s: string) => (color ? `${ANSI.bold[0]}${s}${ANSI.bold[1]}` : s);
  const result: RenderedCard = { lines: [], buttons: [], inputs: [] };
  const text = (raw: unknown) => renderMarkdown(expandDateTime(String(raw ?? ''), options), color);
  const plain = (raw: unknown) => expandDateTime(String(raw ?? ''), options);
  let next = options.firstButton ?? 1;

  const action = (a: Node, indent: string): void => {
    const title = plain(a.title);
    if ((a.type === 'Action.Submit' || a.type === 'Action.Execute') && a.isEnabled === false) {
      // Teams shows a disabled button greyed out and does not send it (the preview's "Bekreft lest").
      result.lines.push(dim(`${indent}[–] ${title} (ikke aktiv)`));
    } else if (a.type === 'Action.Submit' || a.type === 'Action.Execute') {
      result.buttons.push({
        type: a.type,
        title,
        data: isNode(a.data) ? a.data : undefined,
        verb: typeof a.verb === 'string' ? a.verb : undefined,
      });
      result.lines.push(`${indent}[/${next++}] ${title}`);
    } else if (a.type === 'Action.OpenUrl') {
      result.lines.push(`${indent}↗ ${title}: ${String(a.url ?? '')}`);
    } else if (a.type === 'Action.ShowCard' && isNode(a.card)) {
      result.lines.push(`${indent}▸ ${title}`);
      element(a.card, `${indent}  `);
    }
  };

  const element = (e: Node, indent: string): void => {
    if (e.isVisible === false) return;
    const push = (s: string) => {
      for (const l of s.split('\n')) result.lines.push(`${indent}${l}`);
    };
    switch (e.type) {
      case 'AdaptiveCard':
        nodes(e.body).forEach((b) => element(b, indent));
        nodes(e.actions).forEach((a) => action(a, indent));
        return;
      case 'TextBlock': {
        const t = text(e.text);
        if (!t) return;
        if (e.weight === 'Bolder' || e.style === 'heading') push(bold(t));
        else if (e.isSubtle === true) push(dim(t));
        else push(t);
        return;
      }
      case 'RichTextBlock':
        push(
          nodes(e.inlines)
            .map((i) => plain(i.text))
            .join(''),
        );
        return;
      case 'FactSet':
        for (const f of nodes(e.facts)) push(`${text(f.title)}: ${text(f.value)}`);
        return;
      case 'Image':
        if (typeof e.altText === 'string' && e.altText) push(dim(`[bilde: ${e.altText}]`));
        return;
      case 'Container':
        nodes(e.items).forEach((i) => element(i, indent));
        return;
      case 'ColumnSet':
        nodes(e.columns).forEach((c) => nodes(c.items).forEach((i) => element(i, indent)));
        return;
      case 'Table':
        for (const row of nodes(e.rows)) {
          const cells = nodes(row.cells).map((c) => {
            const inner = renderCard(
              { type: 'AdaptiveCard', body: c.items },
              { ...options, firstButton: next },
            );
            return inner.lines.join(' ').trim();
          });
          push(cells.join(' | '));
        }
        return;
      case 'ActionSet':
        nodes(e.actions).forEach((a) => action(a, indent));
        return;
      case 'Input.ChoiceSet': {
        const id = String(e.id ?? '');
        const choices = nodes(e.choices).map((c) => ({
          title: plain(c.title),
          value: String(c.value ?? ''),
        }));
        result.inputs.push({ id, type: 'ChoiceSet', choices });
        const chosen = String(e.value ?? '').split(',');
        const how = e.isMultiSelect === true ? 'ett eller flere numre, med komma' : 'ett nummer';
        push(`${text(e.label ?? id)} ${dim(`(felt ${id}=…, ${how})`)}`);
        choices.forEach((c, i) =>
          push(`  ${i + 1}) ${c.title}${chosen.includes(c.value) ? dim(' (valgt)') : ''}`),
        );
        return;
      }
      default:
        if (typeof e.type === 'string' && e.type.startsWith('Input.') && typeof e.id === 'string') {
          const kind = e.type.slice('Input.'.length);
          result.inputs.push({ id: e.id, type: kind });
          const label = e.label ?? e.title ?? e.placeholder ?? e.id;
          const value = e.value !== undefined && e.value !== '' ? `, nå «${plain(e.value)}»` : '';
          push(`${text(label)} ${dim(`(felt ${e.id}=…${kind === 'Toggle' ? ' true/false' : ''}${value})`)}`);
        }
    }
  };

  if (isNode(card)) element(card.type ? card : { ...card, type: 'AdaptiveCard' }, '');
  return result;
}

/**
 * The values to submit for what the user typed: a choice set's option numbers ("2", or "1,3" for a multi-select)
 * become the option values; anything else is passed as written.
 */
export function inputValues(inputs: ChatInput[], typed: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, raw] of Object.entries(typed)) {
    const choices = inputs.find((i) => i.id === id)?.choices;
    out[id] = choices
      ? raw
          .split(',')
          .map((part) => {
            const n = Number(part.trim());
            return Number.isInteger(n) && n >= 1 && n <= choices.length ? choices[n - 1]!.value : part.trim();
          })
          .join(',')
      : raw;
  }
  return out;
}
