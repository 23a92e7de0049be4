import numpy as np

np.random.seed(42)
print(np.random.rand(3))
rng = np.random.default_rng(42)
print(rng.integers(0, 10, size=5))
