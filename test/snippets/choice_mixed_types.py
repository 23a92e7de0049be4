# choice over lists mixing str and numbers (NumPy's '<U' widths), and Python's compile-time errors.
import numpy as np
np.random.seed(0)
print(repr(np.random.choice([1, 'x', 3], (2, 3))), repr(np.random.choice([1.5, 'ab'], 2)), repr(np.random.choice([True, 'ab'], 2)))
