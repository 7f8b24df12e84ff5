// Streams (CPython's asyncio.streams): StreamReader buffers what a connection receives and hands
// it out by lines, separators or sizes; StreamWriter writes and drains; StreamReaderProtocol
// joins them to a transport; open_connection and start_server make them. Messages, limits and
// the order in which waiters wake are CPython 3.11's.
#pragma once

#include <cstddef>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tulip/coro.hpp"
#include "tulip/future.hpp"
#include "tulip/server.hpp"
#include "tulip/transport.hpp"

namespace tulip {

inline constexpr std::size_t kStreamDefaultLimit = 64 * 1024;

class StreamReader : public RefCounted {
public:
  explicit StreamReader(Loop& loop, std::size_t limit = kStreamDefaultLimit);

  std::exception_ptr exception() const noexcept { return exception_; }
  void set_exception(std::exception_ptr exc);
  void set_transport(Transport& transport);
  void feed_eof();
  bool at_eof() const noexcept { return eof_ && buffered() == 0; }
  void feed_data(std::string_view data);

  // A line with its b'\n'; at EOF the partial line (b'' when none). ValueError over the limit.
  Coro<std::string> readline();
  // Up to and including `separator`. IncompleteReadError at EOF, LimitOverrunError past the
  // limit, ValueError for an empty separator.
  Coro<std::string> readuntil(std::string separator);
  // Up to `n` bytes (n < 0: everything until EOF).
  Coro<std::string> read(long long n = -1);
  // Exactly `n` bytes, or IncompleteReadError at EOF.
  Coro<std::string> readexactly(long long n);

  // For reprs: <StreamReader 5 bytes eof limit=10 waiter=... paused>.
  std::size_t limit() const noexcept { return limit_; }
  std::size_t buffered() const noexcept { return buffer_.size() - start_; }
  bool eof() const noexcept { return eof_; }
  bool paused() const noexcept { return paused_; }
  bool waiting() const noexcept { return waiter_.has_value(); }
  Transport* transport() const noexcept { return transport_.get(); }

private:
  Coro<void> wait_for_data(const char* func_name);
  void wakeup_waiter();
  void maybe_resume_transport();
  std::string take(std::size_t n);
  std::size_t find(std::string_view separator, std::size_t offset) const;

  Loop* loop_;
  std::size_t limit_;
  std::string buffer_; // unread bytes from start_ on
  std::size_t start_ = 0;
  bool eof_ = false;
  bool paused_ = false;
  std::optional<Future<void>> waiter_;
  std::exception_ptr exception_;
  Ref<Transport> transport_;
};

class StreamWriter;

// The protocol between a transport and a reader (and, on a server, the writer it makes for
// client_connected): it feeds the reader, and pauses drain() while the transport is above its
// high-water mark (CPython's FlowControlMixin).
class StreamReaderProtocol final : public Protocol {
public:
  using ClientConnected = std::function<void(Ref<StreamReader>, Ref<StreamWriter>)>;
  StreamReaderProtocol(Loop& loop, Ref<StreamReader> reader, ClientConnected client_connected = {});

  void connection_made(Transport& transport) override;
  void data_received(std::string_view data) override;
  bool eof_received() override;
  void connection_lost(std::exception_ptr exc) override;
  void pause_writing() override { paused_ = true; }
  void resume_writing() override;

  // Waits while writing is paused; ConnectionResetError('Connection lost') once lost.
  Coro<void> drain_helper();
  // Done when the connection is lost (StreamWriter.wait_closed).
  Future<void> closed() const { return closed_; }

private:
  Loop* loop_;
  Ref<StreamReader> reader_;
  ClientConnected client_connected_;
  Future<void> closed_;
  std::vector<Future<void>> drain_waiters_;
  bool paused_ = false;
  bool connection_lost_ = false;
};

class StreamWriter : public RefCounted {
public:
  StreamWriter(Ref<Transport> transport, Ref<StreamReaderProtocol> protocol,
               Ref<StreamReader> reader);

  Transport& transport() const noexcept { return *transport_; }
  StreamReader* reader() const noexcept { return reader_.get(); }
  void write(std::string_view data) { transport_->write(data); }
  void write_eof() { transport_->write_eof(); }
  bool can_write_eof() const { return transport_->can_write_eof(); }
  void close() { transport_->close(); }
  bool is_closing() const { return transport_->is_closing(); }
  // Raises the reader's exception; yields once if the transport is closing (so that
  // connection_lost can run); waits while the transport's buffer is above its high-water mark.
  Coro<void> drain();
  Coro<void> wait_closed();

private:
  Ref<Transport> transport_;
  Ref<StreamReaderProtocol> protocol_;
  Ref<StreamReader> reader_;
};

using ReaderWriter = std::pair<Ref<StreamReader>, Ref<StreamWriter>>;

Coro<ReaderWriter> open_connection(std::string host, int port,
                                   std::size_t limit = kStreamDefaultLimit);
// `client_connected` runs for every accepted connection (a caller that wants a task per
// connection creates it there).
Coro<Ref<Server>> start_server(StreamReaderProtocol::ClientConnected client_connected,
                               std::string host, int port,
                               std::size_t limit = kStreamDefaultLimit, int backlog = 100);

} // namespace tulip
