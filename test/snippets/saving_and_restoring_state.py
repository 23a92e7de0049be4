# Saving and restoring generator state, the way tutorials replay a stream.
import random
import numpy as np

np.random.seed(7)
state = np.random.get_state()
print(state[0], state[1][:4], state[1].dtype, len(state[1]), state[2], state[3], state[4])
first = np.random.rand(3)
np.random.set_state(state)
print(first, np.random.rand(3), np.array_equal(first, np.random.rand(3)))

rs = np.random.RandomState(3)
print(rs.rand(2, 2), rs.randn(3))
gauss_pending = rs.standard_normal()  # the polar method caches the second normal
st = rs.get_state()
print(st[3], st[4])
after = rs.standard_normal(2)
rs.set_state(st)
print(after, rs.standard_normal(2))
d = rs.get_state(legacy=False)
print(sorted(d.keys()), d['state']['pos'], d['has_gauss'])
rs2 = np.random.RandomState(0)
rs2.set_state(d)
print(rs2.random_sample(2), rs.random_sample(2))

rng = np.random.default_rng(11)
saved = rng.bit_generator.state
print(saved['bit_generator'], saved['state']['state'], saved['state']['inc'], saved['has_uint32'])
x = rng.integers(0, 1000, size=4)
rng.bit_generator.state = saved
print(x, rng.integers(0, 1000, size=4))
mt = np.random.Generator(np.random.MT19937(5))
s2 = mt.bit_generator.state
print(s2['bit_generator'], s2['state']['key'][:3], s2['state']['pos'])
print(mt.random(2))
mt.bit_generator.state = s2
print(mt.random(2))

random.seed(99)
saved_py = random.getstate()
print(saved_py[0], len(saved_py[1]), saved_py[1][:3], saved_py[2])
a = [random.random() for _ in range(3)]
random.setstate(saved_py)
print(a == [random.random() for _ in range(3)])
r = random.Random(5)
r.gauss(0, 1)
s = r.getstate()
print(s[2])
g1 = r.gauss(0, 1)
r.setstate(s)
print(g1 == r.gauss(0, 1))
