/**
 * The order CPython 3.11 iterates a set in: its open-addressing table (setobject.c), replayed for
 * the elements in insertion order. Slot i = hash & mask, up to 9 linear probes, then
 * i = 5i + 1 + (perturb >>= 5); the table starts at 8 slots and grows to the smallest power of
 * two above 4 x used once 5 x fill reaches 3 x mask. Hashes are Python's for ints (x mod 2^61 - 1,
 * -1 -> -2), which also covers bools and integral floats; null for any other element (a str's
 * hash is randomized per process, so no order is reproducible for it).
 */
const P = (1n << 61n) - 1n;
const LINEAR_PROBES = 9;
const MASK64 = (1n << 64n) - 1n;

/** Python's hash() of an int-valued element, or null when the engine cannot know it. */
export function intHash(v: unknown): bigint | null {
  let x: bigint;
  if (typeof v === 'bigint') x = v;
  else if (typeof v === 'boolean') x = v ? 1n : 0n;
  else if (typeof v === 'number' && Number.isInteger(v)) x = BigInt(v);
  else return null;
  const m = (x < 0n ? -x : x) % P;
  const h = x < 0n ? -m : m;
  return h === -1n ? -2n : h;
}

/** The elements (in insertion order, with their hashes) in CPython's iteration order. */
export function cpythonSetOrder<T>(items: ReadonlyArray<{ value: T; hash: bigint }>): T[] {
  let table: Array<{ value: T; hash: bigint } | null> = new Array(8).fill(null);
  let used = 0;
  const place = (tab: typeof table, e: { value: T; hash: bigint }): void => {
    const mask = BigInt(tab.length - 1);
    let perturb = BigInt.asUintN(64, e.hash);
    let i = BigInt.asUintN(64, e.hash) & mask;
    for (;;) {
      const probes = i + BigInt(LINEAR_PROBES) <= mask ? LINEAR_PROBES : 0;
      for (let k = 0; k <= probes; k++) {
        const at = Number(i) + k;
        if (tab[at] === null) { tab[at] = e; return; }
      }
      perturb >>= 5n;
      i = ((i * 5n + 1n + perturb) & MASK64) & mask;
    }
  };
  for (const e of items) {
    place(table, e);
    used++;
    const mask = table.length - 1;
    if (used * 5 >= mask * 3) {
      let size = 8;
      const minused = used > 50000 ? used * 2 : used * 4;
      while (size <= minused) size <<= 1;
      const next: typeof table = new Array(size).fill(null);
      for (const old of table) if (old) place(next, old);
      table = next;
    }
  }
  return table.filter((e): e is { value: T; hash: bigint } => e !== null).map((e) => e.value);
}
