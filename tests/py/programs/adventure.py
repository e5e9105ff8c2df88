# A text-adventure-style class hierarchy: rooms, items, characters, and a
# scripted walk through the game, exercising inheritance, properties,
# class attributes, special methods and exceptions.
class GameError(Exception):
    pass


class CannotGo(GameError):
    def __init__(self, room, direction):
        super().__init__("You can't go " + direction + " from the " + room.name + ".")


class Thing:
    count = 0

    def __init__(self, name, description):
        self.name = name
        self.description = description
        Thing.count += 1

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.name) + ")"

    def __str__(self):
        return self.name

    def describe(self):
        return "It's " + self.description + "."


class Item(Thing):
    def __init__(self, name, description, weight=1):
        super().__init__(name, description)
        self.weight = weight


class Treasure(Item):
    def __init__(self, name, description, value):
        super().__init__(name, description, weight=2)
        self.value = value

    def describe(self):
        return super().describe() + " Worth " + str(self.value) + " gold."


class Key(Item):
    def __init__(self, name, opens):
        super().__init__(name, "a key for the " + opens)
        self.opens = opens


class Room(Thing):
    def __init__(self, name, description, locked=False):
        super().__init__(name, description)
        self.exits = {}
        self.items = []
        self.locked = locked

    def connect(self, direction, other, back):
        self.exits[direction] = other
        other.exits[back] = self

    def __contains__(self, item_name):
        for it in self.items:
            if it.name == item_name:
                return True
        return False

    def take(self, item_name):
        for i, it in enumerate(self.items):
            if it.name == item_name:
                return self.items.pop(i)
        raise GameError("There is no " + item_name + " here.")


class Player(Thing):
    MAX_WEIGHT = 5

    def __init__(self, name, room):
        super().__init__(name, "you")
        self.room = room
        self.inventory = []
        self.visited = [room.name]

    @property
    def load(self):
        return self._load()

    def _load(self):
        total = 0
        for it in self.inventory:
            total += it.weight
        return total

    @property
    def score(self):
        total = 0
        for it in self.inventory:
            if isinstance(it, Treasure):
                total += it.value
        return total

    def go(self, direction):
        if direction not in self.room.exits:
            raise CannotGo(self.room, direction)
        target = self.room.exits[direction]
        if target.locked:
            for it in self.inventory:
                if isinstance(it, Key) and it.opens == target.name:
                    target.locked = False
                    print("  (you unlock the " + target.name + " with the " + it.name + ")")
                    break
            else:
                raise GameError("The " + target.name + " is locked.")
        self.room = target
        if target.name not in self.visited:
            self.visited.append(target.name)
        return "You are in the " + target.name + ". " + target.describe()

    def take(self, item_name):
        item = self.room.take(item_name)
        if self.load + item.weight > self.MAX_WEIGHT:
            self.room.items.append(item)
            raise GameError("The " + item_name + " is too heavy to carry now.")
        self.inventory.append(item)
        return "Taken: " + repr(item)


hall = Room("hall", "a dusty hall")
kitchen = Room("kitchen", "a kitchen smelling of onions")
vault = Room("vault", "a cold vault", locked=True)
garden = Room("garden", "an overgrown garden")
hall.connect("north", kitchen, "south")
kitchen.connect("east", vault, "west")
hall.connect("west", garden, "east")
kitchen.items.append(Key("brass key", "vault"))
garden.items.append(Item("rock", "a heavy rock", weight=4))
vault.items.append(Treasure("crown", "a jewelled crown", 500))
vault.items.append(Treasure("coins", "a bag of coins", 75))

player = Player("hero", hall)
script = [
    ("go", "east"), ("go", "north"), ("go", "east"), ("take", "brass key"), ("go", "east"),
    ("take", "crown"), ("take", "coins"), ("take", "sword"), ("go", "west"), ("go", "south"),
    ("go", "west"), ("take", "rock"),
]
for verb, arg in script:
    try:
        result = getattr(player, verb)(arg)
        print(verb, arg, "->", result)
    except CannotGo as e:
        print(verb, arg, "-> [CannotGo]", e)
    except GameError as e:
        print(verb, arg, "-> [GameError]", e)
print("inventory:", player.inventory, "load:", player.load, "score:", player.score)
print("visited:", " > ".join(player.visited), "| things created:", Thing.count)
print("crown" in vault, "coins" in vault, "rock" in garden, list(map(str, garden.items)))
for it in player.inventory:
    print(" ", it, "-", it.describe())
