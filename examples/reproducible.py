"""The same experiment written reproducibly: SeedLab finds nothing here."""
import numpy as np

SEED = 42
root = np.random.SeedSequence(SEED)
rng, rng_noise = (np.random.default_rng(s) for s in root.spawn(2))

data = rng.random(100)
noise = rng_noise.standard_normal(100)
print(data.mean(), noise.std())
