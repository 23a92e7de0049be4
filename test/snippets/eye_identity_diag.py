import numpy as np
print(np.eye(3))
print(np.eye(2, 4, k=1))
print(np.eye(4, 2, -1, dtype=np.int64))
print(np.identity(2, dtype=np.int32))
print(np.diag([1.5, 2.0, 3.0]))
print(np.diag([1, 2], k=-1))
m = np.arange(12).reshape(3, 4)
print(np.diag(m), np.diag(m, 1), np.diag(m, k=-2), np.diag(m, 5))
# Covariances with distinct eigenvalues: with a repeated one (0.5 * np.eye(3) + 0.5), the
# eigenvectors LAPACK picks depend on the BLAS NumPy was built with (see README).
cov = np.diag([1.0, 2.0, 3.0]) + 0.5
print(cov)
rng = np.random.default_rng(5)
print(rng.multivariate_normal(np.zeros(3), cov, size=2))
print(np.random.RandomState(5).multivariate_normal(np.ones(2), np.diag([1.0, 4.0])))
big = np.diag(np.arange(1.0, 31.0)) + 0.1
print(rng.multivariate_normal(np.zeros(30), big).round(6)[:4])
print(np.random.RandomState(9).multivariate_normal(np.zeros(30), big).round(6)[:4])
try:
    np.diag(np.zeros((2, 2, 2)))
except ValueError as e:
    print('ValueError:', e)
