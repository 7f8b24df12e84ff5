#include "tulip/loopback.hpp"

#include <cerrno>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <set>

#include "tulip/errors.hpp"

namespace tulip {

namespace {
constexpr std::size_t kWindow = 256 * 1024;
constexpr int kFirstEphemeralPort = 40000;

bool is_local(const std::string& host) {
  return host.empty() || host == "127.0.0.1" || host == "localhost" || host == "0.0.0.0" ||
         host == "::1" || host == "::";
}
} // namespace

class LoopbackSocket;

struct LoopbackNetwork::Ports {
  std::map<int, LoopbackSocket*> listeners; // bound, listening or not yet
  std::set<int> used;
  std::function<void(int port)> on_listen;
  int next = kFirstEphemeralPort;
  int take_free() {
    while (used.count(next))
      ++next;
    used.insert(next);
    return next++;
  }
};

class LoopbackSocket final : public Socket {
public:
  LoopbackSocket(std::shared_ptr<LoopbackNetwork::Ports> ports, Address local, Address remote)
      : ports_(std::move(ports)), local_(std::move(local)), remote_(std::move(remote)) {}
  ~LoopbackSocket() override { close(); }

  static void pair(LoopbackSocket& a, LoopbackSocket& b) {
    a.peer_ = &b;
    b.peer_ = &a;
  }

  std::size_t send(std::string_view data) override {
    if (closed_)
      throw OSError(EBADF, std::strerror(EBADF));
    if (shut_wr_ || broken_)
      throw OSError(EPIPE, std::strerror(EPIPE));
    if (!peer_) {
      // The peer is gone: these bytes make it answer with a reset, and the next send fails.
      broken_ = true;
      return data.size();
    }
    std::size_t room = kWindow > peer_->buffered() ? kWindow - peer_->buffered() : 0;
    std::size_t n = std::min(room, data.size());
    peer_->inbox_.append(data.substr(0, n));
    return n;
  }

  Received recv(std::string& out, std::size_t max) override {
    if (closed_)
      throw OSError(EBADF, std::strerror(EBADF));
    if (buffered()) {
      std::size_t n = std::min(max, buffered());
      out.append(inbox_, start_, n);
      start_ += n;
      if (start_ == inbox_.size()) {
        inbox_.clear();
        start_ = 0;
      } else if (start_ > kWindow) {
        inbox_.erase(0, start_);
        start_ = 0;
      }
      return Received::data;
    }
    if (reset_) {
      reset_ = false;
      throw OSError(ECONNRESET, std::strerror(ECONNRESET));
    }
    return peer_eof_ ? Received::eof : Received::would_block;
  }

  void shutdown_write() override {
    if (shut_wr_ || closed_)
      return;
    shut_wr_ = true;
    if (peer_)
      peer_->peer_eof_ = true;
  }

  void close() override {
    if (closed_)
      return;
    closed_ = true;
    if (listening_) {
      ports_->listeners.erase(local_.port);
      for (Ref<Socket>& pending : backlog_)
        pending->close();
      backlog_.clear();
    }
    if (owns_port_)
      ports_->used.erase(local_.port);
    if (peer_) {
      // Closing with unread bytes resets the connection, as TCP does.
      if (buffered())
        peer_->reset_ = true;
      peer_->peer_eof_ = true;
      peer_->peer_ = nullptr;
      peer_ = nullptr;
    }
    inbox_.clear();
    start_ = 0;
  }

  // Until a bound socket listens, a connect to it is refused (CPython's start_serving=False).
  void start_listening(int backlog) override {
    if (!listening_ || closed_ || accepting_)
      return;
    accepting_ = true;
    backlog_max_ = std::size_t(backlog > 0 ? backlog : 1);
    if (ports_->on_listen)
      ports_->on_listen(local_.port);
  }

  Ref<Socket> accept() override {
    if (backlog_.empty())
      return nullptr;
    Ref<Socket> s = backlog_.front();
    backlog_.pop_front();
    return s;
  }

