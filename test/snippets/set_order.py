# Sets print and iterate in CPython's hash-table order.
import random
import numpy as np
random.seed(3)
s = set(random.sample(range(100), 10))
print(s, {x % 7 for x in range(30)}, {-1, -2, 5, 2**62, 2**61, 0, True})
t = set()
for v in [67, 99, 9, 79, 21, 24, 90, 91, 30, 31, 8, 40, 1000, 72, 15]:
    t.add(v)
print(t, sorted(t) == sorted(list(t)), list(t)[:3])
rng = np.random.default_rng(1)
print(set(rng.integers(0, 50, 12).tolist()), {1.0, 2, 3.0})
