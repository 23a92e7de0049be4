# In-place updates reach every name bound to the same array or list, as in Python.
import numpy as np

rng = np.random.default_rng(8)
a = rng.integers(0, 10, 5)
alias = a
a += 1
a *= 2
print(a, alias, a is alias)
m = np.zeros((2, 3))
m[0] += 1.5
m[:, 1] -= 2
m[m < 0] *= 10
print(m)
f = rng.random(4)
g = f
f /= 2
f **= 2
print(np.round(g, 6))
items = [1, 2]
same = items
items += [3]
items *= 2
print(items, same)
n = 5
n += 2
s = 'ab'
s *= 2
print(n, s)
acc = np.zeros(3, dtype=np.int32)
for _ in range(3):
    acc += rng.integers(0, 5, 3)
print(repr(acc))
i = np.arange(3)
try:
    i += 0.5
except Exception as e:
    print(type(e).__name__, e)
try:
    i += np.ones((2, 3), dtype=int)
except ValueError as e:
    print('ValueError', e)
t = rng.permutation(6)
t[:2] = -1
print(t)
