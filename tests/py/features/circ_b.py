# helper module
import circ_a
VALUE_B = "b"
def from_a():
    return circ_a.VALUE_A
