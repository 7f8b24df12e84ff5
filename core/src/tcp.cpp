#include "tulip/tcp.hpp"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <ctime>

#include "tulip/driver.hpp"
#include "tulip/errors.hpp"

namespace tulip {

namespace {

[[noreturn]] void throw_errno(int code) { throw OSError(code, std::strerror(code)); }

Address to_address(const sockaddr_storage& ss) {
  char text[INET6_ADDRSTRLEN] = {};
  if (ss.ss_family == AF_INET6) {
    const auto& a = reinterpret_cast<const sockaddr_in6&>(ss);
    inet_ntop(AF_INET6, &a.sin6_addr, text, sizeof text);
    return Address{text, ntohs(a.sin6_port), true};
  }
  const auto& a = reinterpret_cast<const sockaddr_in&>(ss);
  inet_ntop(AF_INET, &a.sin_addr, text, sizeof text);
  return Address{text, ntohs(a.sin_port), false};
}

socklen_t to_sockaddr(const Address& address, sockaddr_storage& ss) {
  std::memset(&ss, 0, sizeof ss);
  if (address.ipv6) {
    auto& a = reinterpret_cast<sockaddr_in6&>(ss);
    a.sin6_family = AF_INET6;
    a.sin6_port = htons(std::uint16_t(address.port));
    if (inet_pton(AF_INET6, address.host.c_str(), &a.sin6_addr) != 1)
      throw OSError(EINVAL, "bad IPv6 address: " + address.host);
    return sizeof a;
  }
  auto& a = reinterpret_cast<sockaddr_in&>(ss);
  a.sin_family = AF_INET;
  a.sin_port = htons(std::uint16_t(address.port));
  if (inet_pton(AF_INET, address.host.c_str(), &a.sin_addr) != 1)
    throw OSError(EINVAL, "bad IPv4 address: " + address.host);
  return sizeof a;
}

void set_nodelay(int fd) {
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

} // namespace

class TcpSocket;

struct TcpNetwork::Watched {
  std::vector<TcpSocket*> sockets;
};

class TcpSocket final : public Socket {
public:
  TcpSocket(std::shared_ptr<TcpNetwork::Watched> watched, int fd)
      : watched_(std::move(watched)), fd_(fd) {}
  ~TcpSocket() override {
    forget();
    close();
  }

  std::size_t send(std::string_view data) override {
    ssize_t n = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
    if (n < 0) {
      if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
        return 0;
      throw_errno(errno);
    }
    return std::size_t(n);
  }

  Received recv(std::string& out, std::size_t max) override {
    std::size_t old = out.size();
    out.resize(old + max);
    ssize_t n = ::recv(fd_, out.data() + old, max, 0);
    if (n < 0) {
      int code = errno;
      out.resize(old);
      if (code == EAGAIN || code == EWOULDBLOCK || code == EINTR)
        return Received::would_block;
      throw_errno(code);
    }
    out.resize(old + std::size_t(n));
    return n == 0 ? Received::eof : Received::data;
  }

  void shutdown_write() override {
    if (fd_ >= 0)
      ::shutdown(fd_, SHUT_WR);
  }

  void close() override {
    if (fd_ < 0)
      return;
    forget();
    ::close(fd_);
    fd_ = -1;
  }

  void start_listening(int backlog) override {
    if (::listen(fd_, backlog) < 0)
      throw_errno(errno);
  }

  Ref<Socket> accept() override {
    sockaddr_storage ss;
    socklen_t len = sizeof ss;
    int fd = ::accept4(fd_, reinterpret_cast<sockaddr*>(&ss), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
      if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
        return nullptr;
      throw_errno(errno);
    }
    set_nodelay(fd);
    return Ref<Socket>(new TcpSocket(watched_, fd));
  }

  int connect_error() override {
    int err = 0;
    socklen_t len = sizeof err;
    if (getsockopt(fd_, SOL_SOCKET, SO_ERROR, &err, &len) < 0)
      return errno;
    return err;
  }

  Address sockname() const override {
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    if (fd_ < 0 || getsockname(fd_, reinterpret_cast<sockaddr*>(&ss), &len) < 0)
      return Address{};
    return to_address(ss);
  }
  Address peername() const override {
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    if (fd_ < 0 || getpeername(fd_, reinterpret_cast<sockaddr*>(&ss), &len) < 0)
      return Address{};
    return to_address(ss);
  }

  bool readable() override { return revents & (POLLIN | POLLHUP | POLLERR); }
  bool writable() override { return revents & (POLLOUT | POLLHUP | POLLERR); }
  const char* kind() const noexcept override { return "tcp"; }

  void interest_changed() override {
    if (reader || writer) {
      if (std::find(watched_->sockets.begin(), watched_->sockets.end(), this) ==
          watched_->sockets.end())
        watched_->sockets.push_back(this);
    } else {
      forget();
    }
  }

