/**
 * New identifiers in PowerPoint's form, a braced upper-case GUID (`{0F6A…}`): section ids and
 * modern comment ids. Random (crypto.randomUUID), made once when the thing is made and kept in
 * the model, so saving the same deck twice writes the same ids and two decks never share one.
 */

/** A new random braced GUID. */
export function newBracedGuid(): string {
  const uuid = typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : fallbackUuid();
  return `{${uuid.toUpperCase()}}`;
}

function fallbackUuid(): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}
