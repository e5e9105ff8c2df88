# format() and str.format on numbers agree
for v in [0, 5, -5, 3.5, -0.0, 1e10, 2**64]:
    print("{:>10}|{:<10}|{:^10}|{:+}|{:e}|{:.3g}".format(v, v, v, v, v, v), format(v, "^10"))
print("{:n} {:n}".format(1234, 1234.5), "{:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5))
print("{:.2f}".format(2.675), "{:.1f}".format(0.05), "{:.10g}".format(1 / 3))
