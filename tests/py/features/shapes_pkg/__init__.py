# helper package for imports_packages.py
from .circle import Circle
from . import square as sq
VERSION = "1.0"
__all__ = ["Circle", "VERSION"]
