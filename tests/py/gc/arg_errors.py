# Argument errors of every gc function, with CPython's messages.
import gc

calls = [
    "gc.collect(3)", "gc.collect(-1)", "gc.collect(2.0)", "gc.collect('a')",
    "gc.collect(1, 2)", "gc.collect(foo=1)", "gc.collect(generation='a')",
    "gc.collect(generation=None)", "gc.collect(2**40)", "gc.collect(-2**70)",
    "gc.set_debug()", "gc.set_debug(1, 2)", "gc.set_debug(flags=1)",
    "gc.set_debug(1.0)", "gc.set_debug(2**70)",
    "gc.is_tracked()", "gc.is_tracked(1, 2)", "gc.is_tracked(x=1)",
    "gc.is_finalized()", "gc.is_finalized(1, 2)",
    "gc.set_threshold()", "gc.set_threshold(1, 2, 3, 4)", "gc.set_threshold('a')",
    "gc.set_threshold(1.5)", "gc.set_threshold(x=1)", "gc.set_threshold(1, x=1)",
    "gc.set_threshold(2**31)", "gc.set_threshold(-2**31 - 1)", "gc.set_threshold(2**70)",
    "gc.set_threshold(-2**70)",
    "gc.enable(1)", "gc.disable(1)", "gc.isenabled(1)", "gc.get_count(1)",
    "gc.get_threshold(1)", "gc.get_stats(1)", "gc.freeze(1)", "gc.unfreeze(1)",
    "gc.get_freeze_count(1)", "gc.get_debug(1)", "gc.enable(x=1)", "gc.get_count(x=1)",
    "gc.get_objects(3)", "gc.get_objects(-2)", "gc.get_objects('a')", "gc.get_objects(1.0)",
    "gc.get_objects(1, 2)", "gc.get_objects(gen=1)", "gc.get_objects(2**70)",
    "gc.get_objects(2**40)",
    "gc.get_referents(x=1)", "gc.get_referrers(x=1)",
]
for c in calls:
    try:
        r = eval(c)
        print(c, "->", type(r).__name__)
    except Exception as e:
        print(c, "->", type(e).__name__, e)

# Valid argument forms.
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0, gc.collect(True) >= 0)
print(type(gc.get_objects(None)).__name__, type(gc.get_objects(generation=2)).__name__)
print(type(gc.get_objects(-1)).__name__)
print(gc.get_referents(), gc.get_referrers() == [] or type(gc.get_referrers()).__name__)
