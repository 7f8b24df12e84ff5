// Green threads: the program's main code and each threading.Thread are chains of heap frames
// the VM runs in turn. The instruction budget preempts the running one (so a `while True: pass`
// thread cannot starve the others); a thread that sleeps or waits gives up its turn. No C++
// stack is captured, so this runs the same natively and in the browser: a thread that blocks
// where its C++ stack is live (inside an event loop, a sort key) runs the others on top of it.
#pragma once
#include <cstdint>

#include "lang/object.hpp"

namespace tulip::lang {

class VM;
struct CodeObj;

namespace threads {

// Runs the program's module code as the main thread, then the other threads until every
// non-daemon one has ended (as CPython's shutdown joins them). An exception of the main
// thread propagates (as PyError) once they have.
void run_main(VM& m, CodeObj* code, DictObj* globals);

// An event loop of the program as the scheduler sees it while the loop waits for work.
class IdleLoop {
public:
  virtual ~IdleLoop() = default;
  // When its next iteration has work, in ns on the program's clock (-kNoDeadline: now).
  virtual int64_t next_deadline() = 0;
  // It is stopping: no more iterations until its own run_forever regains control.
  virtual bool stopping() = 0;
  virtual void run_once() = 0;
};

// The wait of an idle event loop, until `deadline_ns` or until the loop has work: the other
// green threads run meanwhile (they may give it work, through call_soon_threadsafe). While this
// thread's stack lies under another thread that blocks, that thread runs the loop's iterations
// on this thread's behalf. Throws DeadlockError when nothing could end the wait.
void idle_until(int64_t deadline_ns, IdleLoop& loop);

void init_module(ModuleObj* m); // _tulip_threads, used by threading.py

} // namespace threads
} // namespace tulip::lang
