"""A typical experiment script with the reproducibility traps SeedLab finds."""
import random

import numpy as np

data = np.random.rand(100)          # SEED001: nothing seeded NumPy's global state yet; SEED002: legacy API
np.random.seed(42)                  # SEED002, SEED004: re-seeding after numbers were drawn

rng_a = np.random.default_rng(7)
rng_b = np.random.default_rng(7)    # SEED005: same stream as rng_a
noise = np.random.default_rng()     # SEED001: fresh OS entropy on every run

for trial in range(5):
    random.seed(trial)              # SEED004: re-seeding inside a loop
    print(random.random())

bad = np.random.RandomState(-1)     # SEED006: NumPy rejects this seed at run time
