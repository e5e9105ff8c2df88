# Uncaught KeyError with a string key.
ages = {"ann": 31, "bob": 27}

def age_of(name):
    return ages[name]

print(age_of("ann"))
print(age_of("carl"))
