# A tiny state machine for a vending machine driven by a list of events.
TRANSITIONS = {
    ("idle", "coin"): "paid",
    ("paid", "coin"): "paid",
    ("paid", "select"): "vending",
    ("paid", "refund"): "idle",
    ("vending", "done"): "idle",
}
class Machine:
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.history = []
    def handle(self, event, value=None):
        key = (self.state, event)
        if key not in TRANSITIONS:
            print(f"  ignored {event!r} in state {self.state!r}")
            return
        old, self.state = self.state, TRANSITIONS[key]
        if event == "coin":
            self.credit += value
        elif event == "refund":
            print(f"  refunding {self.credit}")
            self.credit = 0
        elif event == "select":
            print(f"  vending {value} for {self.credit}")
            self.credit = 0
        self.history.append(f"{old}->{self.state}")
events = [("select", "cola"), ("coin", 50), ("coin", 25), ("select", "chips"),
          ("coin", 10), ("done", None), ("coin", 100), ("refund", None), ("done", None)]
m = Machine()
for event, value in events:
    print(f"event {event}{'' if value is None else ' ' + str(value)}")
    m.handle(event, value)
print("final state:", m.state, "credit:", m.credit)
print(" | ".join(m.history))
print({state: sum(1 for h in m.history if h.endswith(state)) for state in ("idle", "paid", "vending")})
