import numpy as np

data = np.random.rand(5)
print(data.mean())
