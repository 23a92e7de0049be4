# The language subset: control flow, functions, containers, f-strings.
def simulate(seed, n=3, *, scale=1.0):
    import numpy as np
    rng = np.random.default_rng(seed)
    return [float(v) * scale for v in rng.random(n)]

results = {}
for s in range(3):
    results[s] = simulate(s, scale=2.0)
for k, v in results.items():
    print(f"{k:>3} | {v[0]:8.4f} | {v[1]:.2e} | {sum(v):,.3f}")
total = 0
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    total += i ** 2
print(total, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1, 10 / 4)
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(pairs, len(pairs))
a, b = 1, 2
a, b = b, a
print(a, b, max(3, 1, 2), min([4, 5]), sorted([3, 1, 2], reverse=True), abs(-2.5))
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
print(round(2.5), round(3.5), round(0.125, 2), int(3.9), float('1e-3'), str(10 ** 20))
print([x * 0.1 for x in range(5)], 0.1 + 0.2, 1e16, 1.5e-7, 123456789.0)
print(True and 0, None or 'x', not [], 3 in [1, 2, 3], 'ab' + 'cd', [1] * 3)
sq = lambda t: t * t
print(list(map(sq, [1, 2, 3])), list(zip('ab', [1, 2])), list(enumerate(['x', 'y'])))
if __name__ == "__main__":
    print("main", f"{'left':<6}|{'mid':^7}|{42:+d}|{0.5:%}")

# Comparisons: exact across ints and floats; a failed ordering names the operator and operands as written.
big = 2**53 + 1
print(big == 2.0**53, big > 2.0**53, big >= 2.0**53, 2.0**53 < big, 2**53 == 2.0**53, 3 < 3.5, 4 > 3.5, -3 < -3.5)
print(10**400 > 1e308, -10**400 < -1e308, 10**400 < float('inf'), 1 < float('nan'), 1 == float('nan'), True < 2, 1.0 <= 1)
print([1, 2] < [1, 3], (1, 'a') < (1, 'b'), [1] <= [1, 0], (2,) >= (1, 9), [] < [0], [1.5] > [1])
for f in [lambda: (1, 2) > 0, lambda: [1, 'a'] > [1, 2], lambda: 'a' <= 1, lambda: None >= None, lambda: [1] < (1,), lambda: {1: 2} < {1: 2}]:
    try:
        print(f())
    except TypeError as e:
        print(e)

# 'except ... as e' unbinds e when the handler ends.
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('in', e)
try:
    print(e)
except NameError as err:
    print('NameError', err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as z:
        pass
    return 'z' in dir() if False else 'ok'
print(f())

# Floats written with a trailing dot.
x = 1.
y = [1., 2.]
z = 1.-1
w = 1./3
v = 2.e3
u = 1_0.
print(x, y, z, w, v, u, type(x).__name__)

# Big ints in float arithmetic, int true division rounded once, round() with int and negative digits.
big = 10**400
for f in [lambda: big / float('inf'), lambda: big + 1.0, lambda: big / 10**399, lambda: (2**1100) / (2**1000), lambda: big / 3, lambda: 7 / 2, lambda: (2**53 + 1) / 1,
          lambda: big ** -1, lambda: round(2.5, 3.5), lambda: round(1234, -2), lambda: round(1250, -2), lambda: round(-1350, -2), lambda: round(7, 2), lambda: round(2.675, 2), lambda: 10**400 * 1.5]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
