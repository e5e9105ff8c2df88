class ConfigError(Exception):
    pass
def load():
    raise ConfigError("missing key 'db'")
print("before")
load()
