# The subset in one place: statements, builtins, f-string specs, and the NumPy subset.
import numpy as np
import numpy.random as npr
from numpy.random import default_rng as mk
import random as rnd
import math, statistics as st

def f(a, b=2, *, c=3):
    return a + b * c
print(f(1), f(1, 3), f(1, c=10), f(a=2, b=1))
scale = 10
def g(x):
    return x * scale
print(list(map(g, [1, 2])), list(filter(lambda v: v % 2, range(7))))
try:
    raise ValueError("bad")
except (TypeError, ValueError) as e:
    print("caught", e)
else:
    print("no")
finally:
    print("fin")
try:
    assert 1 == 2, "nope"
except AssertionError as e:
    print(repr(e))
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)}, [i * i for i in range(5) if i])
if __name__ == "__main__":
    print("main")
v = 1234567.891
print(f"{v:.3f} {v:>15,.2f} {'s'!r} {v:e} {42:08d} {0.5:%} {-3:+d} {'x':^5}|")
print(1, 2, sep="-", end="!\n")
print(len([1]), sum([1.5, 2]), min(3, 1), max([4, 9]), abs(-2), round(2.675, 2), round(7.5), sorted([3, 1], reverse=True), list(reversed((1, 2))))
print(tuple([1]), dict(a=1), set([1, 1]), int("7"), float("1e3"), str(3), bool(0), list(enumerate("ab", 1)), any([0, 1]), all([]))
print(isinstance(1, int), isinstance(1.0, (int, float)), type(np.arange(2)).__name__, type(1.0).__name__)
x = np.arange(12).reshape(3, 4)
print(x.shape, x.ndim, x.size, x.dtype, x.T.shape if hasattr(x, 'T') else None)
print(x.astype(float) / 2, x.tolist(), x.copy()[0])
print(x.sum(axis=0), x.mean(axis=1), x.std(), x.var(axis=0), x.min(), x.max(axis=1), x.argmin(), x.argmax(axis=0), x.cumsum(axis=1))
y = np.array([3.14159, -2.71828, 1.5])
print(y.round(2), np.sort(y), y.argsort(), np.unique([3, 1, 3, 2]), (y > 0).all(), (y > 0).any())
print(np.linspace(0, 1, 5), np.zeros(3), np.ones((2, 2), dtype=int), np.full(3, 7.0), np.empty_like(x).shape)
print(np.concatenate([y, y]), np.stack([y, y]), np.where(y > 0, y, 0), np.sqrt(4.0), np.exp([0, 1]), np.log(np.e), np.abs(y), np.floor(y), np.ceil(y))
print(np.isclose(0.1 + 0.2, 0.3), np.allclose(y, y + 1e-12), np.array_equal(y, y), np.percentile(y, 50), np.median(x), np.percentile(x, [25, 75]))
print(np.histogram([1, 2, 2, 3, 5], bins=3), np.bincount([0, 1, 1, 4]))
np.set_printoptions(precision=3, suppress=True)
print(np.array([1e-10, 1.23456789, 1000.5]))
np.set_printoptions(threshold=5, linewidth=40)
print(np.arange(20.0))
print(x + np.array([1, 2, 3, 4]), x > 5, x == x.T.T if hasattr(x, 'T') else None)
print(st.mean([1, 2, 3]), math.floor(2.5), math.pi)
print(npr.RandomState(0).rand(2), mk(0).random(2), rnd.Random(1).random())
