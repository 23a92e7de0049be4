import numpy as np
np.random.seed(3)
print(np.random.multivariate_normal([1, 2], [[2, 0.5], [0.5, 1]], size=3))
rs = np.random.RandomState(7)
print(rs.multivariate_normal([0, 0, 0], [[1, 0.9, 0.5], [0.9, 1, 0.3], [0.5, 0.3, 1]]))
rng = np.random.default_rng(11)
for m in ['svd', 'eigh', 'cholesky']:
    print(m, rng.multivariate_normal([0, 10], [[4, 1], [1, 3]], size=2, method=m))
x = rng.multivariate_normal([0, 0], [[1, 2], [2, 1]], check_valid='ignore')
print(x)
y = rng.multivariate_normal([0, 0], [[1, 2], [2, 1]], size=(2, 3))
print(y.shape)
rng.multivariate_normal([0, 0], [[1, 2], [2, 1]], method='cholesky')
