# Python's random with the statistics module, as seed tutorials use them.
import random
import statistics
from statistics import mean, stdev

random.seed(42)
rolls = [random.randint(1, 6) for _ in range(1000)]
print(mean(rolls), statistics.median(rolls), statistics.mode(rolls))
print(statistics.variance(rolls), statistics.pvariance(rolls), stdev(rolls), statistics.pstdev(rolls))
heights = [random.gauss(170, 10) for _ in range(500)]
print(mean(heights), statistics.fmean(heights), stdev(heights))
print(statistics.median(heights), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(mean([1, 2, 3, 4]), mean([1, 2]), statistics.variance([1, 2, 3, 4]), statistics.pvariance([2, 4, 4, 4, 5, 5, 7, 9]))
print(statistics.median([1, 2, 3, 4]), mean([0.1, 0.2, 0.3]), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
samples = [random.expovariate(0.5) for _ in range(200)]
print(f"{mean(samples):.6f} {stdev(samples):.6f}")
statistics.mean([])
