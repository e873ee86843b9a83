import { AppError } from '../errors';
import type { Change, FieldCondition, Filter, GroupFields, IndexSpec, Scalar, Sort } from './document-store';

/**
 * The embedded store's translation of the portable document-store surface (document-store.ts) into SQLite: one
 * table per collection with the `_id` and the document as JSON (SQLite's binary JSONB), and MongoDB's meaning for
 * every filter the repositories may write (query-guard.ts lists them):
 *
 * - `{ f: null }` matches a missing field as well as null; `$ne` and `$nin` match a missing field too;
 * - a comparison matches only values of the same kind (a number range never matches text, and the reverse);
 * - `true`/`false` are not the numbers 1/0 (SQLite's json_extract gives 1/0 for both, so the JSON type decides).
 *
 * JSON has no dates: a Date is kept as text that sorts by time, marked with a control character that no text from
 * outside can start with unmarked (see `toJson`), and read back as a Date.
 */

/** Parameter values bound to a statement. */
export type SqlValue = string | number | null;

export interface SqlPart {
  sql: string;
  params: SqlValue[];
}

const MARK = '\u0001';
const DATE = `${MARK}D`;
const ESCAPED = `${MARK}S`;

/** A string as stored: a Date as marked ISO text (which sorts by time), text that starts with the mark escaped. */
function encodeString(value: string | Date): string {
  if (value instanceof Date) return DATE + value.toISOString();
  return value.startsWith(MARK) ? ESCAPED + value : value;
}

function decodeString(value: string): string | Date {
  if (!value.startsWith(MARK)) return value;
  if (value.startsWith(DATE)) return new Date(value.slice(DATE.length));
  return value.slice(ESCAPED.length);
}

/** A document (or a value) as the JSON text the store keeps; undefined fields are left out, Dates marked. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, converted: unknown) {
    const raw = this[key];
    if (raw instanceof Date || (typeof raw === 'string' && raw.startsWith(MARK))) return encodeString(raw);
    return converted;
  });
}

/** The JSON text of `toJson` as the value it was made from. */
export function fromJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) =>
    typeof value === 'string' ? decodeString(value) : value,
  );
}

/** A table or index name: collection names are fixed identifiers (collections.ts); anything else is refused. */
export function identifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new AppError('BAD_INPUT', `Ugyldig navn på en samling i den innebygde databasen: «${name}».`);
  }
  return `"${name}"`;
}

/** A field's JSON path as an SQL literal: the same text in an index and a query, so SQLite uses the index. */
function pathLiteral(field: string): string {
  if (!/^[^"'\\$.]+(\.[^"'\\$.]+)*$/.test(field)) {
    throw new AppError('BAD_INPUT', `Ugyldig feltnavn i databasespørring: «${field}».`);
  }
  return `'$${field
    .split('.')
    .map((part) => `."${part}"`)
    .join('')}'`;
}

/** The SQL expression for a field's value (`_id` is a column of its own). */
export function valueOf(field: string): string {
  return field === '_id' ? '_id' : `json_extract(doc, ${pathLiteral(field)})`;
}

/** The SQL expression for a field's JSON type: null when it is missing, 'null' when it is null. */
export function typeOf(field: string): string {
  return field === '_id' ? `'text'` : `json_type(doc, ${pathLiteral(field)})`;
}

const NUMBER_TYPES = `('integer', 'real')`;

function equals(field: string, value: Scalar): SqlPart {
  const v = valueOf(field);
  if (value === null) return { sql: `${v} IS NULL`, params: [] };
  if (typeof value === 'boolean') {
    return { sql: `(${v} = ${value ? 1 : 0} AND ${typeOf(field)} = '${String(value)}')`, params: [] };
  }
  if (typeof value === 'number')
    return { sql: `(${v} = ? AND ${typeOf(field)} IN ${NUMBER_TYPES})`, params: [value] };
  return { sql: `${v} = ?`, params: [encodeString(value)] };
}

function among(field: string, values: Scalar[]): SqlPart {
  const v = valueOf(field);
  const parts: SqlPart[] = [];
  const texts = values.filter((x): x is string | Date => typeof x === 'string' || x instanceof Date);
  if (texts.length > 0) {
    parts.push({ sql: `${v} IN (${texts.map(() => '?').join(', ')})`, params: texts.map(encodeString) });
  }
  const numbers = values.filter((x): x is number => typeof x === 'number');
  if (numbers.length > 0) {
    parts.push({
      sql: `(${v} IN (${numbers.map(() => '?').join(', ')}) AND ${typeOf(field)} IN ${NUMBER_TYPES})`,
      params: numbers,
    });
  }
  for (const x of new Set(values.filter((x) => x === null || typeof x === 'boolean')))
    parts.push(equals(field, x));
  return parts.length === 0 ? { sql: '0', params: [] } : joinParts(parts, ' OR ');
}

const COMPARISONS = { $lt: '<', $lte: '<=', $gt: '>', $gte: '>=' } as const;

function compare(field: string, op: keyof typeof COMPARISONS, value: Scalar): SqlPart {
  const v = valueOf(field);
  const sign = COMPARISONS[op];
  // MongoDB: null is only "equal" to null (and missing); nothing is less or greater than it.
  if (value === null) return op === '$lte' || op === '$gte' ? equals(field, null) : { sql: '0', params: [] };
  if (typeof value === 'boolean') {
    return { sql: `(${typeOf(field)} IN ('true', 'false') AND ${v} ${sign} ${value ? 1 : 0})`, params: [] };
  }
  if (typeof value === 'number') {
    return { sql: `(${v} ${sign} ? AND ${typeOf(field)} IN ${NUMBER_TYPES})`, params: [value] };
  }
  return { sql: `(${v} ${sign} ? AND ${typeOf(field)} = 'text')`, params: [encodeString(value)] };
}

/** NOT for a condition that may be NULL (a missing field): a missing field does not match, so its negation does. */
function not(part: SqlPart): SqlPart {
  return { sql: `NOT coalesce(${part.sql}, 0)`, params: part.params };
}

function joinParts(parts: SqlPart[], glue: ' AND ' | ' OR '): SqlPart {
  if (parts.length === 1) return parts[0]!;
  return { sql: `(${parts.map((p) => p.sql).join(glue)})`, params: parts.flatMap((p) => p.params) };
}

function condition(field: string, cond: FieldCondition): SqlPart[] {
  const parts: SqlPart[] = [];
  for (const [op, operand] of Object.entries(cond) as [keyof FieldCondition, unknown][]) {
    if (operand === undefined) continue;
    switch (op) {
      case '$in':
        parts.push(among(field, operand as Scalar[]));
        break;
      case '$nin':
        parts.push(not(among(field, operand as Scalar[])));
        break;
      case '$ne':
        parts.push(not(equals(field, operand as Scalar)));
        break;
      case '$exists':
        parts.push({ sql: `${typeOf(field)} IS ${operand ? 'NOT ' : ''}NULL`, params: [] });
        break;
      default:
        parts.push(compare(field, op, operand as Scalar));
    }
  }
  return parts;
}

const isScalar = (value: unknown): value is Scalar =>
  value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value);

