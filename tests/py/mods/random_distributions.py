import random
random.seed(17)
print(random.uniform(1, 10), random.uniform(5, -5), random.triangular(), random.triangular(0, 10, 2))
print(random.gauss(), random.gauss(), random.gauss(10, 2), random.gauss(mu=1, sigma=0.5))
print(random.normalvariate(), random.normalvariate(100, 15), random.lognormvariate(0, 1))
print(random.expovariate(2), random.paretovariate(3), random.weibullvariate(1, 2))
total = 0.0
for i in range(1000):
    total += random.gauss(0, 1)
print(round(total, 6))
