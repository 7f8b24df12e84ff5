#include "tulip/server.hpp"

#include <cerrno>
#include <stdexcept>

#include "tulip/gather.hpp"
#include "tulip/sleep.hpp"
#include "tulip/task.hpp"

namespace tulip {

// ---- Server -------------------------------------------------------------------------------------
Server::Server(Loop& loop, std::vector<Ref<Socket>> sockets, ProtocolFactory factory, int backlog)
    : loop_(&loop), sockets_(std::move(sockets)), factory_(std::move(factory)),
      backlog_(backlog) {}

Server::~Server() {
  for (Ref<Socket>& socket : sockets_)
    socket->close();
}

void Server::detach() {
  --active_count_;
  if (active_count_ == 0 && closed_)
    wakeup();
}

void Server::wakeup() {
  if (!waiters_)
    return;
  std::vector<Future<void>> waiters = std::move(*waiters_);
  waiters_.reset();
  for (Future<void>& waiter : waiters)
    if (!waiter.done())
      waiter.set_result();
}

void Server::start_serving() {
  if (serving_)
    return;
  serving_ = true;
  for (Ref<Socket>& socket : sockets_) {
    Socket* listener = socket.get();
    listener->start_listening(backlog_);
    Ref<Server> self(this);
    loop_->add_reader(*listener, [self, listener] { self->accept_ready(*listener); });
  }
}

namespace {
// CPython's _accept_connection2: the protocol and its transport, then connection_made.
Coro<void> accept_connection(Loop& loop, Ref<Socket> conn, ProtocolFactory factory,
                             Ref<Server> server) {
  Ref<Protocol> protocol = factory();
  Future<void> waiter = loop.create_future<void>();
  Ref<Transport> transport(new SocketTransport(
      loop, std::move(conn), protocol,
      [waiter] {
        if (!waiter.cancelled())
          waiter.set_result();
      },
      server.get()));
  bool failed = false;
  try {
    co_await waiter;
  } catch (...) {
    failed = true;
  }
  if (failed)
    transport->close();
}
} // namespace

// CPython's _accept_connection: every connection waiting (up to the backlog), each finished by a
// task of its own.
void Server::accept_ready(Socket& listener) {
  for (int i = 0; i < backlog_; ++i) {
    Ref<Socket> conn;
    try {
      conn = listener.accept();
    } catch (const OSError& e) {
      if (e.code == ECONNABORTED)
        return;
      throw;
    }
    if (!conn)
      return;
    Ref<Server> self(this);
    loop_->create_task(accept_connection(*loop_, std::move(conn), factory_, self));
  }
}

void Server::close() {
  if (closed_)
    return;
  closed_ = true;
  std::vector<Ref<Socket>> sockets = std::move(sockets_);
  sockets_.clear();
  for (Ref<Socket>& socket : sockets) {
    loop_->remove_reader(*socket);
    socket->close();
  }
  serving_ = false;
  if (serving_forever_ && !serving_forever_->done()) {
    serving_forever_->cancel();
    serving_forever_.reset();
  }
  if (active_count_ == 0)
    wakeup();
}

Coro<void> Server::serve_forever() {
  if (serving_forever_)
    throw std::runtime_error("server is already being awaited on serve_forever()");
  if (closed_)
    throw std::runtime_error("server is closed");
  start_serving();
  Ref<Server> self(this);
  Future<void> forever = loop_->create_future<void>();
  serving_forever_ = forever;
  std::exception_ptr cancelled;
  std::exception_ptr other;
  try {
    co_await forever;
  } catch (const CancelledError&) {
    cancelled = std::current_exception();
  } catch (...) {
    other = std::current_exception();
  }
  if (cancelled) {
    std::exception_ptr during;
    try {
      close();
      co_await wait_closed();
    } catch (...) {
      during = std::current_exception();
    }
    serving_forever_.reset();
    std::rethrow_exception(during ? during : cancelled);
  }
  serving_forever_.reset();
  if (other)
    std::rethrow_exception(other);
}

Coro<void> Server::wait_closed() {
  // CPython 3.11: a closed server (sockets None) returns at once, connections or not.
  if (closed_ || !waiters_)
    co_return;
  Ref<Server> self(this);
  Future<void> waiter = loop_->create_future<void>();
  waiters_->push_back(waiter);
  co_await waiter;
}

// ---- create_connection, create_server -------------------------------------------------------------
namespace {

// CPython's sock_connect: wait until the socket is writable, then read how the connect ended (0 or
// the errno). It returns the error rather than raising it: Emscripten 3.1.6's wasm exceptions lose
// an exception raised at a co_await inside `try { } catch (const OSError&)` (it escapes the task
// and the heap is corrupted), so create_connection makes the OSError itself.
Coro<int> sock_connect(Loop& loop, Ref<Socket> socket) {
  Future<int> done = loop.create_future<int>();
  Socket* s = socket.get();
  loop.add_writer(*s, [done, s] {
    if (done.done())
      return;
    done.set_result(s->connect_error());
  });
  // The writer goes when the future is done, through a done callback, as in CPython.
  Loop* l = &loop;
  done.add_done_callback([l, socket](Future<int>) { l->remove_writer(*socket); });
  co_return co_await done;
}

std::string exception_text(const std::exception_ptr& e) {
  try {
    std::rethrow_exception(e);
  } catch (const OSError& x) {
    return x.with_errno ? "[Errno " + std::to_string(x.code) + "] " + x.what() : x.what();
  } catch (const std::exception& x) {
    return x.what();
  } catch (...) {
    return "";
  }
}

// CPython's _create_server_getaddrinfo, run as a task per host under gather.
Coro<std::vector<Address>> resolve_passive(Network& network, std::string host, int port) {
  co_return network.resolve(host, port);
}

} // namespace

Coro<Ref<Transport>> create_connection(Loop& loop, ProtocolFactory factory, std::string host,
                                       int port) {
  Network& network = loop.network();
  std::vector<Address> infos = network.resolve(host, port);
  if (infos.empty())
    throw OSError(0, "getaddrinfo() returned empty list", false);
  std::vector<std::exception_ptr> errors;
  Ref<Socket> socket;
  for (const Address& address : infos) {
    Ref<Socket> s;
    try {
      s = network.connect(address);
    } catch (const OSError&) {
      errors.push_back(std::current_exception());
      continue;
    }
    if (int err = co_await sock_connect(loop, s)) {
      errors.push_back(std::make_exception_ptr(OSError(
          err, "Connect call failed " + address_repr(address) + s->connect_error_detail())));
      continue;
    }
    socket = s;
    break;
  }
  if (!socket) {
    if (errors.size() == 1)
      std::rethrow_exception(errors[0]);
    std::string first = exception_text(errors[0]);
    bool all_same = true;
    for (auto& e : errors)
      all_same = all_same && exception_text(e) == first;
    if (all_same)
      std::rethrow_exception(errors[0]);
    std::string joined;
    for (auto& e : errors)
      joined += (joined.empty() ? "" : ", ") + exception_text(e);
    throw OSError(0, "Multiple exceptions: " + joined, false);
  }
  // CPython's _create_connection_transport.
  Ref<Protocol> protocol = factory();
  Future<void> waiter = loop.create_future<void>();
  Ref<Transport> transport(new SocketTransport(loop, socket, protocol, [waiter] {
    if (!waiter.cancelled())
      waiter.set_result();
  }));
  bool failed = false;
  std::exception_ptr error;
  try {
    co_await waiter;
  } catch (...) {
    failed = true;
    error = std::current_exception();
  }
  if (failed) {
    transport->close();
    std::rethrow_exception(error);
  }
  co_return transport;
}

Coro<Ref<Server>> create_server(Loop& loop, ProtocolFactory factory, std::string host, int port,
                                int backlog, bool start_serving) {
  Network& network = loop.network();
  std::vector<Task<std::vector<Address>>> lookups;
  lookups.push_back(loop.create_task(resolve_passive(network, host, port)));
  co_await gather(std::move(lookups));
  std::vector<Ref<Socket>> sockets = network.listen(host, port, backlog);
  Ref<Server> server(new Server(loop, std::move(sockets), std::move(factory), backlog));
  if (start_serving) {
    server->start_serving();
    co_await sleep(0); // one iteration, so that every reader is in place
  }
  co_return server;
}

} // namespace tulip