/** A filter as an SQL condition ('1' for the empty filter). The filter has passed assertSafeFilter. */
export function where(filter: Filter): SqlPart {
  const parts: SqlPart[] = [];
  for (const [field, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (field === '$or') {
      const alternatives = (value as Filter[]).map(where);
      parts.push(alternatives.length === 0 ? { sql: '0', params: [] } : joinParts(alternatives, ' OR '));
    } else if (isScalar(value)) {
      parts.push(equals(field, value));
    } else {
      parts.push(...condition(field, value as FieldCondition));
    }
  }
  return parts.length === 0 ? { sql: '1', params: [] } : joinParts(parts, ' AND ');
}

/** ORDER BY for a sort ('' for none). Missing and null come first ascending, as in MongoDB. */
export function orderBy(sort: Sort | undefined): string {
  const keys = Object.entries(sort ?? {});
  if (keys.length === 0) return '';
  return ` ORDER BY ${keys.map(([field, dir]) => `${valueOf(field)} ${dir === -1 ? 'DESC' : 'ASC'}`).join(', ')}`;
}

/** The new document expression of an update: fields removed, then fields set (each value as JSON). */
export function changed(change: Change): SqlPart | undefined {
  const set = Object.entries(change.set ?? {}).filter(([, v]) => v !== undefined);
  const unset = change.unset ?? [];
  if (set.length === 0 && unset.length === 0) return undefined;
  let sql = 'doc';
  if (unset.length > 0) sql = `jsonb_remove(${sql}, ${unset.map(pathLiteral).join(', ')})`;
  if (set.length > 0) sql = `jsonb_set(${sql}, ${set.map(([k]) => `${pathLiteral(k)}, json(?)`).join(', ')})`;
  return { sql, params: set.map(([, v]) => toJson(v)) };
}

/** CREATE INDEX for an index spec, on the same expressions the queries use. */
export function createIndex(spec: IndexSpec): string {
  const name = identifier(`${spec.collection}__${spec.name}`);
  const keys = Object.entries(spec.key)
    .map(([field, dir]) => `${valueOf(field)}${dir === -1 ? ' DESC' : ''}`)
    .join(', ');
  return `CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${name} ON ${identifier(spec.collection)} (${keys})`;
}

/** The columns of a grouped count, each with its name: per field its value and JSON type, or whether it is there. */
export function groupColumns(fields: GroupFields): { sql: string; name: string }[] {
  return Object.entries(fields).flatMap(([field, how], i) =>
    how === 'present'
      ? [{ sql: `(${typeOf(field)} IS NOT NULL)`, name: `p${i}` }]
      : [
          { sql: valueOf(field), name: `v${i}` },
          { sql: typeOf(field), name: `t${i}` },
        ],
  );
}

/** A grouped value as the application sees it: missing and null as null, booleans and Dates as themselves. */
export function groupValue(value: unknown, type: unknown): unknown {
  if (type === null || type === 'null' || value === null || value === undefined) return null;
  if (type === 'true') return true;
  if (type === 'false') return false;
  if (type === 'object' || type === 'array') return fromJson(String(value));
  return typeof value === 'string' ? decodeString(value) : value;
}
