# % numeric conversions and widths
for v in [0, 1, -1, 42, -42, 2**40, -(2**70)]:
    print("%d|%5d|%-5d|%05d|%+d|% d|%x|%#x|%o|%#o|%.4d" % (v, v, v, v, v, v, v, v, v, v, v))
for v in [0.0, 1.5, -2.75, 1234.5678, 1e-6, 1e16]:
    print("%f|%.1f|%8.3f|%-8.2f|%08.2f|%e|%.3E|%g|%G|%+g" % (v, v, v, v, v, v, v, v, v, v))
print("%d %d" % (True, False), "%f" % 3, "%e" % 10, "%i" % 7.9)
print("%x" % 3 if True else "", "%s%%" % 100, "%c" % 97, "%5c|%-3c|" % ("z", "y"))
