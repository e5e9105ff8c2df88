from enum import IntEnum

class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40

print(Level.INFO, repr(Level.INFO), str(Level.INFO), format(Level.INFO), format(Level.INFO, '>5'))
print(Level.INFO == 20, Level.INFO < Level.ERROR, Level.DEBUG + 5, Level.ERROR // 3)
print(Level(40), Level['DEBUG'], isinstance(Level.INFO, int), int(Level.ERROR))
print(sorted([Level.ERROR, Level.DEBUG, Level.INFO]))
print(max(Level), min(Level), list(range(Level.DEBUG, Level.INFO, 5)))
print([1, 2, 3][Level.DEBUG // 10])
print(Level.INFO.name, Level.INFO.value, hash(Level.INFO) == hash(20))
d = {20: 'twenty'}
print(d[Level.INFO])
try:
    Level(30)
except ValueError as e:
    print(type(e).__name__, e)
