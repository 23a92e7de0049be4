# NumPy indexing (basic, ellipsis, newaxis, integer arrays, boolean masks) and assignment into
# arrays and lists, as a seed snippet uses them to clip, mask and rearrange draws.
import numpy as np

rng = np.random.default_rng(2024)
a = rng.integers(0, 100, size=10)
print(a, a[3], a[-1], a[2:8:2], a[::-1])
print(a[[0, 3, 3, -1]], a[a > 50], a[np.array([True, False] * 5)])

m = rng.standard_normal((4, 5)).round(3)
print(m[1], m[1, 2], m[:, 0], m[1:3, ::2])
print(m[..., 1], m[None, 0].shape, m[:, None, 1].shape, m[2, ...])
print(m[[0, 2]], m[[0, 2], [1, 3]], m[[1, 2], 1:3])
print(m[:, [4, 0]], m[1, [0, 1]])
print(m[m > 0.5])
print(m[np.array([[0, 1], [2, 3]])].shape)
t = np.arange(24).reshape(2, 3, 4)
print(t[0, :, [1, 2]])
print(t[:, [0, 2], :][..., 3])
print(t[1, 1:, ::-2], t[..., -1])

# Assignment: scalars, broadcast rows and columns, masks, fancy positions.
a[2:5] = 0
print(a)
a[a > 60] = -1
print(a)
a[[0, 1]] = [7, 8]
print(a)
a[::3] = 5.9
print(a)
b = np.zeros((3, 4))
b[1] = 5
b[:, 2] = np.arange(3)
b[0, 1:3] = 9.5
b[-1] = [1, 2, 3, 4]
print(b)
b[b > 4] += 1
b[..., 0] = -2.5
print(b)
b[:, [1, 3]] = [[10], [20], [30]]
print(b)
flags = np.zeros(6, dtype=bool)
flags[[1, 4]] = 1
print(flags, flags.sum())
z = rng.random(5)
z[z < 0.5] = np.nan
print(z)

# Lists: slice assignment grows and shrinks; extended slices; del.
l = list(range(8))
l[1:3] = ['x']
print(l)
l[::2] = [0, 0, 0, 0]
print(l)
l[len(l):] = [99, 100]
print(l)
l[2:2] = ['inserted']
print(l)
del l[1:3]
print(l)
del l[0], l[-1]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
x = 5
del x
try:
    print(x)
except NameError as e:
    print('NameError', e)
print(repr(...))

# Errors: NumPy's and Python's own messages.
try:
    a[10]
except IndexError as e:
    print('IndexError', e)
try:
    m[1, 2, 3]
except IndexError as e:
    print('IndexError', e)
try:
    m[..., ...]
except IndexError as e:
    print('IndexError', e)
try:
    a[np.array([True, False])]
except IndexError as e:
    print('IndexError', e)
try:
    a[[0, 1]] = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    del a[0]
except ValueError as e:
    print('ValueError', e)
try:
    l[::2] = [1]
except ValueError as e:
    print('ValueError', e)
try:
    b[0] = [1, 2]
except ValueError as e:
    print('ValueError', e)
try:
    a[0] = np.nan
except ValueError as e:
    print('ValueError', e)
try:
    m[[0, 1], [0, 1, 2]]
except IndexError as e:
    print('IndexError', e)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)

# Assignment errors in NumPy's order: plain integers' bounds, then whether the value broadcasts, then index arrays' bounds.
b = np.zeros((2, 3))
def assign(key, value):
    b[key] = value
def assign_cols(value):
    b[:, [1, 3]] = value
tests = [
    lambda: assign_cols([[10], [20], [30]]),
    lambda: assign_cols([[10], [20]]),
    lambda: assign(([0, 5], [7, 1]), [1, 2, 3]),
    lambda: assign(([0, 5], [7, 1]), [1, 2]),
    lambda: assign(([[0], [1]], [4, -9]), 1.0),
    lambda: assign((3, [0]), [1, 2]),
    lambda: assign(([0, 1], 4), [1, 2, 3]),
    lambda: b[[0, 9]],
    lambda: b[[0, 2], [5, 1]],
]
for t in tests:
    try:
        t()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
c = np.arange(6).reshape(2, 3)
c[:, [2, 0]] = [[7], [8]]
print(c)
