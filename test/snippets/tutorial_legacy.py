# The classic seed tutorial: NumPy's legacy global state.
import numpy as np

np.random.seed(42)
print(np.random.rand(3))
print(np.random.randint(0, 10, size=5))
print(np.random.randn(2, 3))
print(np.random.choice(10, 4))
print(np.random.choice(['a', 'b', 'c'], 5))
print(np.random.uniform(-1, 1, 4))
print(np.random.normal(5, 2, size=(2, 2)))
print(np.random.permutation(8))
items = [1, 2, 3, 4, 5]
np.random.shuffle(items)
print(items)
np.random.seed(42)
print(np.random.rand())
rs = np.random.RandomState(0)
print(rs.random_sample(4), rs.poisson(3, 6), rs.binomial(10, 0.5, 6))
print(rs.standard_exponential(3))
print(rs.gamma(2.0, 1.5, 3), rs.beta(2, 5, 2))
