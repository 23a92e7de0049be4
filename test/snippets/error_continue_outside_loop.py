# Python rejects 'continue' outside a loop before running anything: nothing is printed.
print(1)
for i in range(3):
    pass
continue
