# helper module
import circ_b
VALUE_A = "a"
def from_b():
    return circ_b.VALUE_B
