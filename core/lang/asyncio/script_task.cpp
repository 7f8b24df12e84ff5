// ScriptTask: CPython's Task.__step and Task.__wakeup over the core's TaskBase.
#include "lang/asyncio/script_task.hpp"

#include "lang/asyncio/trace_recorder.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {
RunStatus gen_send_ex(GenObj* g, Value sent, ExcObj* exc, Value& result); // generator.cpp
RunStatus gen_throw(GenObj* g, ExcObj* exc, Value& result);
} // namespace tulip::lang

namespace tulip::lang::aio {

ScriptTask::ScriptTask(Loop& loop, Value coro, Value loop_owner, std::string_view name)
    : WithResult<Held, TaskBase>(loop, name), coro_(coro), loop_owner_(loop_owner) {
  GenObj* g = cast<GenObj>(coro);
  if (g->frame)
    defined_at_ =
        std::string(sv(g->frame->code->filename)) + ":" + std::to_string(g->frame->code->firstline);
}

ScriptTask::~ScriptTask() { drop_native(); }

void ScriptTask::drop_native() noexcept {
  if (native_top_)
    std::exchange(native_top_, {}).destroy();
  native_leaf_ = {};
  native_keep_ = Held();
}

void ScriptTask::Wakeup::wake(Callback* self, bool run) {
  if (run)
    static_cast<Wakeup*>(self)->task->step();
}

// Runs the core awaitable in progress until it parks or completes; true once it completed.
bool ScriptTask::resume_native() {
  detail::Running& running = detail::running;
  co::coroutine_handle<> h = native_leaf_;
  do {
    native_leaf_ = h;
    running.next = nullptr;
    h.resume();
    h = running.next;
  } while (h);
  return native_top_.done();
}

void ScriptTask::take_native_outcome(Value& send, ExcObj*& thrown) {
  auto& promise = Coro<Held>::handle_type::from_address(native_top_.address()).promise();
  if (promise.exception) {
    thrown = to_python(promise.exception);
    sent_ = Held(V(thrown));
  } else {
    sent_ = *promise.value;
    send = sent_.get();
  }
  drop_native(); // sent_ keeps the value rooted until the coroutine has it
  awaiting_ = nullptr;
  awaiting_target_ = nullptr;
}

void ScriptTask::finish_with(ExcObj* exc) {
  if (loop().tracing()) [[unlikely]]
    if (TraceRecorder* recorder = active_trace_recorder())
      recorder->task_ending(*this, exc);
  Value excv = V(exc);
  if (isinstance(excv, cast<TypeObj>(types().cancelled.get()))) {
    CancelMessage msg;
    if (exc->args && !exc->args->items.empty() && is_str(exc->args->items[0]))
      msg = std::string(sv(exc->args->items[0]));
    end_with_exception(std::make_exception_ptr(ScriptCancelled(std::move(msg), excv)));
    return;
  }
  end_with_exception(std::make_exception_ptr(ScriptError{excv}));
  // As CPython: SystemExit and KeyboardInterrupt end the task and leave the loop.
  if (exc_matches(exc, T().SystemExit) || exc_matches(exc, T().KeyboardInterrupt))
    throw PyError{exc};
}

void ScriptTask::trace_thrown(ExcObj* thrown) {
  if (!isinstance(V(thrown), cast<TypeObj>(types().cancelled.get())))
    return;
  if (TraceRecorder* recorder = active_trace_recorder()) {
    CancelMessage msg;
    if (thrown->args && !thrown->args->items.empty() && is_str(thrown->args->items[0]))
      msg = std::string(sv(thrown->args->items[0]));
    recorder->cancel_delivered(*this, msg);
  }
}

void ScriptTask::run_step() {
  Value send = None();
  ExcObj* thrown = nullptr;
  if (native_top_) {
    if (!resume_native())
      return;
    take_native_outcome(send, thrown);
  } else {
    started_ = true;
    // The future it parked on is done; if it was cancelled, the await raises CancelledError.
    if (awaiting_target_ && awaiting_target_->cancelled() && loop().tracing()) [[unlikely]]
      if (TraceRecorder* recorder = active_trace_recorder())
        recorder->cancel_delivered(*this, awaiting_target_->cancel_message());
    awaiting_ = nullptr;
    awaiting_target_ = nullptr;
    if (take_cancel_request())
      thrown =
          cancelled_error(extras_if_any() ? extras_if_any()->task_cancel_message : std::nullopt);
  }
  GenObj* g = cast<GenObj>(coro_.get());
  for (;;) {
    Value yielded;
    RunStatus st;
    if (thrown && loop().tracing()) [[unlikely]]
      trace_thrown(thrown);
    try {
      st = thrown ? gen_throw(g, thrown, yielded) : gen_send_ex(g, send, nullptr, yielded);
    } catch (PyError& e) {
      finish_with(e.exc);
      return;
    }
    thrown = nullptr;
    send = None();
    if (st == RunStatus::Returned) {
      if (end_if_cancel_requested())
        return;
      slot_.set(Held(yielded));
      end_with_result();
      return;
    }
    if (yielded.is_none()) { // a bare yield: sleep(0)
      yield_once();
      return;
    }
    if (is_kind(yielded, Kind::Host) && yielded.o->type == types().await_) {
      auto* aw = static_cast<AwaitObj*>(yielded.o);
      aw->state = 1;
      native_top_ = aw->coro.release();
      native_leaf_ = native_top_;
      native_keep_ = Held(yielded);
      awaiting_ = aw->name;
      if (loop().tracing() && is_future(aw->keep.get())) [[unlikely]]
        awaiting_target_ = future_obj(aw->keep.get())->fut.get();
      if (!resume_native())
        return;
      take_native_outcome(send, thrown);
      continue;
    }
    if (is_future(yielded)) {
      FutureBase& fut = *future_obj(yielded)->fut;
      if (&fut == this) {
        thrown = new_exception(T().RuntimeError, "Task cannot await on itself: " + repr());
        continue;
      }
      if (&fut.loop() != &loop()) {
        thrown = new_exception(T().RuntimeError, "Task " + repr() + " got Future " + fut.repr() +
                                                     " attached to a different loop");
        continue;
      }
      if (yielded.o->type == types().gathering)
        awaiting_ = "gather";
      awaiting_target_ = &fut;
      park_on(fut, wakeup_);
      return;
    }
    thrown = new_exception(T().RuntimeError, "Task got bad yield: " + lang::repr(yielded));
  }
}

std::string ScriptTask::coro_name() const {
  Value c = coro_.get();
  if (!is_kind(c, Kind::Generator))
    return lang::repr(c);
  return std::string(sv(cast<GenObj>(c)->qualname)) + "()";
}

std::string ScriptTask::coro_qualname() const {
  Value c = coro_.get();
  if (!is_kind(c, Kind::Generator))
    return lang::repr(c);
  return std::string(sv(cast<GenObj>(c)->qualname));
}

std::string ScriptTask::await_location(std::string* function) const {
  Value c = coro_.get();
  if (!is_kind(c, Kind::Generator))
    return "";
  // Down the chain of coroutines awaiting one another, to the innermost one of the script (the
  // asyncio module's own coroutines, "<frozen asyncio>", are not where the script awaits).
  GenObj* g = cast<GenObj>(c);
  for (Value next = g->yieldfrom; is_kind(next, Kind::Generator);) {
    auto* inner = cast<GenObj>(next);
    if (!inner->frame || sv(inner->frame->code->filename).starts_with("<frozen "))
      break;
    g = inner;
    next = inner->yieldfrom;
  }
  if (!g->frame)
    return defined_at_;
  if (function)
    *function = std::string(sv(g->qualname));
  int line = g->state == GenState::Created ? g->frame->code->firstline : g->frame->line();
  return std::string(sv(g->frame->code->filename)) + ":" + std::to_string(line);
}

std::string ScriptTask::coro_location() const {
  Value c = coro_.get();
  if (!is_kind(c, Kind::Generator))
    return "";
  GenObj* g = cast<GenObj>(c);
  if (!g->frame)
    return defined_at_;
  int line = g->state == GenState::Created ? g->frame->code->firstline : g->frame->line();
  return std::string(sv(g->frame->code->filename)) + ":" + std::to_string(line);
}

std::string ScriptTask::repr() const {
  const char* state = !done()       ? (must_cancel() ? "cancelling" : "pending")
                      : cancelled() ? "cancelled"
                                    : "finished";
  std::string s = std::string("<Task ") + state + " name='" + get_name() + "' coro=<";
  if (done())
    s += coro_name() + " done, defined at " + defined_at_;
  else
    s += coro_name() + " running at " + coro_location();
  s += ">";
  if (parked()) {
    FutureBase* f = awaited_future();
    std::string w = f ? f->repr() : "<Future pending>";
    s += " wait_for=" + w.substr(0, w.size() - 1) + " cb=[Task.task_wakeup()]>";
  }
  if (done() && !cancelled()) {
    try {
      auto* self = const_cast<ScriptTask*>(this);
      if (std::exception_ptr e = self->exception())
        s += " exception=" + safe_repr(V(to_python(e)));
      else
        s += " result=" + safe_repr(result_value());
    } catch (...) {
    }
  }
  return s + ">";
}

Value result_value(FutureBase& f) {
  if (f.is_task())
    return static_cast<ScriptTask&>(f).result_value();
  return static_cast<ValueFuture&>(f).result().get();
}

Held ScriptFuture::result() const {
  impl_->check_result();
  return Held(result_value(*impl_));
}

} // namespace tulip::lang::aio
