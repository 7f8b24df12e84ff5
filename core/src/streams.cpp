#include "tulip/streams.hpp"

#include <algorithm>
#include <cerrno>
#include <stdexcept>

#include "tulip/sleep.hpp"
#include "tulip/task.hpp"

namespace tulip {

// ---- StreamReader -------------------------------------------------------------------------------
StreamReader::StreamReader(Loop& loop, std::size_t limit) : loop_(&loop), limit_(limit) {
  if (limit == 0)
    throw std::invalid_argument("Limit cannot be <= 0");
}

void StreamReader::set_exception(std::exception_ptr exc) {
  exception_ = exc;
  if (waiter_) {
    Future<void> waiter = *waiter_;
    waiter_.reset();
    if (!waiter.cancelled())
      waiter.set_exception(exc);
  }
}

void StreamReader::wakeup_waiter() {
  if (waiter_) {
    Future<void> waiter = *waiter_;
    waiter_.reset();
    if (!waiter.cancelled())
      waiter.set_result();
  }
}

void StreamReader::set_transport(Transport& transport) { transport_ = Ref<Transport>(&transport); }

void StreamReader::maybe_resume_transport() {
  if (paused_ && buffered() <= limit_) {
    paused_ = false;
    transport_->resume_reading();
  }
}

void StreamReader::feed_eof() {
  eof_ = true;
  wakeup_waiter();
}

void StreamReader::feed_data(std::string_view data) {
  if (data.empty())
    return;
  if (start_ && start_ == buffer_.size()) {
    buffer_.clear();
    start_ = 0;
  }
  buffer_.append(data);
  wakeup_waiter();
  if (transport_ && !paused_ && buffered() > 2 * limit_) {
    transport_->pause_reading();
    paused_ = true;
  }
}

Coro<void> StreamReader::wait_for_data(const char* func_name) {
  if (waiter_)
    throw std::runtime_error(std::string(func_name) +
                             "() called while another coroutine is already waiting for incoming "
                             "data");
  if (paused_) {
    paused_ = false;
    transport_->resume_reading();
  }
  Future<void> waiter = loop_->create_future<void>();
  waiter_ = waiter;
  struct Forget {
    std::optional<Future<void>>& slot;
    ~Forget() { slot.reset(); }
  } forget{waiter_};
  co_await waiter;
}

std::string StreamReader::take(std::size_t n) {
  n = std::min(n, buffered());
  std::string out = buffer_.substr(start_, n);
  start_ += n;
  if (start_ == buffer_.size()) {
    buffer_.clear();
    start_ = 0;
  } else if (start_ > 64 * 1024 && start_ * 2 > buffer_.size()) {
    buffer_.erase(0, start_);
    start_ = 0;
  }
  return out;
}

std::size_t StreamReader::find(std::string_view separator, std::size_t offset) const {
  std::size_t at = std::string_view(buffer_).substr(start_).find(separator, offset);
  return at;
}

Coro<std::string> StreamReader::readline() {
  const std::string sep = "\n";
  std::exception_ptr overrun;
  std::size_t consumed = 0;
  try {
    co_return co_await readuntil(sep);
  } catch (IncompleteReadError& e) {
    co_return std::move(e.partial);
  } catch (LimitOverrunError& e) {
    overrun = std::current_exception();
    consumed = e.consumed;
  }
  std::string message;
  try {
    std::rethrow_exception(overrun);
  } catch (const LimitOverrunError& e) {
    message = e.what();
  }
  if (std::string_view(buffer_).substr(start_ + std::min(consumed, buffered())).starts_with(sep))
    take(consumed + sep.size());
  else
    take(buffered());
  maybe_resume_transport();
  throw std::invalid_argument(message);
}

Coro<std::string> StreamReader::readuntil(std::string separator) {
  std::size_t seplen = separator.size();
  if (seplen == 0)
    throw std::invalid_argument("Separator should be at least one-byte string");
  if (exception_)
    std::rethrow_exception(exception_);
  std::size_t offset = 0;
  std::size_t isep;
  for (;;) {
    std::size_t buflen = buffered();
    if (buflen >= offset + seplen) {
      isep = find(separator, offset);
      if (isep != std::string_view::npos)
        break;
      offset = buflen + 1 - seplen;
      if (offset > limit_)
        throw LimitOverrunError("Separator is not found, and chunk exceed the limit", offset);
    }
    if (eof_) {
      std::string chunk = take(buffered());
      throw IncompleteReadError(std::move(chunk), std::nullopt);
    }
    co_await wait_for_data("readuntil");
  }
  if (isep > limit_)
    throw LimitOverrunError("Separator is found, but chunk is longer than limit", isep);
  std::string chunk = take(isep + seplen);
  maybe_resume_transport();
  co_return chunk;
}

Coro<std::string> StreamReader::read(long long n) {
  if (exception_)
    std::rethrow_exception(exception_);
  if (n == 0)
    co_return std::string();
  if (n < 0) {
    // CPython reads limit-sized blocks until EOF, and joins them.
    std::string all;
    for (;;) {
      std::string block = co_await read(static_cast<long long>(limit_));
      if (block.empty())
        break;
      all += block;
    }
    co_return all;
  }
  if (buffered() == 0 && !eof_)
    co_await wait_for_data("read");
  std::string data = take(static_cast<std::size_t>(n));
  maybe_resume_transport();
  co_return data;
}

Coro<std::string> StreamReader::readexactly(long long n) {
  if (n < 0)
    throw std::invalid_argument("readexactly size can not be less than zero");
  if (exception_)
    std::rethrow_exception(exception_);
  if (n == 0)
    co_return std::string();
  auto want = static_cast<std::size_t>(n);
  while (buffered() < want) {
    if (eof_) {
      std::string incomplete = take(buffered());
      throw IncompleteReadError(std::move(incomplete), want);
    }
    co_await wait_for_data("readexactly");
  }
  std::string data = take(want);
  maybe_resume_transport();
  co_return data;
}

// ---- StreamReaderProtocol -----------------------------------------------------------------------
StreamReaderProtocol::StreamReaderProtocol(Loop& loop, Ref<StreamReader> reader,
                                           ClientConnected client_connected)
    : loop_(&loop), reader_(std::move(reader)), client_connected_(std::move(client_connected)),
      closed_(loop.create_future<void>()) {}

void StreamReaderProtocol::connection_made(Transport& transport) {
  if (reader_)
    reader_->set_transport(transport);
  if (client_connected_) {
    Ref<StreamWriter> writer(new StreamWriter(Ref<Transport>(&transport),
                                              Ref<StreamReaderProtocol>(this), reader_));
    ClientConnected callback = std::move(client_connected_);
    callback(reader_, writer);
  }
}

void StreamReaderProtocol::data_received(std::string_view data) {
  if (reader_)
    reader_->feed_data(data);
}

bool StreamReaderProtocol::eof_received() {
  if (reader_)
    reader_->feed_eof();
  return true;
}

void StreamReaderProtocol::connection_lost(std::exception_ptr exc) {
  Ref<StreamReaderProtocol> self(this);
  if (reader_) {
    if (exc)
      reader_->set_exception(exc);
    else
      reader_->feed_eof();
  }
  if (!closed_.done()) {
    if (exc) {
      closed_.set_exception(exc);
      (void)closed_.exception(); // retrieved: CPython's __del__ marks it so, nobody is told
    } else {
      closed_.set_result();
    }
  }
  // FlowControlMixin.connection_lost
  connection_lost_ = true;
  if (paused_) {
    for (Future<void>& waiter : drain_waiters_)
      if (!waiter.done()) {
        if (exc)
          waiter.set_exception(exc);
        else
          waiter.set_result();
      }
  }
  reader_ = nullptr;
}

void StreamReaderProtocol::resume_writing() {
  paused_ = false;
  for (Future<void>& waiter : drain_waiters_)
    if (!waiter.done())
      waiter.set_result();
}

Coro<void> StreamReaderProtocol::drain_helper() {
  if (connection_lost_)
    throw OSError(ECONNRESET, "Connection lost", false);
  if (!paused_)
    co_return;
  Future<void> waiter = loop_->create_future<void>();
  drain_waiters_.push_back(waiter);
  struct Remove {
    std::vector<Future<void>>& waiters;
    Future<void> waiter;
    ~Remove() {
      auto it = std::find(waiters.begin(), waiters.end(), waiter);
      if (it != waiters.end())
        waiters.erase(it);
    }
  } remove{drain_waiters_, waiter};
  Ref<StreamReaderProtocol> self(this);
  co_await waiter;
}

// ---- StreamWriter -------------------------------------------------------------------------------
StreamWriter::StreamWriter(Ref<Transport> transport, Ref<StreamReaderProtocol> protocol,
                           Ref<StreamReader> reader)
    : transport_(std::move(transport)), protocol_(std::move(protocol)),
      reader_(std::move(reader)) {}

Coro<void> StreamWriter::drain() {
  if (reader_)
    if (std::exception_ptr exc = reader_->exception())
      std::rethrow_exception(exc);
  if (transport_->is_closing())
    co_await sleep(0); // lets connection_lost run, so a write-drain loop sees the error
  co_await protocol_->drain_helper();
}

Coro<void> StreamWriter::wait_closed() {
  Future<void> closed = protocol_->closed();
  co_await closed;
}

// ---- open_connection, start_server ----------------------------------------------------------------
Coro<ReaderWriter> open_connection(std::string host, int port, std::size_t limit) {
  Loop& loop = get_running_loop();
  Ref<StreamReader> reader(new StreamReader(loop, limit));
  Ref<StreamReaderProtocol> protocol(new StreamReaderProtocol(loop, reader));
  // Named, not a temporary: GCC 12 destroys a converted temporary argument of a coroutine twice
  // when the call is co_awaited in the same expression.
  ProtocolFactory factory = [protocol] { return Ref<Protocol>(protocol); };
  Ref<Transport> transport = co_await create_connection(loop, factory, std::move(host), port);
  Ref<StreamWriter> writer(new StreamWriter(transport, protocol, reader));
  co_return ReaderWriter{reader, writer};
}

Coro<Ref<Server>> start_server(StreamReaderProtocol::ClientConnected client_connected,
                               std::string host, int port, std::size_t limit, int backlog) {
  Loop& loop = get_running_loop();
  Loop* l = &loop;
  ProtocolFactory factory = [l, client_connected, limit] {
    Ref<StreamReader> reader(new StreamReader(*l, limit));
    return Ref<Protocol>(new StreamReaderProtocol(*l, reader, client_connected));
  };
  co_return co_await create_server(loop, std::move(factory), std::move(host), port, backlog);
}

} // namespace tulip
