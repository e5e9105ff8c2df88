# yield in the wrong place is a SyntaxError at compile time
for src in ["yield 1", "class C:\n    yield 1", "[(yield) for x in y]", "{(yield x) for x in y}",
            "((yield) for x in y)", "def f():\n    return [(yield) for x in y]"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
