import os
path = "gy_test_file_open_rw.tmp"
with open(path, "w") as f:
    print(f.write("line1\nline2\nline3\n"), f.closed, f.mode, f.name)
print(f.closed)
with open(path) as f:
    print(repr(f.readline()), repr(f.read(3)), f.readlines())
print([l.rstrip() for l in open(path)])
with open(path, "a") as f:
    f.writelines(["x\n", "y\n"])
with open(path, "r") as f:
    data = f.read()
print(data.splitlines(), len(data))
with open(path, "wb") as f:
    f.write(b"\x00\x01abc")
with open(path, "rb") as f:
    print(f.read(2), f.read(), f.read())
with open(path, "r+") as f:
    f.seek(2)
    print(f.tell(), f.read())
for m in ["q", "rbt"]:
    try:
        open(path, m)
    except ValueError as e:
        print("ValueError:", e)
try:
    open("/no/such/dir/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
os.remove(path)
print(os.path.exists(path))
