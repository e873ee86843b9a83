/** Every action of a card (buttons, also those inside ActionSets and containers); `data` is not searched. */
export function actionsOf(card: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown, inActions: boolean): void => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, inActions));
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (inActions && typeof o.type === 'string' && o.type.startsWith('Action.')) out.push(o);
      for (const [key, value] of Object.entries(o)) if (key !== 'data') walk(value, key === 'actions');
    }
  };
  walk(card, false);
  return out;
}

/** Every string a reader sees on a card, joined, for "does the user see this" checks. */
export function textOf(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') out.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object')
      Object.entries(node).forEach(([k, v]) => k !== 'data' && walk(v));
  };
  walk(card);
  return out.join('\n');
}
