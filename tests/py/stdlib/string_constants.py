import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print(string.capwords('the quick  brown fox'))
print(string.capwords('  leading and trailing  '))
print(string.capwords('one,two,three', ','))
print(string.capwords('hELLO wORLD'))
print('a' in string.ascii_letters, '!' in string.punctuation)
