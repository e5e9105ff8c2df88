# Basic int arithmetic, precedence and unary operators.
print(1 + 2, 7 - 10, 6 * 7, -3 * -4)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(+5, -(-5), --5, -0, 0 - 0)
print(10 / 4, 9 / 3, -7 / 2, 1 / 3)
print(type(10 / 5), type(10 // 5))
print(2 ** 0, 0 ** 0, 2 ** -1, 2 ** -2, (-2) ** -1)
print(10 - 2 - 3, 100 // 10 // 3, 2 * 3 % 4)
x = 7
x += 3
print(x)
x -= 20
print(x)
x *= -3
print(x)
x //= 4
print(x)
x %= 4
print(x)
x **= 5
print(x)
x /= 2
print(x)
print(True + True, True * 10, False - 1, -True)
