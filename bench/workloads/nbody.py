# N-body simulation of the Jovian planets (adapted from tests/py/programs/nbody.py):
# float arithmetic, list indexing, attribute reads. SCALE: time steps.

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24
DEFAULT_SCALE = 50000


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.pos = [x, y, z]
        self.vel = [vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR]
        self.mass = mass * SOLAR_MASS


def make_system():
    return [
        Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
             1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
             9.54791938424326609e-04),
        Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
             -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
             2.85885980666130812e-04),
        Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
             2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
             4.36624404335156298e-05),
        Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
             2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
             5.15138902046611451e-05),
    ]


def advance(bodies, body_pairs, dt, n):
    for _ in range(n):
        for b1, b2 in body_pairs:
            (x1, y1, z1), (x2, y2, z2) = b1.pos, b2.pos
            dx, dy, dz = x1 - x2, y1 - y2, z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            b1m = b1.mass * mag
            b2m = b2.mass * mag
            v1, v2 = b1.vel, b2.vel
            v1[0] -= dx * b2m
            v1[1] -= dy * b2m
            v1[2] -= dz * b2m
            v2[0] += dx * b1m
            v2[1] += dy * b1m
            v2[2] += dz * b1m
        for b in bodies:
            vx, vy, vz = b.vel
            b.pos[0] += dt * vx
            b.pos[1] += dt * vy
            b.pos[2] += dt * vz


def energy(bodies, body_pairs):
    e = 0.0
    for b1, b2 in body_pairs:
        dx = b1.pos[0] - b2.pos[0]
        dy = b1.pos[1] - b2.pos[1]
        dz = b1.pos[2] - b2.pos[2]
        e -= (b1.mass * b2.mass) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for b in bodies:
        vx, vy, vz = b.vel
        e += b.mass * (vx * vx + vy * vy + vz * vz) / 2.0
    return e


def work(scale):
    bodies = make_system()
    body_pairs = [(bodies[i], bodies[j]) for i in range(5) for j in range(i + 1, 5)]
    px = py = pz = 0.0
    for b in bodies:
        px -= b.vel[0] * b.mass
        py -= b.vel[1] * b.mass
        pz -= b.vel[2] * b.mass
    bodies[0].vel = [px / SOLAR_MASS, py / SOLAR_MASS, pz / SOLAR_MASS]
    before = energy(bodies, body_pairs)
    advance(bodies, body_pairs, 0.01, scale)
    return format(before, ".9f") + " " + format(energy(bodies, body_pairs), ".9f")


if __name__ == "__main__":
    import driver

    driver.main(work, DEFAULT_SCALE)
