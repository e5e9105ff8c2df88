# ValueError raised explicitly three calls deep, uncaught.
def parse(text):
    if not text.isdigit():
        raise ValueError("not a number: " + repr(text))
    return int(text)

def parse_all(texts):
    out = []
    for t in texts:
        out.append(parse(t))
    return out

def main():
    print(parse_all(["1", "22"]))
    print(parse_all(["3", "x4"]))

main()
