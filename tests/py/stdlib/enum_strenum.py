from enum import StrEnum, auto

class Mode(StrEnum):
    READ = 'r'
    WRITE = 'w'
    APPEND = auto()

print(Mode.READ, repr(Mode.READ), Mode.APPEND, Mode.READ == 'r', Mode('w'))
print(Mode.READ.upper(), Mode.WRITE + 'b', isinstance(Mode.READ, str))
print(list(Mode), Mode.APPEND.value, Mode.READ.name)
print('-'.join(Mode))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print(type(e).__name__, e)
