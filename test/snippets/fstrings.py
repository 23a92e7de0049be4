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
# The value is evaluated before the fields nested in its format spec; an int takes no precision.
ww = 1
for f in [lambda: f"{vv:{ww}.{xx}}", lambda: f"{ww:{vv}}", lambda: f"{ww:{v}}", lambda: f"{ww:.2}", lambda: f"{ww:.2f}", lambda: f"{True:.1}"]:
    try:
        print(f())
    except (NameError, ValueError) as e:
        print(type(e).__name__, e)

# Format specs with a '.' and no precision; ** names pow().
p = None
for f in [lambda: f"{1.5:.{p}f}", lambda: format(1.5, '.f'), lambda: format(1.5, '>10.f'), lambda: format(3, '.d'), lambda: format('ab', '.s'), lambda: 2 ** [1], lambda: [1] ** 2, lambda: format(1.5, '.2q')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
