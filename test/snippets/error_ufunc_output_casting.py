# NumPy's casting error for an in-place update: caught as TypeError, shown with its real class in a traceback.
import numpy as np
i = np.arange(3)
try:
    i += 0.5
except TypeError as e:
    print(type(e).__name__, "caught")
i += 0.5
