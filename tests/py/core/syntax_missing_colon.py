# An if statement without its colon.
x = 3
print(x)
if x > 2
    print("big")
