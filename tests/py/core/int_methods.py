# A few int methods and attributes that are plain in scope.
for n in [0, 1, -1, 255, 256, -256, 2 ** 64, -(2 ** 100) + 1]:
    print(n, n.bit_length(), abs(n).bit_length())
print((5).real, (5).imag, (-7).numerator, (10).denominator, (3).conjugate())
print(int.__name__, (12).bit_length(), (-7).real, (2 ** 64).imag)
print(True.bit_length(), (2 ** 70 - 1).bit_length(), (2 ** 70).bit_count())
