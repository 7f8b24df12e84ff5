#include "web_network.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "tulip/errors.hpp"

extern "C" {
// Defined in library_tulip.js; they forward to the WebSockets of web/src/runtime/session.mjs.
// Sockets are numbered from 1 and never renumbered; an id JS no longer knows (closed, or from
// before the run ended) reads as closed.
//
// Opens a WebSocket through the bridge to host:port (UTF-8) and returns its id. Where the page
// cannot reach a bridge the socket has failed already.
int tulip_js_ws_connect(const char* host, int host_length, int port);
// The socket's state: bit 0 writable (open, or over: closed or failed), bit 1 readable (bytes, an
// EOF, a reset or a failure waits), bit 2 the connect failed (it closed before the bridge's open).
int tulip_js_ws_state(int id);
// With max 0: how many bytes wait. Else copies up to `max` of them into `buffer` and returns how
// many. 0: nothing yet; -1: EOF; -2: reset (reported once, then EOF); -3: no such socket.
int tulip_js_ws_recv(int id, char* buffer, int max);
// Sends the bytes (all of them: the WebSocket buffers); returns `length`, or -1 when the
// connection is over, -2 when it was reset, -3 for no such socket.
int tulip_js_ws_send(int id, const char* data, int length);
// Sends the bridge {"type":"eof"}: TCP's shutdown(SHUT_WR).
void tulip_js_ws_shutdown(int id);
// Closes the WebSocket and forgets the id.
void tulip_js_ws_close(int id);
// A text about the socket as UTF-8: `what` 0 what to add to "Connect call failed", 1 the peer's
// host, 2 our own host (empty when unknown). Copies up to `max` bytes; returns its whole length.
int tulip_js_ws_text(int id, int what, char* buffer, int max);
// A port: `what` 0 the peer's, 1 our own, 2 the in-page listener's (a reverse connection).
int tulip_js_ws_port(int id, int what);
// How many WebSockets of the run are connecting or open (the reverse registration included).
int tulip_js_ws_live();
// The next reverse connection that is open and waits for its in-page listener: its id, or 0.
int tulip_js_ws_accepted();
// A listener of the run started listening on `port` (JS offers the first one to the bridge in
// reverse mode).
void tulip_js_ws_listening(int port);
}

namespace tulip::wasm {

namespace {

constexpr int kWritable = 1, kReadable = 2, kFailed = 4;

bool is_local(const std::string& host) {
  return host.empty() || host == "127.0.0.1" || host == "localhost" || host == "0.0.0.0" ||
         host == "::1" || host == "::";
}

[[noreturn]] void throw_errno(int code) { throw OSError(code, std::strerror(code)); }

std::string js_text(int id, int what) {
  std::string text(128, '\0');
  int length = tulip_js_ws_text(id, what, text.data(), int(text.size()));
  if (length > int(text.size())) {
    text.resize(std::size_t(length));
    length = tulip_js_ws_text(id, what, text.data(), length);
  }
  text.resize(std::size_t(std::max(0, std::min(length, int(text.size())))));
  return text;
}

class WebSocketSocket final : public Socket {
public:
  WebSocketSocket(int id, Address target) : id_(id), target_(std::move(target)) {}
  ~WebSocketSocket() override { close(); }

  std::size_t send(std::string_view data) override {
    if (closed_)
      throw_errno(EBADF);
    if (data.empty())
      return 0;
    int n = tulip_js_ws_send(id_, data.data(), int(data.size()));
    if (n >= 0)
      return std::size_t(n);
    throw_errno(n == -1 ? EPIPE : n == -2 ? ECONNRESET : EBADF);
  }

  Received recv(std::string& out, std::size_t max) override {
    if (closed_)
      throw_errno(EBADF);
    int waiting = tulip_js_ws_recv(id_, nullptr, 0);
    if (waiting > 0) {
      std::size_t n = std::min(max, std::size_t(waiting));
      std::size_t old = out.size();
      out.resize(old + n);
      int got = tulip_js_ws_recv(id_, out.data() + old, int(n));
      out.resize(old + std::size_t(std::max(got, 0)));
      return Received::data;
    }
    if (waiting == 0)
      return Received::would_block;
    if (waiting == -1)
      return Received::eof;
    throw_errno(waiting == -2 ? ECONNRESET : EBADF);
  }

  void shutdown_write() override {
    if (!closed_)
      tulip_js_ws_shutdown(id_);
  }

  void close() override {
    if (closed_)
      return;
    closed_ = true;
    tulip_js_ws_close(id_);
  }

  int connect_error() override {
    return !closed_ && (tulip_js_ws_state(id_) & kFailed) ? ECONNREFUSED : 0;
  }
  std::string connect_error_detail() override { return closed_ ? "" : js_text(id_, 0); }

  Address sockname() const override { return address(2, 1, Address{"0.0.0.0", 0}); }
  Address peername() const override { return address(1, 0, target_); }

  bool readable() override { return !closed_ && (tulip_js_ws_state(id_) & kReadable); }
  bool writable() override { return !closed_ && (tulip_js_ws_state(id_) & kWritable); }
  const char* kind() const noexcept override { return "websocket"; }

private:
  // The address the bridge reported (its open message, or a reverse accept), else `fallback`.
  Address address(int host_what, int port_what, const Address& fallback) const {
    if (closed_)
      return fallback;
    std::string host = js_text(id_, host_what);
    if (host.empty())
      return fallback;
    bool ipv6 = host.find(':') != std::string::npos;
    return Address{std::move(host), tulip_js_ws_port(id_, port_what), ipv6};
  }

  int id_;
  Address target_;
  bool closed_ = false;
};

} // namespace

WebNetwork::WebNetwork() {
  loopback_.on_listen([](int port) { tulip_js_ws_listening(port); });
}

std::vector<Address> WebNetwork::resolve(const std::string& host, int port) {
  return loopback_.resolve(host, port); // the bridge resolves names itself
}

Ref<Socket> WebNetwork::connect(const Address& to) {
  if (is_local(to.host) && loopback_.listening_on(to.port))
    return loopback_.connect(to);
  int id = tulip_js_ws_connect(to.host.data(), int(to.host.size()), to.port);
  return Ref<Socket>(new WebSocketSocket(id, to));
}

std::vector<Ref<Socket>> WebNetwork::listen(const std::string& host, int port, int backlog) {
  return loopback_.listen(host, port, backlog);
}

void WebNetwork::poll(List<Socket>& watched) {
  (void)watched;
  deliver_accepted();
}

bool WebNetwork::can_wake() const { return tulip_js_ws_live() > 0; }

bool WebNetwork::deliver_accepted() {
  bool delivered = false;
  while (int id = tulip_js_ws_accepted()) {
    int port = tulip_js_ws_port(id, 2);
    Ref<Socket> socket(new WebSocketSocket(id, Address{"127.0.0.1", 0}));
    if (loopback_.push_accepted(port, socket))
      delivered = true;
    else
      socket->close(); // the server has gone, or its backlog is full: the client sees a close
  }
  return delivered;
}

} // namespace tulip::wasm
