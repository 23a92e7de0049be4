# choice over lists mixing str and numbers (NumPy's '<U' widths), and Python's compile-time errors.
import numpy as np
np.random.seed(0)
print(repr(np.random.choice([1, 'x', 3], (2, 3))), repr(np.random.choice([1.5, 'ab'], 2)), repr(np.random.choice([True, 'ab'], 2)))

# Ragged lists: NumPy's error names the dimensions it found, also when choice turns a list into an array.
for f in [lambda: np.array([1, 'x', (2, 3)]), lambda: np.array([[1, 2], [3]]), lambda: np.array([1, [2, 3]]), lambda: np.random.choice([1, 'x', (2, 3)], 2), lambda: np.random.choice([[1, 2], [3]], 2), lambda: np.random.default_rng(0).choice([[1, 2], [3]], 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: np.array([[1, [2]], [3, 4]]), lambda: np.array([[[1], [2]], [[3], 4]]), lambda: np.array([(1, 2), [3, 4]]), lambda: np.array([[], []])]:
    try:
        print(f(), f().shape)
    except Exception as e:
        print(type(e).__name__, e)
