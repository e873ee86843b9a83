import { AppError } from '../errors';
import type { Filter, Scalar } from './document-store';

/**
 * Keeps input from outside from ever becoming a query or update operator. Values are checked where they enter a
 * filter (`scalar`), and every filter and document is checked once more before it reaches the store.
 */

const allowedConditions = new Set(['$in', '$nin', '$ne', '$lt', '$lte', '$gt', '$gte', '$exists']);

function reject(what: string): never {
  throw new AppError(
    'BAD_INPUT',
    `Ugyldig verdi i databasespørring: ${what}. Bare tekst, tall, sann/usann og datoer er lov.`,
  );
}

function isScalar(value: unknown): value is Scalar {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    (value instanceof Date && !Number.isNaN(value.getTime()))
  );
}

/** Returns the value when it is a plain scalar (never an object such as `{ $ne: null }`); throws BAD_INPUT otherwise. */
export function scalar<T>(value: T): T & Scalar {
  if (!isScalar(value)) reject(typeof value === 'object' ? 'et objekt' : typeof value);
  return value as T & Scalar;
}

function assertCondition(field: string, condition: object): void {
  for (const [op, operand] of Object.entries(condition)) {
    if (!allowedConditions.has(op)) reject(`operatoren ${op} på ${field}`);
    if (op === '$exists') {
      if (typeof operand !== 'boolean') reject(`$exists på ${field}`);
    } else if (op === '$in' || op === '$nin') {
      if (!Array.isArray(operand)) reject(`${op} på ${field}`);
      (operand as unknown[]).forEach((v) => scalar(v));
    } else {
      scalar(operand);
    }
  }
}

/** Throws BAD_INPUT unless the filter uses only field names, scalars, the allowed conditions and `$or`. */
export function assertSafeFilter(filter: Filter): void {
  for (const [field, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (field === '$or') {
      if (!Array.isArray(value)) reject('$or');
      (value as Filter[]).forEach(assertSafeFilter);
      continue;
    }
    if (field.startsWith('$') || field.length === 0) reject(`feltnavnet «${field}»`);
    if (isScalar(value)) continue;
    if (
      typeof value !== 'object' ||
      Array.isArray(value) ||
      Object.getPrototypeOf(value) !== Object.prototype
    ) {
      reject(`verdien for ${field}`);
    }
    assertCondition(field, value);
  }
}

/** Throws BAD_INPUT when a document to store has a key that starts with `$` or contains a dot, at any depth. */
export function assertSafeDocument(doc: unknown, path = ''): void {
  if (Array.isArray(doc)) {
    doc.forEach((v, i) => assertSafeDocument(v, `${path}[${i}]`));
    return;
  }
  if (doc === null || typeof doc !== 'object' || doc instanceof Date) return;
  for (const [key, value] of Object.entries(doc)) {
    if (key.startsWith('$') || key.includes('.') || key.length === 0) reject(`feltnavnet «${path}${key}»`);
    assertSafeDocument(value, `${path}${key}.`);
  }
}
