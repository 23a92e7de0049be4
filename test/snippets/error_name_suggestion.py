# An uncaught NameError ends with CPython 3.11's "Did you mean" suggestion.
import numpy as np
rng = np.random.default_rng(1)
print(rng.random())
print(RNG.random())
