# helper package
