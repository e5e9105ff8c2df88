# Richards OS simulation (adapted from tests/py/programs/richards.py): method
# calls, attribute reads and writes on instances of a class hierarchy.
# SCALE: number of simulations of 1000 idle steps each.

DEFAULT_SCALE = 60

I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEV_A, I_DEV_B = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4
PKT_PENDING, WAITING, HOLDING = 1, 2, 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 7
        self.task_list = None
        self.current = None
        self.hold_count = 0
        self.qpkt_count = 0

    def add(self, task):
        task.link = self.task_list
        self.task_list = task
        self.tasks[task.ident] = task

    def run(self):
        t = self.task_list
        while t is not None:
            if t.state & HOLDING or t.state == WAITING:
                t = t.link
            else:
                self.current = t
                t = t.run_once()

    # Operations a running task performs; each returns the next task to run.
    def wait(self):
        self.current.state |= WAITING
        return self.current

    def hold(self):
        self.hold_count += 1
        self.current.state |= HOLDING
        return self.current.link

    def release(self, ident):
        t = self.tasks[ident]
        t.state &= ~HOLDING
        return t if t.priority > self.current.priority else self.current

    def qpkt(self, packet):
        t = self.tasks[packet.ident]
        self.qpkt_count += 1
        packet.link = None
        packet.ident = self.current.ident
        if t.input is None:
            t.input = packet
            t.state |= PKT_PENDING
            if t.priority > self.current.priority:
                return t
        else:
            packet.append_to(t.input)
        return self.current


class Task:
    def __init__(self, sched, ident, priority, queue, state):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.state = state
        sched.add(self)

    def run_once(self):
        packet = None
        if self.state == PKT_PENDING | WAITING:
            packet = self.input
            self.input = packet.link
            self.state = 0 if self.input is None else PKT_PENDING
        return self.step(packet)


class IdleTask(Task):
    def __init__(self, sched, count):
        super().__init__(sched, I_IDLE, 1, None, 0)
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold()
        if self.control & 1 == 0:
            self.control //= 2
            return self.sched.release(I_DEV_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.sched.release(I_DEV_B)


class WorkTask(Task):
    def __init__(self, sched, queue):
        super().__init__(sched, I_WORK, 1000, queue, PKT_PENDING | WAITING)
        self.destination = I_HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            return self.sched.wait()
        self.destination = I_HANDLER_A if self.destination == I_HANDLER_B else I_HANDLER_B
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord("A") + self.count - 1
        return self.sched.qpkt(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue, PKT_PENDING | WAITING)
        self.work_in = None
        self.dev_in = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == K_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.dev_in = packet.append_to(self.dev_in)
        if self.work_in is not None:
            work = self.work_in
            count = work.datum
            if count >= BUFSIZE:
                self.work_in = work.link
                return self.sched.qpkt(work)
            if self.dev_in is not None:
                dev = self.dev_in
                self.dev_in = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.sched.qpkt(dev)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None, WAITING)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait()
            p = self.pending
            self.pending = None
            return self.sched.qpkt(p)
        self.pending = packet
        return self.sched.hold()
def richards(count):
    s = Scheduler()
    IdleTask(s, count)
    work = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
    WorkTask(s, work)
    for ident, dev, prio in ((I_HANDLER_A, I_DEV_A, 2000), (I_HANDLER_B, I_DEV_B, 3000)):
        q = Packet(Packet(Packet(None, dev, K_DEV), dev, K_DEV), dev, K_DEV)
        HandlerTask(s, ident, prio, q)
    DeviceTask(s, I_DEV_A, 4000)
    DeviceTask(s, I_DEV_B, 5000)
    s.run()
    return s.qpkt_count, s.hold_count


def work(scale):
    q = h = 0
    for _ in range(scale):
        q, h = richards(1000)
    return q, h


if __name__ == "__main__":
    import driver

    driver.main(work, DEFAULT_SCALE)
