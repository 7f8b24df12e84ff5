# sys.exit() with no argument inside a loop: status 0, loop abandoned.
import sys
queue = ["job1", "job2", "quit", "job3"]
processed = []
for job in queue:
    if job == "quit":
        print("quit command received after", processed)
        sys.exit()
    processed.append(job)
    print("processed", job)
print("never printed")
