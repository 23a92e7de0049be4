# Generator.permuted with out=: NumPy copies x into out (safe casting), shuffles it in place, returns it.
import numpy as np
rng = np.random.default_rng(12)
x = np.arange(12).reshape(3, 4)
out = np.zeros((3, 4), dtype=np.int64)
y = rng.permuted(x, axis=1, out=out)
print(y, out, y is out)
f = np.zeros((3, 4))
print(rng.permuted(x, out=f))
x16 = np.arange(6, dtype=np.int16)
o32 = np.empty(6, dtype=np.int32)
rng.permuted(x16, out=o32)
print(repr(o32))
for args in [((x,), {'out': np.zeros((4, 3))}), ((x,), {'out': np.zeros((3, 4), dtype=np.int8)}), ((x,), {'out': [1, 2]})]:
    try:
        rng.permuted(*args[0], **args[1])
    except Exception as e:
        print(type(e).__name__, e)
print(rng.random())
