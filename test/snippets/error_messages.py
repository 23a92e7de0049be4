# Python's and NumPy's messages name types as Python does ('numpy.ndarray', 'numpy.random._generator.Generator'),
# NumPy 2's removed names get NumPy's own message, and an uncaught AttributeError ends with CPython's suggestion.
import numpy as np
import random
rng = np.random.default_rng(0)
a = np.zeros(2)
s = np.float64(1.5)
r = random.Random(0)
tests = [
    lambda: int(rng), lambda: float(rng), lambda: len(rng), lambda: len(s), lambda: abs(rng),
    lambda: range(s), lambda: range(rng), lambda: rng(), lambda: s(), lambda: f"{rng:>5}",
    lambda: f"{a:>5}", lambda: f"{s:q}", lambda: rng + 1, lambda: 1 - rng, lambda: -rng, lambda: ~s,
    lambda: rng < 1, lambda: 1 in rng, lambda: [1, 2][s], lambda: [1][rng], lambda: rng[0], lambda: s[0],
    lambda: {rng: 1}, lambda: {a: 1}, lambda: list(rng), lambda: list(s), lambda: sorted([rng, rng]),
    lambda: np.random.shuffle(s), lambda: a[rng], lambda: [x for x in r], lambda: r[0], lambda: {r: 1} and r(),
]
for t in tests:
    try:
        t()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
def setitem():
    a[0] = rng
def setitem_list():
    x = [1]
    x[s] = 2
def delitem():
    del rng[0]
for t in [setitem, setitem_list, delitem]:
    try:
        t()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
print(len({rng, rng, r}), {rng: 1}[rng])
for name in ['NaN', 'float_', 'product', 'float', 'arange']:
    try:
        print(getattr(np, name).__name__)
    except AttributeError as e:
        print(e)
for obj, name in [(np.random, 'randnn'), (rng, 'integer'), (a, 'summ'), (random, 'randit'), (r, 'gaus')]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e)
rng.integer(3)
