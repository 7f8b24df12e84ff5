// Sockets and networks: the non-blocking byte streams a transport reads and writes, and the
// networks that open them (in-process loopback, TCP, WebSockets through the bridge). The loop
// watches sockets as CPython's selector does: every iteration runs the reader of each readable
// socket and the writer of each writable one, before the timers that fell due.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "tulip/list.hpp"
#include "tulip/ref.hpp"

namespace tulip {

class Loop;

// A host and port, as Python's ('127.0.0.1', 8888).
struct Address {
  std::string host;
  int port = 0;
  bool ipv6 = false; // Python's tuple then has four items: (host, port, flowinfo, scope_id)
};

// Python's repr of the address tuple: ('127.0.0.1', 8888).
std::string address_repr(const Address& address);

// A reader or writer the loop runs while its socket is ready (CPython's add_reader handle).
// Removing it cancels a run already queued for this iteration.
struct IoCallback {
  explicit IoCallback(std::function<void()> f) : fn(std::move(f)) {}
  std::function<void()> fn;
  std::uint32_t refs = 0;
  bool cancelled = false;
  void add_ref() noexcept { ++refs; }
  void release() noexcept {
    if (--refs == 0)
      delete this;
  }
};

class Socket : public RefCounted, public ListNode {
public:
  enum class Received { data, eof, would_block };

  // Sends what the socket accepts now: the number of bytes, 0 when it would block. Throws
  // OSError (EPIPE, ECONNRESET, ...).
  virtual std::size_t send(std::string_view data) = 0;
  // Appends up to `max` received bytes to `out`. Throws OSError.
  virtual Received recv(std::string& out, std::size_t max) = 0;
  virtual void shutdown_write() = 0;
  // Releases the endpoint: the peer sees EOF. Idempotent.
  virtual void close() = 0;
  // A bound socket starts listening (CPython's Server._start_serving): until then a connect to
  // it is refused.
  virtual void start_listening(int backlog) { (void)backlog; }
  // A listening socket's next connection, or null when none waits.
  virtual Ref<Socket> accept() { return nullptr; }
  // Once a connecting socket turns writable: 0, or the errno its connect failed with.
  virtual int connect_error() { return 0; }
  // What to add to "Connect call failed (host, port)" (the browser: how to start the bridge).
  virtual std::string connect_error_detail() { return {}; }
  virtual Address sockname() const = 0;
  virtual Address peername() const = 0;
  // Readiness as the network last saw it (in-process sockets: as it is now).
  virtual bool readable() = 0;
  virtual bool writable() = 0;
  // What trace events and reprs call it: "loopback", "tcp", "websocket".
  virtual const char* kind() const noexcept = 0;

  // The loop's watch (Loop's business): the callbacks, and which loop watches the socket.
  Ref<IoCallback> reader;
  Ref<IoCallback> writer;
  Loop* watcher = nullptr;
  // The reader or writer changed: a network that polls file descriptors updates its set.
  virtual void interest_changed() {}
};

// Where sockets come from. Each driver has one: the virtual clock an in-process loopback, the
// native driver TCP, the browser loopback plus WebSockets.
class Network {
public:
  virtual ~Network() = default;
  // The addresses `host` stands for, in the order connect tries them.
  virtual std::vector<Address> resolve(const std::string& host, int port) = 0;
  // A socket connecting to `to`: it turns writable when the connect ends (connect_error() says
  // how). Throws OSError for what fails at once.
  virtual Ref<Socket> connect(const Address& to) = 0;
  // Sockets bound to `host`:`port` (port 0: a free one; host "": every interface), not listening
  // yet (Socket::start_listening).
  virtual std::vector<Ref<Socket>> listen(const std::string& host, int port, int backlog) = 0;
  // Refreshes the readiness of the sockets a loop watches, without waiting (CPython's select
  // with a zero timeout).
  virtual void poll(List<Socket>& watched) { (void)watched; }
  // Whether something outside the program can still wake a wait (open TCP sockets,
  // WebSockets): without it, a wait with no deadline is a deadlock.
  virtual bool can_wake() const { return false; }
};

} // namespace tulip
