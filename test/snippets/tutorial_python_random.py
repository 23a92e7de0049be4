# Python's random module: module functions and Random instances.
import random

random.seed(10)
print(random.random())
print(random.randint(1, 100), random.randrange(0, 50, 5))
print(random.choice(['apple', 'banana', 'cherry']))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5))
print(random.uniform(1.5, 2.5), random.gauss(0, 1), random.expovariate(2))
r = random.Random('experiment-1')
print([r.randint(0, 9) for _ in range(8)])
print(r.choices(['x', 'y', 'z'], weights=[5, 1, 1], k=6))

# choices with float and cumulative weights.
import random
r = random.Random(5)
print(r.choices(['x', 'y', 'z'], weights=[1e3, 1, 1], k=6), r.choices('abc', cum_weights=[1.0, 2.0, 3e0], k=4), r.choices('ab', [2, 1.0], k=3))
for f in [lambda: r.choices('ab', [0, 0.0]), lambda: r.choices('ab', [float('inf'), 1.0]), lambda: r.choices('ab', [1], k=2)]:
    try:
        print(f())
    except ValueError as e:
        print(e)

# Calls that do not fit a signature: NumPy's Cython messages, CPython's for random.Random's methods.
import numpy as np
g = np.random.default_rng(0)
rs = np.random.RandomState(0)
for f in [lambda: g.integers(high=5), lambda: g.normal(0, 1, 2, 3, 4), lambda: g.choice(size=2), lambda: g.random(1, None, None, 2), lambda: rs.randint(),
          lambda: g.normal(foo=1), lambda: g.normal(0, loc=1), lambda: rs.uniform(1, 2, 3, 4),
          lambda: random.randint(b=1), lambda: random.sample(), lambda: random.lognormvariate(), lambda: random.choices('ab', None, None), lambda: random.sample([1], 1, [1]),
          lambda: random.getrandbits(), lambda: random.getrandbits(1, 2), lambda: random.random(1, 2), lambda: random.randint(1, a=2), lambda: random.choice(['a'], k=1),
          lambda: random.randint(1, 10, 3), lambda: random.gauss(0, 1, 2), lambda: random.Random(0).randrange(1, 2, 3, 4), lambda: random.uniform(1)]:
    try:
        f()
        print('ok')
    except TypeError as e:
        print(e)
