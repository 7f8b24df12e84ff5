// Transports and protocols (CPython's asyncio.transports and asyncio.protocols): a transport
// moves bytes over a socket and tells its protocol what happens. SocketTransport is CPython's
// _SelectorSocketTransport over any Socket (loopback, TCP, WebSocket), so the three networks
// behave alike: a write sends at once what the socket takes and buffers the rest, the protocol is
// paused above the high-water mark, close() waits for the buffer to drain, and connection_lost
// comes one iteration after the end.
#pragma once

#include <cstddef>
#include <exception>
#include <optional>
#include <string>
#include <string_view>

#include "tulip/ref.hpp"
#include "tulip/socket.hpp"

namespace tulip {

class Loop;
class Transport;
class Server;

class Protocol : public RefCounted {
public:
  virtual void connection_made(Transport& transport) = 0;
  virtual void data_received(std::string_view data) = 0;
  // True keeps the transport open for writing (a half-closed connection).
  virtual bool eof_received() = 0;
  // `exc` is null after a normal close.
  virtual void connection_lost(std::exception_ptr exc) = 0;
  virtual void pause_writing() {}
  virtual void resume_writing() {}
};

// What a trace shows of a connection: that it opened (`accepted`: by a server) and closed.
struct TransportObserver {
  virtual ~TransportObserver() = default;
  virtual void on_opened(const Transport&, bool accepted) = 0;
  virtual void on_closed(const Transport&) = 0;
};

class Transport : public RefCounted {
public:
  virtual void write(std::string_view data) = 0;
  virtual void write_eof() = 0;
  virtual bool can_write_eof() const = 0;
  virtual void close() = 0;
  virtual void abort() = 0;
  virtual bool is_closing() const = 0;
  virtual void pause_reading() = 0;
  virtual void resume_reading() = 0;
  virtual bool is_reading() const = 0;
  virtual std::size_t get_write_buffer_size() const = 0;
  // CPython's rules: high defaults to 64 KiB (or 4 * low), low to high / 4; ValueError
  // (std::invalid_argument) unless high >= low >= 0.
  virtual void set_write_buffer_limits(std::optional<long long> high,
                                       std::optional<long long> low) = 0;
  virtual std::pair<std::size_t, std::size_t> get_write_buffer_limits() const = 0; // (low, high)
  virtual std::optional<Address> peername() const = 0;
  virtual std::optional<Address> sockname() const = 0;
  // A number that names the connection in traces (1, 2, ... per process).
  virtual std::uint64_t id() const noexcept = 0;
  virtual const char* kind() const noexcept = 0;
};

class SocketTransport final : public Transport {
public:
  // Schedules connection_made, the reader, and `waiter`'s result (if any), as CPython does.
  SocketTransport(Loop& loop, Ref<Socket> socket, Ref<Protocol> protocol,
                  std::function<void()> waiter_done = {}, Server* server = nullptr);

  void write(std::string_view data) override;
  void write_eof() override;
  bool can_write_eof() const override { return true; }
  void close() override;
  void abort() override { force_close(nullptr); }
  bool is_closing() const override { return closing_; }
  void pause_reading() override;
  void resume_reading() override;
  bool is_reading() const override { return !paused_ && !closing_; }
  std::size_t get_write_buffer_size() const override { return buffer_.size() - buffer_start_; }
  void set_write_buffer_limits(std::optional<long long> high,
                               std::optional<long long> low) override;
  std::pair<std::size_t, std::size_t> get_write_buffer_limits() const override {
    return {low_water_, high_water_};
  }
  std::optional<Address> peername() const override { return peername_; }
  std::optional<Address> sockname() const override { return sockname_; }
  std::uint64_t id() const noexcept override { return id_; }
  const char* kind() const noexcept override { return kind_; }

  // The observer of every transport made from now on (a trace recorder), or null.
  static void set_observer(TransportObserver* observer) noexcept;
  // `loop` goes away: its transports that never lost their connection let go of their protocols
  // (a transport, its protocol and its reader hold one another until connection_lost).
  static void abandon(Loop& loop) noexcept;

private:
  ~SocketTransport() override;
  void add_reader();
  void read_ready();
  void write_ready();
  void fatal_error(std::exception_ptr exc);
  void force_close(std::exception_ptr exc);
  void call_connection_lost(std::exception_ptr exc);
  void maybe_pause_protocol();
  void maybe_resume_protocol();
  void consume(std::size_t n);

  Loop* loop_;
  Ref<Socket> socket_;
  Ref<Protocol> protocol_;
  Ref<Server> server_; // kept alive while it counts this connection (CPython's _server)
  std::string buffer_; // unsent bytes from buffer_start_ on
  std::size_t buffer_start_ = 0;
  std::optional<Address> peername_, sockname_;
  std::size_t high_water_ = 64 * 1024, low_water_ = 16 * 1024;
  std::uint64_t id_;
  const char* kind_;
  int conn_lost_ = 0;
  bool closing_ = false;
  bool eof_ = false;
  bool paused_ = false;
  bool protocol_paused_ = false;
};

} // namespace tulip
