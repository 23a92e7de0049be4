# choice over lists: the population's dtype and the shape of size, empty picks included.
import random
import numpy as np
np.random.seed(42)
print(repr(np.random.choice(['a', 'b', 'c'], 0)), np.random.choice(['a', 'b', 'c'], 0))
print(repr(np.random.choice([1.5, 2.5], 0)), repr(np.random.choice([1, 2], 0)))
print(repr(np.random.choice(['a', 'bbb'], (2, 2))), np.random.choice([1, 2, 3], (2, 3)))
rng = np.random.default_rng(3)
print(repr(rng.choice(['a', 'b'], 0)), repr(rng.choice(['x', 'yy', 'zzz'], size=(3, 1))), rng.choice([0.5, 1.5], size=(2, 2)))
picks = np.random.choice(['a', 'bbbbbb'], 3, p=[0.999, 0.001])
print(repr(picks))
for bad in [0.5, (3, 5, None)]:
    try:
        random.Random(5).setstate(bad)
    except TypeError as e:
        print('TypeError', e)
