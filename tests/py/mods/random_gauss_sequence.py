import random
random.seed(0)
vals = []
for i in range(20):
    vals.append(random.gauss(0, 1))
print(vals)
random.seed(0)
print(random.normalvariate(5, 2), random.lognormvariate(0, 0.5), random.expovariate(1.5), random.triangular(1, 3))
print(random.paretovariate(2.0), random.weibullvariate(2.0, 3.0), random.uniform(-1, 1))
