import numpy as np

x = np.random.rand(3)
while True:
    x = x + 1
