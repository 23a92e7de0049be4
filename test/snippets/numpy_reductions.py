# Reductions NumPy users print: sums and means (pairwise summation), std, axis reductions.
import numpy as np

rng = np.random.default_rng(5)
a = rng.normal(size=(50, 7))
print(a.sum(), a.mean(), a.std(), a.var())
print(a.mean(axis=0))
print(a.sum(axis=1)[:5])
print(np.mean(a), np.std(a[:, 0]), np.median(a[:, 1]))
b = rng.integers(0, 100, size=1000)
print(b.sum(), b.mean(), b.max(), b.min(), np.sum(b))
print(np.round(a[:2], 2))
print(np.sqrt(np.arange(5)), np.exp(np.array([0.0, 1.0, -2.5])), np.log(np.array([1.0, 10.0, 0.5])))
print((a[:3, :3] * 2 + 1) / 3)
