/**
 * NumPy views, by write-through. Basic slicing, reshape, ravel and .T give views in NumPy: a
 * write through one shows in the original and the other way round. The engine's arrays own their
 * data, so each view remembers its base and, per element, the base position it mirrors; after any
 * write the change is carried up to the base and down to the other live views.
 */
import { NDArray } from '../../core/ndarray';
import { isNDArray } from './values';

interface Link { readonly base: NDArray; readonly positions: Float64Array }

const BASE_OF = new WeakMap<NDArray, Link>();
const VIEWS_OF = new WeakMap<NDArray, Set<WeakRef<NDArray>>>();

/** Records that `view` element i mirrors `base` element positions[i]. Returns the view. */
export function linkView(view: NDArray, base: NDArray, positions: Float64Array): NDArray {
  BASE_OF.set(view, { base, positions });
  let set = VIEWS_OF.get(base);
  if (!set) VIEWS_OF.set(base, (set = new Set()));
  set.add(new WeakRef(view));
  return view;
}

/** A view with the same elements in the same order (reshape, ravel). */
export function linkSameOrder(view: NDArray, base: NDArray): NDArray {
  return linkView(view, base, Float64Array.from({ length: base.data.length }, (_, i) => i));
}

type Cells = { [i: number]: number | bigint };

/** Carries a write into `a` to every array sharing its memory in NumPy. */
export function written(a: unknown): void {
  if (!isNDArray(a as never)) return;
  const seen = new Set<NDArray>([a as NDArray]);
  const queue: NDArray[] = [a as NDArray];
  while (queue.length) {
    const x = queue.shift()!;
    const link = BASE_OF.get(x);
    if (link && !seen.has(link.base)) {
      const dst = link.base.data as unknown as Cells, src = x.data as unknown as Cells;
      for (let i = 0; i < link.positions.length; i++) dst[link.positions[i]] = src[i];
      seen.add(link.base);
      queue.push(link.base);
    }
    const views = VIEWS_OF.get(x);
    if (!views) continue;
    for (const ref of views) {
      const v = ref.deref();
      if (!v) { views.delete(ref); continue; }
      if (seen.has(v)) continue;
      const { positions } = BASE_OF.get(v)!;
      const dst = v.data as unknown as Cells, src = x.data as unknown as Cells;
      for (let i = 0; i < positions.length; i++) dst[i] = src[positions[i]];
      seen.add(v);
      queue.push(v);
    }
  }
}
