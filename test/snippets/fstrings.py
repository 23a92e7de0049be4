# f-strings: self-documenting fields, conversions, nested fields in format specs, raw f-strings and escapes.
x = 2
name = "héllo"
v = 3.14159
print(f"{x=}", f"{x = }", f"{x = !r:>5}", f"{v=:.2f}", f"{name=}", f"{name!a}", f"{name=!s}")
print(f"{x:>{x}} {x!r:^6} {{}} {x==2} {x<3} {v:{'.3f'}} {v:{x + 1}.{x}f}|")
print(rf"\n{x}\t", f"\x41\u00e9\U0001F600\101")
print("\x41\u00e9\U0001F600\101\0end", 'a\
b')
w = 10
print(f"{v:{w}.{x}}|{x:0{w}d}|{name:*^{w}}")
# The value is evaluated before the fields nested in its format spec.
w = 1
try:
    print(f"{v:{w}.{x}}")
except NameError as e:
    print(e)
try:
    print(f"{w:{v}}")
except NameError as e:
    print(e)
