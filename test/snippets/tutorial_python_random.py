# Python's random module: module functions and Random instances.
import random

random.seed(10)
print(random.random())
print(random.randint(1, 100), random.randrange(0, 50, 5))
print(random.choice(['apple', 'banana', 'cherry']))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5))
print(random.uniform(1.5, 2.5), random.gauss(0, 1), random.expovariate(2))
r = random.Random('experiment-1')
print([r.randint(0, 9) for _ in range(8)])
print(r.choices(['x', 'y', 'z'], weights=[5, 1, 1], k=6))

# choices with float and cumulative weights.
import random
r = random.Random(5)
print(r.choices(['x', 'y', 'z'], weights=[1e3, 1, 1], k=6), r.choices('abc', cum_weights=[1.0, 2.0, 3e0], k=4), r.choices('ab', [2, 1.0], k=3))
for f in [lambda: r.choices('ab', [0, 0.0]), lambda: r.choices('ab', [float('inf'), 1.0]), lambda: r.choices('ab', [1], k=2)]:
    try:
        print(f())
    except ValueError as e:
        print(e)