  short events() const {
    return short((reader ? POLLIN : 0) | (writer ? POLLOUT : 0));
  }

  int fd() const noexcept { return fd_; }
  short revents = 0;

private:
  void forget() {
    auto& v = watched_->sockets;
    v.erase(std::remove(v.begin(), v.end(), this), v.end());
    revents = 0;
  }

  std::shared_ptr<TcpNetwork::Watched> watched_;
  int fd_;
};

TcpNetwork::TcpNetwork() : watched_(std::make_shared<Watched>()) {}
TcpNetwork::~TcpNetwork() = default;

std::vector<Address> TcpNetwork::resolve(const std::string& host, int port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_protocol = IPPROTO_TCP;
  if (host.empty())
    hints.ai_flags = AI_PASSIVE;
  addrinfo* list = nullptr;
  std::string service = std::to_string(port);
  int rc = getaddrinfo(host.empty() ? nullptr : host.c_str(), service.c_str(), &hints, &list);
  if (rc != 0)
    throw OSError(rc, gai_strerror(rc));
  std::vector<Address> out;
  for (addrinfo* ai = list; ai; ai = ai->ai_next) {
    if (ai->ai_family != AF_INET && ai->ai_family != AF_INET6)
      continue;
    sockaddr_storage ss{};
    std::memcpy(&ss, ai->ai_addr, ai->ai_addrlen);
    Address a = to_address(ss);
    if (std::find_if(out.begin(), out.end(), [&](const Address& b) {
          return b.host == a.host && b.port == a.port;
        }) == out.end())
      out.push_back(a);
  }
  freeaddrinfo(list);
  return out;
}

Ref<Socket> TcpNetwork::connect(const Address& to) {
  int fd = ::socket(to.ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0)
    throw_errno(errno);
  Ref<Socket> socket(new TcpSocket(watched_, fd));
  set_nodelay(fd);
  sockaddr_storage ss;
  socklen_t len = to_sockaddr(to, ss);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&ss), len) < 0 && errno != EINPROGRESS &&
      errno != EINTR)
    throw_errno(errno);
  return socket;
}

std::vector<Ref<Socket>> TcpNetwork::listen(const std::string& host, int port, int) {
  std::vector<Ref<Socket>> out;
  for (const Address& at : resolve(host, port)) {
    int fd =
        ::socket(at.ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
      throw_errno(errno);
    Ref<Socket> socket(new TcpSocket(watched_, fd));
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (at.ipv6)
      setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
    sockaddr_storage ss;
    socklen_t len = to_sockaddr(at, ss);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&ss), len) < 0) {
      int code = errno;
      std::string reason = std::strerror(code);
      std::transform(reason.begin(), reason.end(), reason.begin(),
                     [](unsigned char c) { return char(std::tolower(c)); });
      throw OSError(code, "error while attempting to bind on address " + address_repr(at) +
                              ": " + reason);
    }
    out.push_back(socket);
  }
  return out;
}

void TcpNetwork::poll(List<Socket>& watched) {
  std::vector<pollfd> fds;
  std::vector<TcpSocket*> sockets;
  watched.for_each([&](Socket& s) {
    auto& t = static_cast<TcpSocket&>(s);
    fds.push_back(pollfd{t.fd(), t.events(), 0});
    sockets.push_back(&t);
  });
  if (fds.empty())
    return;
  int rc = ::poll(fds.data(), nfds_t(fds.size()), 0);
  for (std::size_t i = 0; i < fds.size(); ++i)
    sockets[i]->revents = rc > 0 ? fds[i].revents : 0;
}

bool TcpNetwork::can_wake() const { return !watched_->sockets.empty(); }

void TcpNetwork::wait(std::int64_t deadline_ns, std::int64_t now_ns) {
  std::vector<pollfd> fds;
  for (TcpSocket* t : watched_->sockets)
    fds.push_back(pollfd{t->fd(), t->events(), 0});
  timespec timeout{};
  timespec* timeout_ptr = nullptr;
  if (deadline_ns != kNoDeadline) {
    std::int64_t wait_ns = std::max<std::int64_t>(0, deadline_ns - now_ns);
    timeout.tv_sec = time_t(wait_ns / 1000000000);
    timeout.tv_nsec = long(wait_ns % 1000000000);
    timeout_ptr = &timeout;
  }
  int rc = ::ppoll(fds.data(), nfds_t(fds.size()), timeout_ptr, nullptr);
  std::vector<TcpSocket*> sockets = watched_->sockets;
  for (std::size_t i = 0; i < fds.size() && i < sockets.size(); ++i)
    sockets[i]->revents = rc > 0 ? fds[i].revents : 0;
}

} // namespace tulip
