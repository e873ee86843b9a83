/** A MongoDB connection string reduced to scheme and hosts, safe to log: no user, password, path or options. */
export function describeMongoUri(uri: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/)(.*)$/s.exec(uri.trim());
  if (!match) return '***';
  const [, scheme, rest = ''] = match;
  const beforeOptions = rest.split('?')[0] ?? '';
  const at = beforeOptions.lastIndexOf('@');
  const hosts = (at >= 0 ? beforeOptions.slice(at + 1) : beforeOptions).split('/')[0] ?? '';
  // A malformed string could leave part of a password where the hosts should be: show nothing then.
  return /^[A-Za-z0-9.,:[\]_-]+$/.test(hosts) ? `${scheme}${hosts}/` : '***';
}
