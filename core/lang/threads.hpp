// Green threads: the program's main code and each threading.Thread are chains of heap frames
// the VM runs in turn. The instruction budget preempts the running one (so a `while True: pass`
// thread cannot starve the others); a thread that sleeps or waits gives up its turn. No C++
// stack is captured, so this runs the same natively and in the browser.
#pragma once
#include "lang/object.hpp"

namespace tulip::lang {

class VM;
struct CodeObj;

namespace threads {

// Runs the program's module code as the main thread, then the other threads until every
// non-daemon one has ended (as CPython's shutdown joins them). An exception of the main
// thread propagates (as PyError) once they have.
void run_main(VM& m, CodeObj* code, DictObj* globals);

void init_module(ModuleObj* m); // _tulip_threads, used by threading.py

} // namespace threads
} // namespace tulip::lang
