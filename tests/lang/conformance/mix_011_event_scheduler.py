# A discrete-event scheduler: events sorted by (time, sequence) and processed in order.
from itertools import count
class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0.0
        self.seq = count()
    def call_at(self, when, callback, *args):
        self.queue.append((when, next(self.seq), callback, args))
        self.queue.sort(key=lambda e: (e[0], e[1]))
    def call_later(self, delay, callback, *args):
        self.call_at(self.now + delay, callback, *args)
    def run(self):
        while self.queue:
            when, _, callback, args = self.queue.pop(0)
            self.now = when
            callback(*args)
sched = Scheduler()
def tick(name, interval, remaining):
    print(f"t={sched.now:5.2f} {name} tick ({remaining} left)")
    if remaining > 1:
        sched.call_later(interval, tick, name, interval, remaining - 1)
def alarm(msg):
    print(f"t={sched.now:5.2f} ALARM: {msg}")
sched.call_later(0.5, tick, "fast", 0.5, 4)
sched.call_later(1.0, tick, "slow", 1.5, 3)
sched.call_at(1.0, alarm, "same time as slow, scheduled later")
sched.call_at(0.0, alarm, "at start")
sched.run()
print("finished at", sched.now)
