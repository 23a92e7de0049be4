# Arguments of the wrong kind fail as in NumPy and CPython: round's decimals go through
# operator.index, an in-place update that cannot broadcast names its output's shape too,
# random.sample compares k before using it, and an empty str sample keeps its shape in repr.
import numpy as np
import random

rng = np.random.default_rng(3)
g = rng.random(4)
print(repr(np.zeros((2, 0))), repr(np.random.default_rng(1).choice([1, 'x', 3], (2, 0))))
for f in [lambda: np.round(g, (2, 3)), lambda: g.round(1.5), lambda: np.round(g, None), lambda: np.round(g, 2)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
f = np.ones(4)
try:
    f /= [1, 2]
except ValueError as e:
    print('ValueError', e)
for k in [(2, 3), 2.5, 2.0, 'a', True, 11, -1, 3]:
    random.seed(1)
    try:
        print(random.sample(range(10), k), random.random())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, random.random())
# A keyword an array function does not take: NumPy's messages differ between np.f and a.f.
m = rng.random((2, 3))
for name in ['sum', 'mean', 'var', 'std', 'min', 'max', 'argmin', 'argmax', 'any', 'all', 'cumsum', 'argsort', 'round']:
    for call in [lambda: getattr(np, name)(m, size=2), lambda: getattr(m, name)(size=2)]:
        try:
            call()
        except TypeError as e:
            print('TypeError', e)
print(np.round(m.mean(axis=0), decimals=3), m.sum(axis=1, keepdims=True).shape, np.median(m, axis=0).shape)
for call in [lambda: np.median(m, size=2), lambda: np.unique(m, size=2), lambda: np.sort(m, size=2), lambda: m.sort(size=2)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(m.mean(keepdims=True), np.max(m, axis=1, keepdims=True), m.var(ddof=1, keepdims=True), np.argmax(m, axis=0, keepdims=True))
print(np.median(m, axis=1, keepdims=True).shape, m.any(axis=0, keepdims=True), np.sum(m[:, :0], axis=1, keepdims=True))
# Operands and arguments of no numeric kind.
for f in [lambda: 2 @ 3, lambda: 2.5 @ 1, lambda: [1] @ [2], lambda: 2**70 @ 2, lambda: np.round(rng, 6), lambda: np.round(rng, 0),
          lambda: np.round(rng, -1)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
try:
    rng.permutation(None)
except Exception as e:
    print(type(e).__name__, e)