  int connect_error() override { return connect_error_; }
  Address sockname() const override { return local_; }
  Address peername() const override { return remote_; }
  bool readable() override {
    if (listening_)
      return !backlog_.empty();
    return buffered() || peer_eof_ || reset_ || connect_error_;
  }
  bool writable() override {
    if (listening_ || closed_)
      return false;
    return !peer_ || connect_error_ || peer_->buffered() < kWindow;
  }
  const char* kind() const noexcept override { return "loopback"; }

  std::size_t buffered() const noexcept { return inbox_.size() - start_; }

  std::shared_ptr<LoopbackNetwork::Ports> ports_;
  Address local_, remote_;
  LoopbackSocket* peer_ = nullptr;
  std::string inbox_;
  std::size_t start_ = 0;
  std::deque<Ref<Socket>> backlog_; // loopback clients, or sockets pushed from elsewhere
  std::size_t backlog_max_ = 0;
  int connect_error_ = 0;
  bool listening_ = false; // a listener (bound)
  bool accepting_ = false; // a listener that listens (start_listening)
  bool owns_port_ = true;
  bool peer_eof_ = false;
  bool reset_ = false;
  bool broken_ = false;
  bool shut_wr_ = false;
  bool closed_ = false;
};

LoopbackNetwork::LoopbackNetwork() : ports_(std::make_shared<Ports>()) {}
LoopbackNetwork::~LoopbackNetwork() = default;

std::vector<Address> LoopbackNetwork::resolve(const std::string& host, int port) {
  if (host == "localhost" || host.empty())
    return {Address{"127.0.0.1", port}};
  return {Address{host, port, host.find(':') != std::string::npos}};
}

bool LoopbackNetwork::listening_on(int port) const { return ports_->listeners.count(port) != 0; }

Ref<Socket> LoopbackNetwork::connect(const Address& to) {
  Address local{to.ipv6 ? "::1" : "127.0.0.1", ports_->take_free(), to.ipv6};
  Ref<LoopbackSocket> client(new LoopbackSocket(ports_, local, to));
  auto it = ports_->listeners.find(to.port);
  if (!is_local(to.host) || it == ports_->listeners.end() || !it->second->accepting_ ||
      it->second->backlog_.size() >= it->second->backlog_max_) {
    client->connect_error_ = ECONNREFUSED;
    return client;
  }
  LoopbackSocket& listener = *it->second;
  Address served{to.host == "localhost" ? "127.0.0.1" : to.host, to.port, to.ipv6};
  Ref<LoopbackSocket> server(new LoopbackSocket(ports_, served, local));
  server->owns_port_ = false; // the port is the listener's
  LoopbackSocket::pair(*client, *server);
  listener.backlog_.push_back(server);
  return client;
}

std::vector<Ref<Socket>> LoopbackNetwork::listen(const std::string& host, int port, int backlog) {
  std::string bound = host.empty() ? "0.0.0.0" : host == "localhost" ? "127.0.0.1" : host;
  Address at{bound, port, bound.find(':') != std::string::npos};
  if (port != 0 && (ports_->listeners.count(port) || ports_->used.count(port)))
    throw OSError(EADDRINUSE, "error while attempting to bind on address " + address_repr(at) +
                                  ": address already in use");
  if (port == 0)
    at.port = ports_->take_free();
  else
    ports_->used.insert(port);
  Ref<LoopbackSocket> listener(new LoopbackSocket(ports_, at, Address{}));
  listener->listening_ = true;
  listener->backlog_max_ = std::size_t(backlog > 0 ? backlog : 1);
  ports_->listeners[at.port] = listener.get();
  return {listener};
}

void LoopbackNetwork::on_listen(std::function<void(int port)> hook) {
  ports_->on_listen = std::move(hook);
}

bool LoopbackNetwork::push_accepted(int port, Ref<Socket> socket) {
  auto it = ports_->listeners.find(port);
  if (it == ports_->listeners.end() || !it->second->accepting_ ||
      it->second->backlog_.size() >= it->second->backlog_max_)
    return false;
  it->second->backlog_.push_back(std::move(socket));
  return true;
}

} // namespace tulip
