#include "tulip/transport.hpp"

#include <cerrno>
#include <stdexcept>
#include <vector>

#include "tulip/errors.hpp"
#include "tulip/loop.hpp"
#include "tulip/server.hpp"

namespace tulip {

namespace {
constexpr std::size_t kMaxRecv = 256 * 1024; // CPython's max_size: one recv() per readiness
std::uint64_t g_transport_ids = 0;
TransportObserver* g_observer = nullptr;
std::vector<SocketTransport*> g_live; // every transport alive, for abandon()
} // namespace

void SocketTransport::abandon(Loop& loop) noexcept {
  std::vector<Ref<Protocol>> dropped;
  for (SocketTransport* t : g_live)
    if (t->loop_ == &loop && t->protocol_)
      dropped.push_back(std::move(t->protocol_));
  dropped.clear(); // released here, after the walk: releasing may free transports
}

void SocketTransport::set_observer(TransportObserver* observer) noexcept { g_observer = observer; }

SocketTransport::SocketTransport(Loop& loop, Ref<Socket> socket, Ref<Protocol> protocol,
                                 std::function<void()> waiter_done, Server* server)
    : loop_(&loop), socket_(std::move(socket)), protocol_(std::move(protocol)), server_(server),
      id_(++g_transport_ids), kind_(socket_->kind()) {
  g_live.push_back(this);
  sockname_ = socket_->sockname();
  peername_ = socket_->peername();
  if (server_)
    server_->attach();
  if (g_observer)
    g_observer->on_opened(*this, static_cast<bool>(server_));
  Ref<SocketTransport> self(this);
  Ref<Protocol> protocol_ref = protocol_;
  loop.call_soon([self, protocol_ref] { protocol_ref->connection_made(*self);});
  loop.call_soon([self] { self->add_reader(); });
  if (waiter_done)
    loop.call_soon(std::move(waiter_done));
}

SocketTransport::~SocketTransport() {
  std::erase(g_live, this);
  if (socket_)
    socket_->close();
}

void SocketTransport::add_reader() {
  if (closing_ || paused_)
    return;
  Ref<SocketTransport> self(this);
  loop_->add_reader(*socket_, [self] { self->read_ready(); });
}

void SocketTransport::pause_reading() {
  if (closing_ || paused_)
    return;
  paused_ = true;
  loop_->remove_reader(*socket_);
}

void SocketTransport::resume_reading() {
  if (closing_ || !paused_)
    return;
  paused_ = false;
  add_reader();
}

void SocketTransport::read_ready() {
  if (conn_lost_)
    return;
  std::string data;
  Socket::Received got;
  try {
    got = socket_->recv(data, kMaxRecv);
  } catch (...) {
    fatal_error(std::current_exception());
    return;
  }
  if (got == Socket::Received::would_block)
    return;
  Ref<SocketTransport> self(this); // the protocol may drop the last other reference
  if (got == Socket::Received::eof) {
    bool keep_open;
    try {
      keep_open = protocol_->eof_received();
    } catch (...) {
      loop_->call_exception_handler(
          {"Fatal error: protocol.eof_received() call failed.", std::current_exception()});
      force_close(std::current_exception());
      return;
    }
    if (keep_open)
      loop_->remove_reader(*socket_);
    else
      close();
    return;
  }
  try {
    protocol_->data_received(data);
  } catch (...) {
    loop_->call_exception_handler(
        {"Fatal error: protocol.data_received() call failed.", std::current_exception()});
    force_close(std::current_exception());
  }
}

void SocketTransport::write(std::string_view data) {
  if (eof_)
    throw std::runtime_error("Cannot call write() after write_eof()");
  if (data.empty())
    return;
  if (conn_lost_) {
    // The bytes go nowhere; from the fifth such write on, CPython's logger warns each time.
    if (conn_lost_ >= 5)
      loop_->call_exception_handler({"socket.send() raised exception.", nullptr});
    ++conn_lost_;
    return;
  }
  if (get_write_buffer_size() == 0) {
    std::size_t n;
    try {
      n = socket_->send(data);
    } catch (...) {
      fatal_error(std::current_exception());
      return;
    }
    data.remove_prefix(n);
    if (data.empty())
      return;
    Ref<SocketTransport> self(this);
    loop_->add_writer(*socket_, [self] { self->write_ready(); });
  }
  buffer_.append(data);
  maybe_pause_protocol();
}

void SocketTransport::consume(std::size_t n) {
  buffer_start_ += n;
  if (buffer_start_ == buffer_.size()) {
    buffer_.clear();
    buffer_start_ = 0;
  } else if (buffer_start_ > 64 * 1024 && buffer_start_ * 2 > buffer_.size()) {
    buffer_.erase(0, buffer_start_);
    buffer_start_ = 0;
  }
}

void SocketTransport::write_ready() {
  if (conn_lost_)
    return;
  Ref<SocketTransport> self(this);
  std::size_t n;
  try {
    n = socket_->send(std::string_view(buffer_).substr(buffer_start_));
  } catch (...) {
    loop_->remove_writer(*socket_);
    buffer_.clear();
    buffer_start_ = 0;
    fatal_error(std::current_exception());
    return;
  }
  consume(n);
  maybe_resume_protocol(); // may append to the buffer
  if (get_write_buffer_size() == 0) {
    loop_->remove_writer(*socket_);
    if (closing_)
      call_connection_lost(nullptr);
    else if (eof_)
      socket_->shutdown_write();
  }
}

void SocketTransport::write_eof() {
  if (closing_ || eof_)
    return;
  eof_ = true;
  if (get_write_buffer_size() == 0)
    socket_->shutdown_write();
}

void SocketTransport::close() {
  if (closing_)
    return;
  closing_ = true;
  loop_->remove_reader(*socket_);
  if (get_write_buffer_size() == 0) {
    ++conn_lost_;
    loop_->remove_writer(*socket_);
    Ref<SocketTransport> self(this);
    loop_->call_soon([self] { self->call_connection_lost(nullptr); });
  }
}

// OSErrors close the connection quietly (CPython logs them only in debug mode).
void SocketTransport::fatal_error(std::exception_ptr exc) {
  try {
    std::rethrow_exception(exc);
  } catch (const OSError&) {
  } catch (...) {
    loop_->call_exception_handler({"Fatal error on transport", exc});
  }
  force_close(exc);
}

void SocketTransport::force_close(std::exception_ptr exc) {
  if (conn_lost_)
    return;
  if (get_write_buffer_size()) {
    buffer_.clear();
    buffer_start_ = 0;
    loop_->remove_writer(*socket_);
  }
  if (!closing_) {
    closing_ = true;
    loop_->remove_reader(*socket_);
  }
  ++conn_lost_;
  Ref<SocketTransport> self(this);
  loop_->call_soon([self, exc] { self->call_connection_lost(exc); });
}

void SocketTransport::call_connection_lost(std::exception_ptr exc) {
  Ref<SocketTransport> self(this);
  Ref<Protocol> protocol = std::move(protocol_);
  struct Finally {
    SocketTransport* t;
    ~Finally() {
      t->socket_->close();
      if (g_observer)
        g_observer->on_closed(*t);
      if (Ref<Server> server = std::move(t->server_))
        server->detach();
    }
  } finally{this};
  if (protocol)
    protocol->connection_lost(exc);
}

void SocketTransport::set_write_buffer_limits(std::optional<long long> high,
                                              std::optional<long long> low) {
  long long h, l;
  if (!high)
    h = low ? 4 * *low : 64 * 1024;
  else
    h = *high;
  l = low ? *low : h / 4;
  if (!(h >= l && l >= 0))
    throw std::invalid_argument("high (" + std::to_string(h) + ") must be >= low (" +
                                std::to_string(l) + ") must be >= 0");
  high_water_ = std::size_t(h);
  low_water_ = std::size_t(l);
  maybe_pause_protocol();
}

void SocketTransport::maybe_pause_protocol() {
  if (get_write_buffer_size() <= high_water_ || protocol_paused_ || !protocol_)
    return;
  protocol_paused_ = true;
  try {
    protocol_->pause_writing();
  } catch (...) {
    loop_->call_exception_handler({"protocol.pause_writing() failed", std::current_exception()});
  }
}

void SocketTransport::maybe_resume_protocol() {
  if (!protocol_paused_ || get_write_buffer_size() > low_water_ || !protocol_)
    return;
  protocol_paused_ = false;
  try {
    protocol_->resume_writing();
  } catch (...) {
    loop_->call_exception_handler({"protocol.resume_writing() failed", std::current_exception()});
  }
}

std::string address_repr(const Address& a) {
  std::string s = "('" + a.host + "', " + std::to_string(a.port);
  return s + (a.ipv6 ? ", 0, 0)" : ")");
}

} // namespace tulip
