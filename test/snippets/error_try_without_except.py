# Python rejects a try without except or finally before running anything.
print(1)
try:
    x = 1
print(2)
