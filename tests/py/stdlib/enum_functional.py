from enum import Enum, IntEnum

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.BEE.value, Animal(3), repr(Animal))
print(Animal.__module__)
Shape = Enum('Shape', ['SQUARE', 'CIRCLE'], start=10)
print(list(Shape))
Pairs = Enum('Pairs', [('ONE', 1), ('TEN', 10)])
print(list(Pairs), Pairs(10))
FromDict = Enum('FromDict', {'X': 'x', 'Y': 'y'})
print(list(FromDict))
Nums = IntEnum('Nums', 'A, B, C')
print(list(Nums), Nums.C + 1)
