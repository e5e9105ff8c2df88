# Importing a .py module from the script's folder, module caching, __name__.
import sys
import helper_mod
import helper_mod as again
from helper_mod import greet, VALUE as V

print(__name__)
print(helper_mod.__name__, helper_mod is again, "helper_mod" in sys.modules)
print(greet("world"), V)
print(helper_mod.calls)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from helper_mod import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
