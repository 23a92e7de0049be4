# Arrays of every dtype: NumPy 2's promotion (NEP 50), integer wrap-around, float32 arithmetic,
# reductions' result types, float32 printing, and NumPy's errors.
import numpy as np
rng = np.random.default_rng(1)
a = rng.integers(0, 256, size=6, dtype=np.uint8)
print(a, repr(a), a.dtype)
print(repr(a + 1), repr(a * 2), repr(a.sum()), repr(a.max()), repr(a[2]), repr(a > 100))
b = np.array([1, 2, 3], dtype=np.uint8)
print(repr(b), repr(b.astype(np.float64)), repr(b.astype('int32')))
c = rng.integers(0, 10, size=(2, 3), dtype=np.int32)
print(repr(c), repr(c.T), repr(c * 1.5), repr(c.tolist()))
f = rng.random(3, dtype=np.float32)
print(repr(f), f.dtype)
x = np.zeros(3, dtype=np.int16)
x[0] = 7
print(repr(x))
print(repr(np.arange(5, dtype=np.uint16)), repr(np.ones(2, dtype=bool)))
rng = np.random.default_rng(3)
i8 = np.array([1, -7, 100], dtype=np.int8)
u8 = rng.integers(0, 256, 3, dtype=np.uint8)
f4 = rng.random(3, dtype=np.float32)
i4 = np.array([1, 2, 3], dtype=np.int32)
b = np.array([True, False, True])
print(repr(i8 / i8), repr(u8 / 3), repr(f4 / i8), repr(u8 + i8), repr(u8 * 2), repr(b + b), repr(b * b), repr(b + 1), repr(b + 1.5))
print(repr(u8 + 1.5), repr(f4 + 1.5), repr(f4 + np.float64(1)), repr(u8 // 3), repr(u8 % 7), repr(u8 ** 2), repr(-u8), repr(-i8))
print(repr(i8.sum()), repr(u8.sum()), repr(f4.sum()), repr(f4.mean()), repr(u8.mean()), repr(b.sum()), repr(u8.cumsum()), repr(f4.std()), repr(f4.var()))
print(repr(np.uint8(100) + np.uint8(50)), repr(i8 + i4), repr(u8 + f4), repr(i4 + f4), repr(abs(i8)), repr(np.sqrt(f4)), repr(np.sqrt(i4)))
print(repr(u8 > 100), repr(np.floor(u8)), repr(np.abs(f4)), repr(u8.max()), repr(u8.std()), repr(np.round(f4, 2)), repr(u8.round()), repr(f4 * 2))
print(repr(np.float32(0.1)), repr(np.float32(1e6)), repr(np.float32(123.456)), np.float32(0.1) + np.float32(0.2), repr(np.int8(5) * 3), repr(np.float64(2) ** 0.5))
print(repr(f4[0]), repr(i4[1]), repr(u8.tolist()), repr(f4.tolist()), repr(i8.astype(np.uint8)), repr(f4.astype(int)), repr((f4 * 1000).astype(np.int16)))
big = rng.random(1000, dtype=np.float32)
print(repr(big.sum()), repr(big.mean()), repr(big.std()), repr(big.max()), repr(np.median(big)))
print(big[:4], big.reshape(10, 100).sum(axis=0)[:3], big.reshape(10, 100).sum(axis=1)[:3])
print(np.array([1e6, 2.5], dtype=np.float32), np.array([1e-5, 1], dtype=np.float32), np.array([3.0, 4.0], dtype=np.float32))
print(repr(np.zeros(2, dtype=np.float32)), repr(np.ones(3, dtype='u1')), repr(np.arange(4, dtype='i2')), repr(np.full(2, 7, dtype=np.uint16)))
try:
    u8 + 300
except OverflowError as e:
    print('OverflowError', e)
try:
    b - b
except TypeError as e:
    print('TypeError', e)
try:
    i8 ** -1
except ValueError as e:
    print('ValueError', e)
try:
    np.uint8(256)
except OverflowError as e:
    print('OverflowError', e)
