# str.format with alignment, fill, sign, grouping and types
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 12.0)]
for name, qty, price in rows:
    print("{:<12}|{:>4}|{:>8.2f}|{:^7}".format(name, qty, price, "*" * qty if qty < 5 else "many"))
print("{:=^30}".format(" total "))
print("{0:+08.2f} {0:-8.1f} {0: .3e}".format(-3.14159))
print("{:,d} {:_d} {:_x} {:,.1f}".format(10**9, 10**9, 2**32, 1234.5))
print("{:#010b} {:#o} {:#x} {:c}".format(5, 64, 255, 65))
print("{!r:>10} {!s:<6}|".format("q", 3))
print("{:%} {:.0%} {:.1%}".format(0.5, 0.125, 1))
