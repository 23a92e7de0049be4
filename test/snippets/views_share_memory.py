# Views: slices, reshape, ravel and .T share memory with their base, both ways.
import numpy as np

rng = np.random.default_rng(21)
a = np.arange(10)
head = a[:4]
head[0] = 100
head += 1
print(a, head)
a[1] = -5
print(head)
m = np.arange(12).reshape(3, 4)
rng.shuffle(m)
print(m)
row = m[1]
row[:] = 0
col = m[:, 2]
col *= 10
print(m, row, col)
t = m.T
t[0, 0] = 77
print(m[0, 0], t.shape)
flat = m.ravel()
flat[-1] = 999
print(m)
r = rng.random(6)
grid = r.reshape(2, 3)
grid[grid > 0.5] = 1.0
print(np.round(r, 4))
r.sort()
print(np.round(grid, 4))
sub = m[::2, 1:3]
sub[...] = -1
print(m)
c = a[2:6].copy()
c[:] = 0
print(a)
