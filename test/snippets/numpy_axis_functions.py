# NumPy's reductions, sorts and cumulative sums along axes, on arrays large enough that the
# summation order (pairwise along contiguous runs, in order across rows) shows in the digits.
import numpy as np
rng = np.random.default_rng(5)
m = rng.standard_normal((40, 30))
print(repr(m.sum()), repr(m.sum(axis=0)[:3]), repr(m.sum(axis=1)[:3]), repr(m.mean(axis=0)[-2:]))
print(repr(m.var()), repr(m.std(axis=0)[:2]), repr(m.var(axis=1, ddof=1)[:2]), m.std(ddof=1))
print(m.min(axis=0)[:3], m.max(axis=1)[:3], m.argmin(axis=0)[:5], m.argmax(axis=1)[:5], m.argmax())
print(np.cumsum(m, axis=0)[-1, :3], m.cumsum(axis=1)[0, -3:], np.cumsum(m)[-1])
t = rng.integers(0, 10, size=(3, 4, 5))
print(t.sum(axis=1), t.sum(axis=(0)) if True else 0, t.max(axis=2), t.mean(axis=0))
print(np.sort(t, axis=0)[:, 0], np.sort(t)[0], np.sort(t, axis=None)[:10], t.argsort(axis=1)[0])
print(repr(np.unique(t)), repr((t > 5).any(axis=0)), repr((t > 5).all()), repr(t.any()), repr(np.all(t >= 0, axis=2)))
print(repr(np.median(m)), repr(np.median(t, axis=1)), np.amin(t), np.amax(m))
z = m.copy()
z.sort(axis=0)
print(z[:2, :3])
u = np.array([3, 1, 2])
u.sort()
print(u, repr(np.sum([1, 2, 3])), repr(np.mean([1, 2])), repr(np.max([1.5, 2])), repr(np.argmax([1, 5, 2])))
big = rng.random(100000)
print(repr(big.sum()), repr(big.mean()), repr(big.std()), repr(big.var()))
ints = rng.integers(0, 100, 20000)
print(repr(ints.mean()), repr(ints.std()), repr(ints.sum()))
print(repr(np.sum(m, axis=0).sum()))
b = rng.random((3, 3)) > 0.5
print(repr(b.sum()), repr(b.mean()), b.sum(axis=0))

# An axis must be an int.
a = np.zeros((2, 3))
for f in [lambda: a.sum(axis=3.5), lambda: np.sum(a, axis=1.0), lambda: a.mean(axis='x'), lambda: a.sum(axis=[0]), lambda: a.max(axis=None), lambda: np.argmax(a, axis=0.5), lambda: a.sum(axis=np.int64(1)), lambda: round(2.5, np.array([True])[0]), lambda: round(2.5, np.int64(0))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
