# Seeds given as arrays (legacy init_by_array, SeedSequence entropy) and shuffle's errors for what it cannot shuffle.
import numpy as np
import random
np.random.seed(np.array([1, 2]))
print(np.random.rand())
np.random.seed(np.array(7))
print(np.random.rand())
rs = np.random.RandomState(np.array([3, 4, 5], dtype=np.uint8))
print(rs.rand())
print(np.random.default_rng(np.array([1, 2])).random())
for f in [lambda: np.random.default_rng(0).shuffle(None), lambda: np.random.RandomState(0).shuffle(None), lambda: np.random.default_rng(0).shuffle(5),
          lambda: np.random.RandomState(0).shuffle('abc'), lambda: np.random.default_rng(0).shuffle((1, 2)), lambda: np.random.shuffle((1, 2)),
          lambda: np.random.seed(np.array([1.5, 2.5])), lambda: np.random.seed(np.array([[1, 2], [3, 4]])), lambda: np.random.seed(np.array([1, 2], dtype=np.uint64))]:
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

# A tuple or str fails at the first swap, after its index was drawn: the stream moves on by one draw.
import random
np.random.seed(1)
rs = np.random.RandomState(1)
g = np.random.default_rng(1)
random.seed(1)
for shuffle, x in [(np.random.shuffle, (1, 2)), (rs.shuffle, 'abc'), (g.shuffle, (1, 2, 3)), (random.shuffle, 'abcd'),
                   (np.random.shuffle, (1,)), (g.shuffle, 'a'), (random.shuffle, ())]:
    try:
        shuffle(x)
        print('ok')
    except TypeError as e:
        print(e)
print(np.random.randint(0, 2**31, 3), rs.randint(0, 2**31, 3), g.integers(0, 2**31, 3), random.random())
