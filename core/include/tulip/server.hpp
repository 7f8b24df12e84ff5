// Server: listening sockets that accept connections for a protocol factory (CPython's
// base_events.Server, as loop.create_server returns it). As in CPython 3.11, close() stops
// listening but leaves the accepted connections open, and wait_closed() returns at once once
// the server is closed.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "tulip/coro.hpp"
#include "tulip/future.hpp"
#include "tulip/socket.hpp"
#include "tulip/transport.hpp"

namespace tulip {

using ProtocolFactory = std::function<Ref<Protocol>()>;

class Server : public RefCounted {
public:
  Server(Loop& loop, std::vector<Ref<Socket>> sockets, ProtocolFactory factory, int backlog);

  Loop& get_loop() const noexcept { return *loop_; }
  bool is_serving() const noexcept { return serving_; }
  // The listening sockets (none once closed).
  const std::vector<Ref<Socket>>& sockets() const noexcept { return sockets_; }
  bool closed() const noexcept { return closed_; }
  // Whether serve_forever() is being awaited.
  bool serving_forever() const noexcept { return serving_forever_.has_value(); }

  void start_serving();
  void close();
  // Runs until cancelled; then closes the server and re-raises the cancellation.
  Coro<void> serve_forever();
  Coro<void> wait_closed();

  // A transport of this server began or ended (the server counts its live connections).
  void attach() noexcept { ++active_count_; }
  void detach();

private:
  ~Server() override;
  void accept_ready(Socket& listener);
  void wakeup();

  Loop* loop_;
  std::vector<Ref<Socket>> sockets_;
  ProtocolFactory factory_;
  int backlog_;
  int active_count_ = 0;
  std::optional<std::vector<Future<void>>> waiters_{std::in_place};
  std::optional<Future<void>> serving_forever_;
  bool serving_ = false;
  bool closed_ = false;
};

// loop.create_connection: connects to the first address of `host` that accepts, then makes the
// transport and waits for connection_made, as CPython does.
Coro<Ref<Transport>> create_connection(Loop& loop, ProtocolFactory factory, std::string host,
                                       int port);
// loop.create_server: binds, starts serving, and skips one iteration.
Coro<Ref<Server>> create_server(Loop& loop, ProtocolFactory factory, std::string host, int port,
                                int backlog = 100, bool start_serving = true);

} // namespace tulip
