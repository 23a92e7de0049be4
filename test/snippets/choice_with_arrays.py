# choice with an ndarray population or ndarray probabilities, on both APIs.
import numpy as np
p = np.array([0.2, 0.3, 0.5])
print(np.random.default_rng(1).choice(3, size=4, p=p))
print(np.random.RandomState(1).choice(3, size=4, p=p))
w = np.ones(4) / 4
print(np.random.default_rng(2).choice([10, 20, 30, 40], p=w))
np.random.seed(0)
print(np.random.choice(np.arange(10), 3))
print(np.random.choice(np.array([1.5, 2.5]), 3, replace=True))
rng = np.random.default_rng(0)
print(rng.choice(np.arange(10), 3), rng.choice(np.arange(12).reshape(3, 4), 2))
