/** NumPy's `size` argument: None (a scalar result), an int, or a sequence of ints (a shape). */
import { PyError, typeError } from './errors';
import { isNone, isPyInt, pyRepr } from './seed';

export type Size = number | bigint | readonly (number | bigint)[] | null | undefined;

/** The shape `size` asks for, or null when size is None. */
export function shapeOf(size: Size): number[] | null {
  if (isNone(size)) return null;
  const dims = Array.isArray(size) ? size : [size];
  const shape: number[] = [];
  for (const d of dims as readonly unknown[]) {
    if (!isPyInt(d)) {
      throw typeError(`'${typeof d === 'number' ? 'float' : pyRepr(d)}' object cannot be interpreted as an integer`);
    }
    if (d < 0) throw new PyError('ValueError', 'negative dimensions are not allowed');
    shape.push(Number(d));
  }
  return shape;
}
