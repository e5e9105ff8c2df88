from enum import Enum, IntEnum

class Suit(Enum):
    CLUBS = 1
    DIAMONDS = 2
    HEARTS = 3
    SPADES = 4

counts = {}
for s in [Suit.HEARTS, Suit.CLUBS, Suit.HEARTS]:
    counts[s] = counts.get(s, 0) + 1
print(counts)
print(sorted(Suit, key=lambda s: -s.value))
print(Suit.CLUBS == Suit.CLUBS, Suit.CLUBS != Suit.SPADES, Suit.CLUBS == 1)
print(Suit.HEARTS in [Suit.HEARTS], Suit(3) is Suit.HEARTS)
print(hash(Suit.CLUBS) == hash(Suit.CLUBS), {Suit.CLUBS: 1}[Suit(1)])
print(max(Suit, key=lambda s: s.value), Suit.SPADES.name.lower())

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE == 1, Num.TWO > 1, sorted([2, Num.ONE, 0]), Num.ONE + Num.TWO, {1: 'x'}[Num.ONE])
print(Suit.CLUBS.__class__.__name__, Suit.CLUBS.__class__.__mro__[1].__name__)
