# float32 draws of a Generator: the float ziggurat, the float gamma (glibc's powf and logf),
# Python floats for scalars and float32 arrays printed with float32's shortest digits.
import numpy as np

rng = np.random.default_rng(2024)
z = rng.standard_normal(6, dtype=np.float32)
print(z)
print(z.dtype)
print(rng.standard_normal(dtype=np.float32))
print(rng.standard_exponential((2, 3), dtype=np.float32))
print(rng.standard_exponential(4, dtype=np.float32, method='inv'))
print(rng.standard_gamma(0.5, 5, dtype=np.float32))
print(rng.standard_gamma(4.5, dtype=np.float32))
print(rng.random(5, dtype=np.float32))
print(rng.standard_normal(3))
print(np.float32(0.1), np.float32(2.5), np.float32(1e-7))
g = rng.standard_gamma([0.25, 1, 30], dtype='float32')
print(g, g.dtype)
print(repr(rng.standard_normal(3, dtype=np.float32)))
rng.standard_normal(2, dtype=np.int64)
