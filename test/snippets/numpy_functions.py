# NumPy functions snippets use beside numpy.random.
import numpy as np

rng = np.random.default_rng(11)
a = rng.integers(0, 6, size=20)
print(np.unique(a), np.bincount(a), np.sort(a), np.argsort(a[:6]))
print(np.cumsum(a[:8]), np.concatenate([a[:3], a[-3:]]), np.where(a > 3, 1, 0))
x = rng.normal(size=200)
print(np.percentile(x, 50), np.percentile(x, [5, 95]), np.median(x))
counts, edges = np.histogram(x, bins=5)
print(counts, edges)
print(np.count_nonzero(x > 0), np.isclose(0.1 + 0.2, 0.3), np.any(x > 3), np.all(x < 10))
print((x > 0) & (x < 1), np.abs(x[:3]), np.maximum(x[:3], 0), np.clip(x[:4], -0.5, 0.5))
b = np.stack([a[:3], a[3:6]])
print(b, b.T, b.shape, b.ndim, b.size, b.dtype, len(b))
print(np.linspace(0, 1, 5), np.arange(10)[::3], np.ones(3) * 2.5)
print({int(v) for v in a}, {k: int(k) ** 2 for k in range(4)}, sum(v * v for v in range(5)))
print("%d draws, mean %.3f" % (len(x), x.mean()), "%s|%5.2f|%-4d|" % ("ok", 3.14159, 7))

# Shapes: each dimension must be an int, with NumPy's and Python's errors otherwise.
rng = np.random.default_rng(0)
for f in [lambda: np.zeros(([1, 2], 4)), lambda: np.zeros((None, 4)), lambda: np.ones((2.5, 1)), lambda: np.zeros('a'), lambda: np.full((2, [1]), 1),
          lambda: rng.standard_normal(([1], 2)), lambda: rng.random((None, 2)), lambda: np.random.rand(2, [1]), lambda: np.zeros((2, -1)), lambda: np.zeros((np.int64(2), 1))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# reshape: int dimensions, one -1 that must divide evenly, NumPy 2's message.
a = np.arange(12)
for f in [lambda: a.reshape(([1], 4)), lambda: a.reshape((3, 4.0)), lambda: a.reshape([3, 4]).shape, lambda: a.reshape(2, -1).shape, lambda: a.reshape((np.int64(6), 2)).shape, lambda: a.reshape(5, 2), lambda: a.reshape(5), lambda: a.reshape(7, -1), lambda: a.reshape(-1, -1), lambda: a.reshape(0, -1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
